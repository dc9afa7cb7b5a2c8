/** @xiaowei/cli — the `xiaowei` command line, usable as a library (the commands return their output text). */
export { CliError, InputError, type InputProblem } from './cli-error.ts';
export { type ClassifyOptions, classify } from './commands/classify.ts';
export { type EvaluateOptions, evaluate } from './commands/evaluate.ts';
export { runTests, type TestOptions, type TestReport } from './commands/test.ts';
export { MESSAGES, message } from './messages.ts';
export { buildProgram } from './program.ts';
export { runCli } from './run-cli.ts';
