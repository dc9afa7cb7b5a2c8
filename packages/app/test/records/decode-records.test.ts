import { getSystem } from '@xiaowei/policy';
import { describe, expect, it } from 'vitest';
import { RecordsError } from '../../src/problems/records-error.ts';
import { decodeRecords } from '../../src/records/decode-records.ts';
import { parseJsonExact } from '../../src/records/exact-json.ts';
import { decodeWithLinks } from '../../src/records/linked-records.ts';
import { jsonRecords } from '../../src/records/record-set.ts';

const system = getSystem();
const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof RecordsError) return e.problems;
    throw e;
  }
  throw new Error('no problem reported');
};

describe('decodeRecords', () => {
  it('keeps the digits of amounts given as JSON numbers, to the fen', () => {
    const records = parseJsonExact('[{"id": 7, "industry": "F5211", "revenue": 1234567890123.45}]') as unknown[];
    const input = decodeRecords(system, 'enterprise', jsonRecords('a.json', records));
    expect(input.columns.revenue[0]).toBe(123456789012345);
    expect(String(input.ids[0])).toBe('7');
  });

  it('reports every problem with its row, field, code and place in the record, nothing decoded', () => {
    const problems = problemsOf(() =>
      decodeRecords(
        system,
        'enterprise',
        jsonRecords('enterprises', [
          { id: 'A', industry: 'C3311', employees: 'many' },
          { id: 'A', industry: 'C3311', colour: 'red', size_class: 'micro', vat_sales: { '2014-13': 1 } },
        ]),
      ),
    );
    expect(problems.map((p) => [p.row, p.field, p.code, p.keys])).toEqual([
      [1, 'employees', 'XW_INPUT_NOT_A_NUMBER', ['employees']],
      [2, 'colour', 'XW_INPUT_UNKNOWN_FIELD', ['colour']],
      [2, 'size_class', 'XW_INPUT_COMPUTED_FIELD', ['size_class']],
      [2, 'vat_sales.2014-13', 'XW_INPUT_BAD_PERIOD_KEY_MONTH', ['vat_sales', '2014-13']],
      [2, 'id', 'XW_INPUT_DUPLICATE_ID', ['id']],
    ]);
    expect(problems[4].message['zh-CN']).toBe('编号“A”重复（首次出现在第 1 行）');
  });

  it('reads a Chinese column name as its field, and reports a problem under the name as written', () => {
    const input = decodeRecords(system, 'enterprise', jsonRecords('', [{ 行业: 'C3311', 营业收入: '100.5' }]));
    expect(input.columns.revenue[0]).toBe(10050);
    const problems = problemsOf(() => decodeRecords(system, 'enterprise', jsonRecords('', [{ 行业: 'C3311', 营业收入: 'x' }])));
    expect(problems.map((p) => [p.field, p.keys])).toEqual([['revenue', ['营业收入']]]);
  });

  it('names a linked member’s problem under the link, in the record that carries it', () => {
    const problems = problemsOf(() =>
      decodeWithLinks(
        system,
        'loan_contract',
        jsonRecords('loan_contracts', [
          { id: 'L1', signed: '2013-05-10', borrower: { industry: 'C3311', employees: 'many' } },
          { id: 'L2', signed: '2013-05-10', borrower: 'big' },
        ]),
      ),
    );
    expect(problems.map((p) => [p.row, p.field, p.code, p.keys])).toEqual([
      [1, 'borrower.employees', 'XW_INPUT_NOT_A_NUMBER', ['borrower', 'employees']],
      [2, 'borrower', 'XW_INPUT_NOT_A_LINK', ['borrower']],
    ]);
  });
});
