import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLI runs from there, as a user of `npx xiaowei` would. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/xiaowei.mjs');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `xiaowei` command (a new Node process) with `args`, optionally feeding `stdin`. */
export function xiaowei(args: readonly string[], stdin?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: stdin ?? '', encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes `files` (name → content) into a new temporary folder and returns its path. */
export function tempFiles(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xiaowei-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
