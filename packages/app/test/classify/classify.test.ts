import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.ts';
import { Rules } from '../../src/evaluation/rules.ts';
import { RecordsError } from '../../src/problems/records-error.ts';
import { jsonRecords } from '../../src/records/record-set.ts';

const rules = new Rules();
const classOf = (revenue: string) => {
  const outcome = classify(rules, {
    period: '2013',
    records: jsonRecords('', [{ industry: 'C3311', employees: 300, revenue, total_assets: 0 }]),
    explain: true,
  });
  return rules.system.variable('size_class').possibleValues?.[outcome.outputs.size_class[0] as number];
};

describe('classify', () => {
  it('industry: medium from 300 employees and 20,000,000 yuan of revenue, small one fen below (工信部联企业〔2011〕300号 第四条（二）)', () => {
    expect(classOf('20000000')).toBe('medium');
    expect(classOf('20000000.01')).toBe('medium');
    expect(classOf('19999999.99')).toBe('small');
  });

  it('refuses an industry outside the size standard as a bad value, nothing classified', () => {
    expect(() =>
      classify(rules, {
        period: '2013',
        records: jsonRecords('', [{ industry: 'ZZ', employees: 3, revenue: 1, total_assets: 1 }]),
        explain: false,
      }),
    ).toThrow(RecordsError);
  });

  it('explains a class from the figures given; a figure no record gives is "not given" in the explanation, never 0', () => {
    const given = classify(rules, {
      period: '2013',
      records: jsonRecords('', [
        { industry: 'F5221', employees: 30, revenue: '4000000' },
        { industry: 'F5221', employees: 30, revenue: '4000000' },
      ]),
      explain: true,
    });
    // Another record gives total assets: the first one's is the column's default, which must be what no column means.
    const full = classify(rules, {
      period: '2013',
      records: jsonRecords('', [
        { industry: 'F5221', employees: 30, revenue: '4000000' },
        { industry: 'F5221', employees: 30, revenue: '4000000', total_assets: '100' },
      ]),
      explain: true,
    });
    expect(given.explanations?.[0]).toEqual(full.explanations?.[0]);
    expect(JSON.stringify(given.explanations?.[0])).not.toContain('"total_assets":0');
  });
});
