import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/cli-error.ts';
import { evaluate } from '../src/commands/evaluate.ts';

function temp(name: string, text: string): string {
  const file = join(tmpdir(), `xiaowei-linked-${process.pid}-${name}`);
  writeFileSync(file, text);
  return file;
}

const contracts = [
  {
    id: 'L1',
    signed: '2013-05-10',
    loan_contract_amount: '1000000',
    borrower: { industry: 'C3311', employees: 50, revenue: 10000000, total_assets: 5000000 },
  },
  {
    id: 'L2',
    signed: '2013-06-01',
    loan_contract_amount: '2000000',
    borrower: { industry: 'C3311', employees: 2000, revenue: 900000000, total_assets: 5000000 },
  },
];

describe('xiaowei evaluate on entities with links', () => {
  it('evaluates loan contracts with their borrower given inside each record (JSON)', async () => {
    const file = temp('loans.json', JSON.stringify(contracts));
    const rows = JSON.parse(
      await evaluate(file, {
        entity: 'loan_contract',
        period: '2013',
        variables: 'loan_contract_stamp_duty_exempt,loan_contract_stamp_duty',
        format: 'json',
        lang: 'en',
      }),
    );
    // L1: a small manufacturer's loan from a bank, signed in the 财税〔2011〕105号 window: exempt.
    // L2: a large borrower: 2,000,000 × 0.05‰ = 100 yuan for each party.
    expect(rows).toEqual([
      { id: 'L1', loan_contract_stamp_duty_exempt: true, loan_contract_stamp_duty: 0 },
      { id: 'L2', loan_contract_stamp_duty_exempt: false, loan_contract_stamp_duty: 100 },
    ]);
  });

  it('reads the borrower from dotted CSV columns', async () => {
    const file = temp(
      'loans.csv',
      [
        'id,signed,loan_contract_amount,borrower.industry,borrower.employees,borrower.revenue,borrower.total_assets',
        'L1,2013-05-10,1000000,C3311,50,10000000,5000000',
      ].join('\n'),
    );
    const rows = JSON.parse(
      await evaluate(file, {
        entity: 'loan_contract',
        period: '2013',
        variables: 'loan_contract_stamp_duty_exempt',
        format: 'json',
        lang: 'en',
      }),
    );
    expect(rows).toEqual([{ id: 'L1', loan_contract_stamp_duty_exempt: true }]);
  });

  it('reports a bad value of a linked member with the link in the field name, and outputs nothing', async () => {
    const bad = structuredClone(contracts);
    (bad[1].borrower as Record<string, unknown>).employees = 'many';
    const file = temp('bad.json', JSON.stringify(bad));
    const run = evaluate(file, {
      entity: 'loan_contract',
      period: '2013',
      variables: 'loan_contract_stamp_duty',
      format: 'json',
      lang: 'en',
    });
    await expect(run).rejects.toBeInstanceOf(InputError);
    const error = (await run.catch((e) => e)) as InputError;
    expect(error.problems.map((p) => [p.row, p.field])).toEqual([[2, 'borrower.employees']]);
  });

  it('evaluates the whole-package value, which sums other entities, through a simulation', async () => {
    const file = temp('firms.csv', 'id,industry,employees,revenue,total_assets,taxable_income\nB,retail,10,2000000,1000000,50000\n');
    const rows = JSON.parse(
      await evaluate(file, { entity: 'enterprise', period: '2013', variables: 'total_support_value', format: 'json', lang: 'en' }),
    );
    expect(rows).toEqual([{ id: 'B', total_support_value: 7500 }]);
  });
});
