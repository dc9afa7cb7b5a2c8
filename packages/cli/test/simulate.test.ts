import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempFiles, xiaowei } from './helpers/xiaowei.ts';

const dir = tempFiles({
  'firms.csv': [
    'id,region,industry,employees,revenue,total_assets,taxable_income',
    'A,370202,C3311,90,9000000,28000000,300000',
    'B,370202,C3311,90,9000000,28000000,300000.01',
    'C,440305,F5221,70,6000000,9000000,500000',
    'D,440305,F5221,70,6000000,9000000,500000.01',
  ].join('\n'),
  'bad.yaml': [
    'name: ""',
    'base_year: 2016',
    'changes:',
    '  - kind: parameter',
    '    path: tax.nothing',
    '    value: 1',
    '    from: 2016-13-01',
  ].join('\n'),
});
const REFORM = join(ROOT, 'examples/reform-small-low-profit-2016.yaml');

describe('xiaowei simulate', () => {
  it('prints baseline and reform side by side: the example reform (300,000 → 500,000 in 2016) over a file', () => {
    const r = xiaowei(['simulate', join(dir, 'firms.csv'), '--reform', REFORM, '--period', '2016', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    const total = rows[0] as { change: number; gainers: number; losers: number; largest_changes: { id: string; change: number }[] };
    // B (300,000.01) and C (500,000) become small low-profit: 25% → 20% on the whole income; A was already, D stays out.
    expect(total.largest_changes.map((c) => [c.id, c.change])).toEqual([
      ['C', 25000],
      ['B', 15000],
    ]);
    expect(total).toMatchObject({ gainers: 2, losers: 0, change: 40000 });
    expect(rows.filter((x) => x.dimension === 'region').map((x) => [x.group, x.change])).toEqual([
      ['440000', 25000],
      ['370000', 15000],
    ]);
  });

  it('writes CSV and a table in every language', () => {
    const csv = xiaowei(['simulate', join(dir, 'firms.csv'), '--reform', REFORM, '--format', 'csv']);
    expect(csv.stdout.split('\n')[1]).toMatch(/^total,,4,/);
    for (const [lang, word] of [
      ['zh-CN', '合计'],
      ['ko', '합계'],
      ['en', 'Total'],
    ]) {
      expect(xiaowei(['simulate', join(dir, 'firms.csv'), '--reform', REFORM, '--lang', lang]).stdout).toContain(word);
    }
  });

  it('reports every problem of a reform file with its change and field, and prints nothing', () => {
    const r = xiaowei(['simulate', join(dir, 'firms.csv'), '--reform', join(dir, 'bad.yaml'), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad.yaml:0: name: Give the scenario a name');
    expect(r.stderr).toContain('bad.yaml:1: from: "2016-13-01" is not a date');
    expect(r.stderr).toContain('bad.yaml:1: path: There is no "tax.nothing" in the parameter tree');
  });
});
