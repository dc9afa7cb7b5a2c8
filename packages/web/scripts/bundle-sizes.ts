/**
 * Gzipped JavaScript each page loads, from `dist/.vite/manifest.json` after `vite build`: the entry
 * chunk and its static imports, the strings of one language (the largest of the three — the entry
 * loads the user's before the first paint), plus the page's own chunk and its static imports.
 *
 * `npm run sizes -w packages/web` prints the table and exits 1 when a page is over the budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Public pages (and the shell, the error pages) may load at most this much gzipped JavaScript (KB). The measure
 * page, the heaviest, loads its parameter timeline chart (ECharts) only when a history is opened.
 */
export const BUDGET_KB = 400;

/**
 * Signed-in pages (officers, procurement staff, banks) may load at most this much: their dashboards carry
 * ECharts with axes, legends, tooltips and mark lines, used from office networks after sign-in.
 */
export const SIGNED_IN_BUDGET_KB = 500;

/** The budget of a page of `bundleSizes`: public pages, the shell and the error pages have the public one. */
export function budgetOf(page: string): number {
  return page === '(shell)' || page.startsWith('public/') || page.startsWith('exception/') ? BUDGET_KB : SIGNED_IN_BUDGET_KB;
}

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
}

export interface PageSize {
  /** `(shell)` or the page folder under `src/pages/` (`public/self-check`). */
  readonly page: string;
  readonly kb: number;
  readonly files: readonly string[];
}

/** The gzipped size of every page of the build in `dist`. */
export function bundleSizes(dist: string = DIST): PageSize[] {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no ${manifestPath}: run vite build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const gz = new Map<string, number>();
  const gzipped = (file: string): number => {
    let n = gz.get(file);
    if (n === undefined) {
      n = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
      gz.set(file, n);
    }
    return n;
  };
  const closure = (key: string, seen: Set<string>): Set<string> => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const i of chunk.imports ?? []) closure(i, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('the manifest has no entry');
  const shell = closure(entryKey, new Set());
  const locales = Object.keys(manifest).filter((k) => /src\/i18n\/locale-[^/]+\.ts$/.test(k));
  const largest = locales.map((k) => manifest[k].file).sort((a, b) => gzipped(b) - gzipped(a))[0];
  if (largest) shell.add(largest);
  const size = (files: Set<string>) => [...files].reduce((s, f) => s + gzipped(f), 0) / 1024;
  const rows: PageSize[] = [{ page: '(shell)', kb: size(shell), files: [...shell] }];
  for (const key of Object.keys(manifest).filter((k) => /src\/pages\/.+\/index\.tsx$/.test(k))) {
    const files = closure(key, new Set(shell));
    rows.push({ page: key.replace(/^src\/pages\//, '').replace(/\/index\.tsx$/, ''), kb: size(files), files: [...files] });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = bundleSizes();
  for (const r of rows)
    console.log(
      `${r.page.padEnd(28)} ${r.kb.toFixed(1).padStart(7)} KB gzip${r.kb > budgetOf(r.page) ? `  OVER BUDGET (${budgetOf(r.page)} KB)` : ''}`,
    );
  process.exitCode = rows.some((r) => r.kb > budgetOf(r.page)) ? 1 : 0;
}
