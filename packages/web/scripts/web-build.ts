/**
 * Builds the web app into dist when it is missing or older than its sources. Used by `npm start`
 * (run as a script: `node --import tsx packages/web/scripts/web-build.ts`) and by the browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../', import.meta.url));
export const DIST_DIR = join(WEB_DIR, 'dist');
const LOCK = join(WEB_DIR, 'node_modules/.xw-build-lock');

/** Newest modification time under `path` (files only). */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), 0);
}

/** Whether dist is missing or older than a source of the build. */
export function distIsStale(): boolean {
  const index = join(DIST_DIR, 'index.html');
  if (!existsSync(index) || !existsSync(join(DIST_DIR, '.vite/manifest.json'))) return true;
  const built = statSync(index).mtimeMs;
  const sources = [join(WEB_DIR, 'src'), join(WEB_DIR, 'index.html'), join(WEB_DIR, 'vite.config.ts'), join(WEB_DIR, 'package.json')];
  return sources.some((s) => newest(s) > built);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds the web app (`vite build` into dist) when dist is missing or stale. Test files run in parallel
 * workers: a lock directory lets one build while the others wait, then they find dist fresh.
 */
export async function ensureBuilt(): Promise<void> {
  for (let waited = 0; distIsStale(); waited += 250) {
    mkdirSync(join(WEB_DIR, 'node_modules'), { recursive: true });
    let locked = false;
    try {
      mkdirSync(LOCK);
      locked = true;
    } catch {
      // Another worker is building; a lock older than five minutes is left over from a crash.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      if (waited > 300_000) throw new Error('timed out waiting for another worker to build the web app');
      await sleep(250);
      continue;
    }
    try {
      if (!distIsStale()) return;
      const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
      // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
      const env = { ...process.env, NODE_ENV: 'production' };
      const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
        cwd: WEB_DIR,
        env,
        encoding: 'utf8',
        timeout: 300_000,
      });
      if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
      return;
    } finally {
      if (locked) rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

// Run directly (npm start's prestart): build when needed, say so.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (distIsStale()) {
    process.stdout.write('building the web app (packages/web/dist) …\n');
    await ensureBuilt();
  }
}
