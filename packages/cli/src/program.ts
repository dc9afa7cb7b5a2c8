import { POLICY_VERSION } from '@xiaowei/policy';
import { Command } from 'commander';
import { registerClassify } from './commands/classify.ts';
import { registerEntitlements } from './commands/entitlements.ts';
import { registerEvaluate } from './commands/evaluate.ts';
import { registerMeasures } from './commands/measures.ts';
import { registerProcurementEvaluate } from './commands/procurement-evaluate.ts';
import { registerSimulate } from './commands/simulate.ts';
import { registerTest } from './commands/test.ts';

/**
 * The `xiaowei` command with its subcommands. Commander errors throw instead of exiting, so that
 * {@link runCli} decides the exit code.
 */
export function buildProgram(): Command {
  const program = new Command('xiaowei')
    .description('Xiaowei (小微): China’s small and micro enterprise policy (国发〔2012〕14号) as code')
    .version(POLICY_VERSION)
    .exitOverride();
  registerClassify(program);
  registerEvaluate(program);
  registerEntitlements(program);
  registerMeasures(program);
  registerProcurementEvaluate(program);
  registerSimulate(program);
  registerTest(program);
  return program;
}
