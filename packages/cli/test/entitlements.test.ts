import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entitlements } from '../src/commands/entitlements.ts';

const file = join(tmpdir(), `xiaowei-entitlements-${process.pid}.csv`);
writeFileSync(
  file,
  [
    'id,industry,employees,revenue,total_assets,taxable_income',
    'A,retail,85,2000000,1000000,50000',
    'B,retail,10,2000000,1000000,50000',
  ].join('\n'),
);

interface Row {
  id: string;
  total_support_value: number;
  entitlements: Array<{ measure: string; eligible: boolean; value: number; conditions: Array<{ met: boolean; advice?: string }> }>;
}

describe('xiaowei entitlements', () => {
  it('says why an enterprise misses the small low-profit relief and what would change', async () => {
    const rows = JSON.parse(await entitlements(file, { period: '2013', format: 'json', lang: 'en' })) as Row[];
    const a = rows[0].entitlements.find((e) => e.measure === 'gf2012-14/02.2');
    expect(a?.eligible).toBe(false);
    expect(a?.conditions.filter((c) => !c.met).map((c) => c.advice)).toEqual(['employees 85 > 80 — at 80 or less it would qualify']);
  });

  it('values the package of an eligible enterprise', async () => {
    const rows = JSON.parse(await entitlements(file, { period: '2013', format: 'json', lang: 'en' })) as Row[];
    const b = rows[1].entitlements.find((e) => e.measure === 'gf2012-14/02.2');
    // 50,000 × 25% = 12,500 at the general rate; halved at 20%: 5,000; relief 7,500
    expect(b).toMatchObject({ eligible: true, value: 7500 });
    expect(rows[1].total_support_value).toBeGreaterThanOrEqual(7500);
  });

  it('prints a table with the advice under each enterprise, in Korean', async () => {
    const text = await entitlements(file, { period: '2013', format: 'table', lang: 'ko' });
    expect(text).toContain('종업원 수 85 > 80 — 80 이하이면 충족합니다');
  });

  it('2026: the industrial firm with 85 employees and 250,000 of income gets the small low-profit relief (pays 5%)', async () => {
    const file = join(tmpdir(), `xw-ent-2026-${process.pid}.json`);
    writeFileSync(
      file,
      '[{"id": "e", "industry": "C3311", "employees": 85, "revenue": 20000000, "total_assets": 5000000, "taxable_income": 250000}]',
    );
    const out = JSON.parse(await entitlements(file, { period: '2026', format: 'json', lang: 'en' }));
    const slp = out[0].entitlements.find((e: { measure: string }) => e.measure === 'gf2012-14/02.2');
    expect(slp).toMatchObject({ eligible: true, value: 50000, counted: true });
    expect(out[0].not_encoded).not.toContain('gf2012-14/02.2');
  });

  it('a record lacking taxable income gets the other entitlements, the income-tax relief pending that figure by its label', async () => {
    const file = join(tmpdir(), `xw-ent-missing-${process.pid}.json`);
    writeFileSync(file, '[{"id": "e", "industry": "C3311", "employees": 85, "revenue": 20000000, "total_assets": 5000000}]');
    const rows = JSON.parse(await entitlements(file, { period: '2026', format: 'json', lang: 'en' })) as {
      entitlements: { measure: string; pending?: { for: string; input: string; message: string } }[];
    }[];
    expect(rows[0].entitlements.find((e) => e.measure === 'gf2012-14/02.2')?.pending).toEqual({
      for: 'eligibility',
      input: 'taxable_income',
      message: 'give the taxable income to see whether it applies',
    });
    const text = await entitlements(file, { period: '2026', format: 'table', lang: 'zh-CN' });
    expect(text).toContain('提供“应纳税所得额”即可判断是否符合');
  });
});
