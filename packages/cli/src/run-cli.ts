import { CommanderError } from 'commander';
import { CliError, InputError } from './cli-error.ts';
import { message } from './messages.ts';
import { langFromArgv } from './options.ts';
import { buildProgram } from './program.ts';

/** Exit codes: 0 success, 1 failed tests or an internal error, 2 a user error (bad input, options, period). */
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 1;

/** Writes one line to stderr; a line break inside a value is shown as `\n`, so that each problem stays on one line. */
function write(line: string): void {
  process.stderr.write(`${line.replace(/\r?\n/g, '\\n')}\n`);
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code. User errors are
 * one-line messages (every bad row for input files) in the chosen language, never stack traces;
 * stdout gets nothing unless the command succeeded. Set XIAOWEI_DEBUG=1 to see internal stack traces.
 * @example process.exitCode = await runCli(['classify', 'examples/enterprises.csv']);
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const lang = langFromArgv(argv);
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : EXIT_USAGE; // commander printed the message
    if (e instanceof InputError) {
      for (const p of e.problems) write(`${e.source}:${p.row}: ${p.field === '' ? '' : `${p.field}: `}${p.message[lang]}`);
      const rows = new Set(e.problems.map((p) => p.row)).size;
      write(message('input_summary', lang, { file: e.source, rows, problems: e.problems.length }));
      return EXIT_USAGE;
    }
    if (e instanceof CliError) {
      write(`xiaowei: ${e.labels[lang]}`);
      return e.exitCode;
    }
    write(`xiaowei: ${message('internal_error', lang, { detail: e instanceof Error ? e.message : String(e) })}`);
    if (process.env.XIAOWEI_DEBUG) process.stderr.write(`${String((e as Error)?.stack ?? e)}\n`);
    return EXIT_INTERNAL;
  }
}
