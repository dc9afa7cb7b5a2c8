import { statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { Lang } from '@xiaowei/engine';
import { loadYamlTests, runYamlTest, type YamlTestCase } from '@xiaowei/engine/testing';
import { getSystem, TESTS_DIR } from '@xiaowei/policy';
import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';
import { message, messageLabels } from '../messages.ts';
import { langOption } from '../options.ts';

export interface TestOptions {
  readonly lang: Lang;
}

export interface TestReport {
  readonly text: string;
  readonly passed: number;
  readonly failed: number;
}

/** The cases of a file or folder, each with the path to show for it. */
function load(path: string): Array<{ test: YamlTestCase; shown: string }> {
  let folder: boolean;
  let tests: YamlTestCase[];
  try {
    folder = statSync(path).isDirectory();
    tests = loadYamlTests(path);
  } catch (e) {
    throw new CliError(messageLabels('cannot_load_tests', { path, detail: (e as Error).message }));
  }
  return tests.map((test) => {
    const file = folder ? join(path, test.file) : path;
    // The default folder is absolute: shown from the working directory when it is below it.
    const below = relative(process.cwd(), file);
    return { test, shown: isAbsolute(file) && !below.startsWith('..') && !isAbsolute(below) ? below : file };
  });
}

/**
 * `xiaowei test [PATH…]`: runs the YAML legislation tests of the files and folders (default: the
 * policy's tests), printing each failure and, last, the line `N passed, M failed`.
 * @example runTests(['packages/policy/tests'], { lang: 'en' }).failed // 0
 */
export function runTests(paths: readonly string[], options: TestOptions): TestReport {
  const cases = (paths.length > 0 ? paths : [TESTS_DIR]).flatMap(load);
  const system = getSystem();
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const { test, shown } of cases) {
    const result = runYamlTest(system, test);
    if (result.ok) {
      passed++;
      continue;
    }
    failed++;
    lines.push(`${message('test_failed', options.lang)} ${shown}: ${test.name}`);
    for (const failure of result.failures) lines.push(`    ${failure}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(message('test_summary', options.lang, { passed, failed }));
  return { text: `${lines.join('\n')}\n`, passed, failed };
}

/** Registers `test` on the program. */
export function registerTest(program: Command): void {
  program
    .command('test')
    .description('run YAML legislation tests (default: the policy tests)')
    .argument('[paths...]', 'YAML test files or folders')
    .addOption(langOption())
    .action((paths: string[], options: TestOptions) => {
      const report = runTests(paths, options);
      process.stdout.write(report.text);
      if (report.failed > 0) process.exitCode = 1;
    });
}
