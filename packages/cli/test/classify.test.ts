import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../src/display-width.ts';
import { ROOT, tempFiles, xiaowei } from './helpers/xiaowei.ts';

const CSV = 'examples/enterprises.csv';
const GROUPS = [
  'agriculture',
  'industry',
  'construction',
  'wholesale',
  'retail',
  'transport',
  'warehousing',
  'postal',
  'accommodation',
  'catering',
  'information_transmission',
  'software_it',
  'real_estate_development',
  'property_management',
  'leasing_business_services',
  'other',
];

interface Classified {
  id: string;
  industry_group: string;
  size_class: string;
  is_small_or_micro: boolean;
  explanation?: string;
  deciding?: { indicator: string; value: number; bound: number; met: boolean }[];
}

describe('xiaowei classify', () => {
  it('prints one JSON array in input order, covering all 16 groups, with classes at the bounds', () => {
    const r = xiaowei(['classify', CSV, '--format', 'json', '--period', '2013']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Classified[];
    const ids = readFileSync(join(ROOT, CSV), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(rows.map((row) => row.id)).toEqual(ids);
    expect(new Set(rows.map((row) => row.industry_group))).toEqual(new Set(GROUPS));
    const byId = new Map(rows.map((row) => [row.id, row]));
    // Exactly at a bound meets it: industry 300 employees and 20,000,000 yuan is medium (300号 art. 4).
    expect(byId.get('E002')).toMatchObject({ industry_group: 'industry', size_class: 'medium', is_small_or_micro: false });
    expect(byId.get('E001')).toMatchObject({ industry_group: 'agriculture', size_class: 'small', is_small_or_micro: true });
    expect(byId.get('E008')).toMatchObject({ industry_group: 'warehousing', size_class: 'large' });
    // One fen below the large revenue bound (400,000,000) stays medium.
    expect(byId.get('E019')).toMatchObject({ size_class: 'medium' });
    expect(byId.get('E023')).toMatchObject({ industry_group: 'construction', size_class: 'small' });
  });

  it('prints an aligned table with headers in the language, and CSV', () => {
    const table = xiaowei(['classify', CSV, '--lang', 'en', '--period', '2013']);
    expect(table.status).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(25);
    expect(lines[0]).toMatch(/^ID\s+Name\s+Industry\s+Industry group\s+Size class\s+Small or micro enterprise$/);
    expect(lines[2]).toMatch(/^E002\s+\S+\s+C3311\s+industry\s+medium\s+no$/);
    // Aligned on screen: Chinese names take two columns per character.
    const at = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    expect(at(lines[2], ' C3311') + 1).toBe(at(lines[0], 'Industry '));
    expect(at(lines[2], 'medium')).toBe(at(lines[0], 'Size class'));
    const zh = xiaowei(['classify', CSV, '--period', '2013']).stdout.split('\n');
    expect(zh[0]).toMatch(/^企业编号\s+企业名称\s+所属行业\s+划型行业组\s+企业规模/);
    // Classes and groups by name in the table's language, not the codes (which CSV and JSON keep).
    expect(zh[2]).toMatch(/^E002\s+\S+\s+C3311\s+工业\s+中型\s+否$/);
    for (const line of zh.slice(1)) expect(line.replace(/^E\d+\s+\S+\s+\S+/, '')).not.toMatch(/[A-Za-z]/);

    const csv = xiaowei(['classify', CSV, '--format', 'csv', '--period', '2013']);
    expect(csv.status).toBe(0);
    const csvLines = csv.stdout.trimEnd().split('\n');
    expect(csvLines[0]).toBe('id,name,industry,industry_group,size_class,is_small_or_micro');
    expect(csvLines[2]).toBe('E002,精工机械制造有限公司,C3311,industry,medium,false');
    expect(csvLines).toHaveLength(25);
  });

  it('explains the deciding bounds, money in yuan, in the chosen language', () => {
    const r = xiaowei(['classify', 'examples/enterprises.json', '--format', 'json', '--explain', '--lang', 'en', '--period', '2013']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Classified[];
    const shop = rows.find((row) => row.id === 'E020');
    expect(shop?.size_class).toBe('micro');
    expect(shop?.explanation).toBe('micro, not small: employees 9 is below 10');
    expect(shop?.deciding).toEqual([{ indicator: 'employees', value: 9, bound: 10, met: false }]);
    const maker = rows.find((row) => row.id === 'E002');
    expect(maker?.deciding).toContainEqual({ indicator: 'revenue', value: 20000000, bound: 400000000, met: false });
    expect(rows.every((row) => typeof row.explanation === 'string' && Array.isArray(row.deciding))).toBe(true);
  });

  it('reads a JSON array on stdin, with exact amounts up to 10^12 yuan', () => {
    const input = JSON.stringify([
      { id: 'big', industry: 'C3311', employees: 1000, revenue: 1_000_000_000_000 },
      { id: 'just-medium', industry: 'industry', employees: 1000, revenue: 399999999.99 },
      { id: 'tiny', industry: 'other', employees: 1 },
    ]);
    const r = xiaowei(['classify', '-', '--format', 'json', '--period', '2013'], input);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Classified[]).map((row) => [row.id, row.size_class])).toEqual([
      ['big', 'large'],
      ['just-medium', 'medium'],
      ['tiny', 'micro'],
    ]);
  });

  it('reports every bad row with its line and field, prints nothing on stdout and exits 2', () => {
    const dir = tempFiles({
      'bad.csv': [
        '\uFEFF企业编号,企业名称,行业,从业人员,营业收入,资产总额',
        'A1,甲,C3311,abc,100,0', // line 2: employees is not a number
        'A2,乙,J66,10,1000,0', // line 3: finance is outside the standard
        'A3,"丙',
        '公司",C3311,5,1.234,0', // lines 4–5: one record over two lines; revenue has three decimals
        'A1,丁,C,5,100,0', // line 6: duplicate id
        'A7,戊,I65,5,100,0',
      ].join('\n'),
    });
    const file = join(dir, 'bad.csv');
    const r = xiaowei(['classify', file, '--lang', 'en', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${file}:2: employees: "abc" is not a number`,
      expect.stringMatching(new RegExp(`^${file}:3: industry: "J66" is finance`)),
      `${file}:4: revenue: "1.234" is not an amount (yuan, at most two decimals)`,
      `${file}:6: id: duplicate id "A1" (first at row 2)`,
      `${file}: 4 problem(s) in 4 row(s); nothing was output`,
    ]);
  });

  it('rejects unknown and computed fields, in Chinese by default', () => {
    const input = JSON.stringify([{ id: 'x', industry: 'C', colour: 'red', size_class: 'small' }]);
    const r = xiaowei(['classify', '-'], input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('-:1: colour: 未知字段“colour”');
    expect(r.stderr).toContain('-:1: size_class: “size_class”是计算结果，不能作为输入');
  });

  it('a missing indicator the class depends on is an error naming the field; one that does not matter is none', () => {
    const r = xiaowei(
      ['classify', '-', '--format', 'json', '--period', '2013', '--lang', 'zh-CN'],
      '[{"id": "a", "industry": "other", "employees": 12}, {"id": "b", "industry": "construction", "employees": 500, "revenue": 900000000}]',
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('total_assets');
    expect(r.stderr).toContain('缺少“total_assets”');
    const ok = xiaowei(['classify', '-', '--format', 'json', '--period', '2013'], '[{"id": "a", "industry": "other", "employees": 12}]');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)[0]).toMatchObject({ id: 'a', size_class: 'small' });
  });
});
