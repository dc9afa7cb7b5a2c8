import { defineEntity, defineVariable, Plan, parameterTreeFrom, TaxBenefitSystem, vector } from '@xiaowei/engine';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/cli-error.ts';
import { decodeInput } from '../src/decode-input.ts';
import { RawJsonNumber, toJsonText } from '../src/json-text.ts';
import { JsonNumberText, parseJsonExact } from '../src/parse-json-exact.ts';
import { readJson } from '../src/read-json.ts';
import { runPlan } from '../src/run-plan.ts';

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

describe('CLI internals', () => {
  it('reports every record whose formula fails, at its row, like a bad input row', () => {
    const system = toySystem();
    const plan = Plan.compile(system, { entity: 'thing', period: '2013', outputs: ['kind'] });
    const input = decodeInput(system, 'thing', readJson('t.json', '[{"code":"a"},{"code":"x"},{"code":"b"},{"code":"y"}]'), []);
    let error: unknown;
    try {
      runPlan(plan, input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems.map((p) => [p.row, p.field, p.message.en])).toEqual([
      [2, 'kind', "cannot compute kind: no kind for 'x'"],
      [4, 'kind', "cannot compute kind: no kind for 'y'"],
    ]);
  });

  it('keeps JSON numbers as written and writes money text exactly', () => {
    const data = parseJsonExact('[{"revenue": 9999999999999.99, "n": -1.5e3, "s": "a\\"b", "o": {}, "l": []}]') as Record<
      string,
      unknown
    >[];
    expect(data[0].revenue).toEqual(new JsonNumberText('9999999999999.99'));
    expect((data[0].n as JsonNumberText).value).toBe(-1500);
    expect(data[0].s).toBe('a"b');
    expect(() => parseJsonExact('[1,]')).toThrow(SyntaxError);
    const text = toJsonText([{ tax: new RawJsonNumber('9999999999999.99'), ok: true, none: null, list: [] }]);
    expect(text).toBe('[\n  {\n    "tax": 9999999999999.99,\n    "ok": true,\n    "none": null,\n    "list": []\n  }\n]');
  });
});
