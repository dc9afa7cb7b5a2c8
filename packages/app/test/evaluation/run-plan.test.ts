import { defineEntity, defineVariable, Plan, parameterTreeFrom, TaxBenefitSystem, vector } from '@xiaowei/engine';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../../src/evaluation/run-plan.ts';
import { RecordsError } from '../../src/problems/records-error.ts';
import { decodeRecords } from '../../src/records/decode-records.ts';
import { parseJsonExact } from '../../src/records/exact-json.ts';
import { jsonRecords } from '../../src/records/record-set.ts';

const reference = [{ document: 'toy' }];
const label = { 'zh-CN': '代码', ko: '코드', en: 'Code' };
const KINDS = ['a', 'b'];

/** A toy system whose formula fails for codes it cannot map, as a policy formula may. */
function toySystem(): TaxBenefitSystem {
  return new TaxBenefitSystem({
    name: 'toy',
    version: '0',
    entities: [defineEntity({ key: 'thing', plural: 'things', label })],
    variables: [
      defineVariable({ id: 'code', entity: 'thing', valueType: 'string', definitionPeriod: 'year', label, reference, default: '' }),
      defineVariable({
        id: 'kind',
        entity: 'thing',
        valueType: 'enum',
        possibleValues: KINDS,
        definitionPeriod: 'year',
        label,
        reference,
        formulas: [
          {
            from: '2000-01-01',
            formula: (ctx) =>
              vector.encode(
                ctx.string('code'),
                (s) => KINDS.indexOf(s),
                (row, s) => ctx.fail(row, `no kind for '${s}'`),
              ),
          },
        ],
      }),
    ],
    parameters: parameterTreeFrom({}),
  });
}

describe('runPlan', () => {
  it('reports every record whose formula fails, at its row, like a bad input row', () => {
    const system = toySystem();
    const plan = Plan.compile(system, { entity: 'thing', period: '2013', outputs: ['kind'] });
    const records = parseJsonExact('[{"code":"a"},{"code":"x"},{"code":"b"},{"code":"y"}]') as unknown[];
    const input = decodeRecords(system, 'thing', jsonRecords('t.json', records));
    let error: unknown;
    try {
      runPlan(plan, input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RecordsError);
    expect((error as RecordsError).kind).toBe('cannot-compute');
    const problems = (error as RecordsError).problems;
    expect(problems.map((p) => [p.row, p.field, p.code, p.message.en])).toEqual([
      [2, 'kind', 'XW_COMPUTE_FORMULA_FAILED', "cannot compute kind: no kind for 'x'"],
      [4, 'kind', 'XW_COMPUTE_FORMULA_FAILED', "cannot compute kind: no kind for 'y'"],
    ]);
  });
});
