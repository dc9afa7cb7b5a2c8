/** Entry point of the `xiaowei` command (bin/xiaowei.mjs loads it through tsx). */
import { runCli } from './run-cli.ts';

// A reader that stops early (`xiaowei … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2));
