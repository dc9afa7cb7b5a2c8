import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, missingLangs } from '@xiaowei/engine';
import { loadYamlTests } from '@xiaowei/engine/testing';
import { describe, expect, it } from 'vitest';
import { getSystem, loadCatalogue, TESTS_DIR, VARIABLES } from '../src/index.ts';

const VARIABLES_DIR = fileURLToPath(new URL('../src/variables', import.meta.url));
const system = getSystem();

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : name.endsWith(ext) ? [full] : [];
  });
}

/** Variable files are snake_case and named after their variable; helpers are kebab-case. */
const variableFiles = files(VARIABLES_DIR, '.ts').filter((f) => /^[a-z][a-z0-9_]*\.ts$/.test(basename(f)) && basename(f) !== 'index.ts');

describe('code health of the encoded policy', () => {
  it('every variable file defines the variable it is named after, and is registered', () => {
    const registered = new Set(VARIABLES.map((v) => v.id));
    for (const file of variableFiles) {
      const id = basename(file, '.ts');
      expect(readFileSync(file, 'utf8'), relative(VARIABLES_DIR, file)).toContain(`id: '${id}'`);
      expect(registered.has(id), `${id} is not in variables/index.ts`).toBe(true);
    }
    expect(variableFiles.length).toBe(VARIABLES.length);
  });

  it('every variable has a reference and a label in every language', () => {
    for (const v of VARIABLES) {
      expect(v.reference.length, `${v.id} has no reference`).toBeGreaterThan(0);
      for (const r of v.reference) expect(r.document.trim(), `${v.id}: empty document`).not.toBe('');
      expect(missingLangs(v.label), `${v.id} label`).toEqual([]);
      if (v.description) expect(missingLangs(v.description), `${v.id} description`).toEqual([]);
    }
  });

  it('every parameter value has a reference, a confidence mark and a label in every language', () => {
    let count = 0;
    for (const leaf of system.parameters.leaves()) {
      count++;
      expect(leaf.metadata.label, `${leaf.path} has no label`).toBeDefined();
      expect(missingLangs(leaf.metadata.label), leaf.path).toEqual([]);
      for (const e of leaf.entries) {
        expect(e.references.length, `${leaf.path} @ ${e.start}`).toBeGreaterThan(0);
        expect(['verified', 'secondary', 'unconfirmed']).toContain(e.confidence);
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('formula bodies have no per-member control flow (they work on whole columns)', () => {
    for (const file of variableFiles) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of [/for\s*\(\s*let\b/, /while\s*\(/, /\bif\s*\(/, /\[\s*(i|row|j)\s*\]/]) {
        expect(pattern.test(text), `${relative(VARIABLES_DIR, file)} matches ${pattern}`).toBe(false);
      }
    }
  });

  it('every computed variable is the output of a YAML test whose file mirrors its path', () => {
    const tests = loadYamlTests(TESTS_DIR);
    const tested = new Set(tests.flatMap((t) => Object.keys(t.output ?? {})));
    const nested = tests.flatMap((t) =>
      Object.values(t.output ?? {})
        .filter((v) => v && typeof v === 'object')
        .flatMap((byId) => Object.values(byId as Record<string, Record<string, unknown>>).flatMap((o) => Object.keys(o ?? {}))),
    );
    for (const id of nested) tested.add(id);
    for (const v of VARIABLES.filter((x) => !x.isInput)) expect(tested.has(v.id), `${v.id} has no YAML test`).toBe(true);
    for (const t of tests) {
      const dir = t.file.split('/').slice(0, -1).join('/');
      const name = basename(t.file, '.yaml');
      const mirrored = variableFiles.some((f) => {
        const rel = relative(VARIABLES_DIR, f);
        return rel.startsWith(`${dir}/`) && name.startsWith(basename(f, '.ts'));
      });
      expect(mirrored, `tests/${t.file} does not mirror a variable file`).toBe(true);
    }
  });

  it('the catalogue holds the 29 items in every language and names only existing variables', () => {
    const catalogue = loadCatalogue(VARIABLES);
    expect(catalogue.chapters.map((c) => c.chapter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(catalogue.measures.map((m) => m.id)).toEqual(
      Array.from({ length: 29 }, (_, i) => `gf2012-14/${String(i + 1).padStart(2, '0')}`),
    );
    for (const m of catalogue.measures) {
      for (const lang of LANGS) {
        expect(m.title[lang].trim(), `${m.id} title ${lang}`).not.toBe('');
        expect(m.summary[lang].trim(), `${m.id} summary ${lang}`).not.toBe('');
      }
      for (const id of m.variables) expect(system.variables.has(id)).toBe(true);
    }
    expect(catalogue.measures.find((m) => m.id === 'gf2012-14/02')?.subMeasures).toHaveLength(8);
    expect(catalogue.measures.find((m) => m.id === 'gf2012-14/02')?.variables).toContain('corporate_income_tax');
  });

  it("no file of the project mentions the team's fact sheet: sources cite the documents themselves", () => {
    // The sheet is outside the project; code comments, parameters, tests, the catalogue and the docs cite the
    // legal documents.
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const skip = new Set(['node_modules', 'dist', '.git', 'coverage', 'test-results']);
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        if (skip.has(name)) return [];
        const full = join(dir, name);
        return statSync(full).isDirectory() ? walk(full) : /\.(ts|tsx|js|mjs|json|ya?ml|md|csv|html|css)$/.test(name) ? [full] : [];
      });
    const scanned = [
      ...walk(join(root, 'packages')),
      ...walk(join(root, 'docs')),
      ...walk(join(root, 'examples')),
      ...['README.md', 'ARCHITECTURE.md', 'CHANGELOG.md'].map((f) => join(root, f)),
    ];
    const token = ['POLICY', 'FACTS'].join('-');
    const mentions = scanned.map((f) => relative(root, f)).filter((f) => readFileSync(join(root, f), 'utf8').includes(token));
    expect(scanned.length).toBeGreaterThan(300);
    expect(mentions).toEqual([]);
  });
});
