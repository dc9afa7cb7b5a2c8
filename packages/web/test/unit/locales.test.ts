import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const LOCALES = join(SRC, 'locales');
const LANGS = ['zh-CN', 'ko', 'en'] as const;

type Tree = { [key: string]: string | Tree };

/** Every key path of a JSON tree (`nav.home`) with its value. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}

const read = (lang: string, file: string): Tree => JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Tree;
const namespaces = readdirSync(join(LOCALES, 'zh-CN')).filter((f) => f.endsWith('.json'));

describe('locales: every string in every language', () => {
  it('has the same namespace files in zh-CN, ko and en', () => {
    for (const lang of LANGS)
      expect(
        readdirSync(join(LOCALES, lang))
          .filter((f) => f.endsWith('.json'))
          .sort(),
      ).toEqual([...namespaces].sort());
  });

  for (const file of namespaces) {
    it(`${file}: the same keys in every language, none empty, the same {{placeholders}}`, () => {
      const zh = leaves(read('zh-CN', file));
      for (const lang of LANGS) {
        const other = leaves(read(lang, file));
        const missing = [...zh.keys()].filter((k) => !other.has(k)).map((k) => `${lang}/${file}: missing ${k}`);
        const extra = [...other.keys()].filter((k) => !zh.has(k)).map((k) => `${lang}/${file}: not in zh-CN ${k}`);
        const empty = [...other].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}/${file}: empty ${k}`);
        const placeholders = [...other]
          .filter(([k, v]) => zh.has(k) && JSON.stringify(holes(v)) !== JSON.stringify(holes(zh.get(k) as string)))
          .map(([k]) => `${lang}/${file}: placeholders of ${k} differ from zh-CN`);
        expect([...missing, ...extra, ...empty, ...placeholders]).toEqual([]);
      }
    });
  }

  it('every key the code asks for exists (static keys of t() in src, by the namespace of useTranslation)', () => {
    const all = new Map(namespaces.map((f) => [f.replace(/\.json$/, ''), leaves(read('zh-CN', f))]));
    const problems: string[] = [];
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
      );
    for (const file of walk(SRC)) {
      const text = readFileSync(file, 'utf8');
      const ns = /useTranslation\('(\w+)'\)/.exec(text)?.[1] ?? 'common';
      for (const m of text.matchAll(/\bt\('([^'$]+)'/g)) {
        const [space, key] = m[1].includes(':') ? (m[1].split(':') as [string, string]) : [ns, m[1]];
        const keys = all.get(space);
        // A key may be a plural base (count) or an object's prefix used with a dynamic tail.
        if (!keys?.has(key) && ![...(keys?.keys() ?? [])].some((k) => k.startsWith(`${key}.`) || k.startsWith(`${key}_`))) {
          problems.push(`${relative(SRC, file)}: ${space}:${key}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/** The interpolation placeholders of a string, sorted. */
function holes(s: string): string[] {
  return [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}
