import { describe, expect, it } from 'vitest';
import { Rules } from '../../src/evaluation/rules.ts';
import { RequestError } from '../../src/problems/request-error.ts';

const rules = new Rules();
const errorOf = (run: () => unknown): RequestError => {
  try {
    run();
  } catch (e) {
    if (e instanceof RequestError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('Rules', () => {
  it('names the closest variables of a mistyped one', () => {
    const e = errorOf(() => rules.plan('enterprise', '2015', ['size_clas']));
    expect(e.code).toBe('XW_ERR_UNKNOWN_VARIABLE');
    expect(e.labels.en).toContain('the closest are: size_class');
  });

  it('says why a period is outside the rules in every language, without English inside zh-CN and ko', () => {
    const before = errorOf(() => rules.plan('enterprise', '1990', ['corporate_income_tax']));
    expect(before.code).toBe('XW_ERR_PERIOD');
    expect(before.labels.en).toBe('cannot evaluate for 1990: corporate_income_tax is not defined for 1990: its rules start on 2012-01-01');
    expect(before.labels['zh-CN']).toBe('无法计算 1990 期间的结果：corporate_income_tax 在 1990 没有定义：其规则自 2012-01-01 起施行');
    const bad = errorOf(() => rules.period('20x5'));
    for (const lang of ['zh-CN', 'ko'] as const) expect(bad.labels[lang]).not.toMatch(/is not a period|use YYYY/);
  });

  it('compiles a plan once per entity, period and outputs', () => {
    const own = new Rules();
    const a = own.plan('enterprise', '2015', ['size_class']);
    expect(own.plan('enterprise', '2015', ['size_class'])).toBe(a);
    expect(own.cachedPlans).toBe(1);
  });

  it('answers a repeated ask with the same outputs array by the plan of its own entity and period', () => {
    const own = new Rules();
    const outputs = ['size_class', 'corporate_income_tax'];
    const in2015 = own.plan('enterprise', '2015', outputs);
    const in2013 = own.plan('enterprise', '2013', outputs);
    expect(in2013).not.toBe(in2015);
    expect(own.plan('enterprise', '2015', outputs)).toBe(in2015);
    expect(own.plan('enterprise', '2015', [...outputs])).toBe(in2015);
    expect(own.plan('enterprise', '2013', outputs)).toBe(in2013);
    // The checks still run for what was not asked before: another entity with the same array.
    expect(errorOf(() => own.plan('loan_contract', '2015', outputs)).code).toBe('XW_ERR_WRONG_ENTITY');
    expect(own.plan('enterprise', '2015', outputs)).toBe(in2015);
  });
});
