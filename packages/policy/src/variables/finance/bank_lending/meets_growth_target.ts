import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { productAtLeast } from '../exact-arithmetic.ts';
import { CBRC_2011_94 } from '../finance-references.ts';
import { LENDING_TARGETS_END_NOTE } from './lending-targets.ts';

const { gt, whereU8 } = vector;

/**
 * "小型微型企业贷款增速不低于全部贷款平均增速" (银监发〔2011〕94号, Guofa [2012] No. 14 item 07): the
 * year-on-year growth of small/micro loans is at least the growth of all loans. With s = small/micro and
 * a = all loans, now (1) and a year earlier (0), and s0, a0 > 0:
 *   (s1 − s0) / s0 ≥ (a1 − a0) / a0  ⇔  s1 / s0 ≥ a1 / a0  ⇔  s1 · a0 ≥ a1 · s0,
 * compared exactly on the fen amounts (the products pass 2^53, so in BigInt: see exact-arithmetic.ts);
 * equal growth meets the target ("不低于"). Where the bank had no small/micro loans a year earlier
 * (s0 = 0) the growth is unbounded: the target is met when it has some now (s1 > 0), not when it still
 * has none.
 */
export const meets_growth_target = defineVariable({
  id: 'meets_growth_target',
  entity: 'bank',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '小型微型企业贷款增速不低于全部贷款平均增速',
    ko: '소규모 기업 대출 증가율이 전체 대출 평균 증가율 이상',
    en: 'Small/micro loan growth at least the growth of all loans',
  },
  reference: [{ ...CBRC_2011_94 }, { ...GUOFA_2012_14, article: '（七）' }],
  measures: ['gf2012-14/07.1'],
  formulas: [
    {
      from: '2012-04-19',
      formula: (ctx) => {
        const s1 = ctx.number('small_micro_loan_balance');
        const s0 = ctx.number('small_micro_loan_balance_last_year');
        const a1 = ctx.number('all_loan_balance');
        const a0 = ctx.number('all_loan_balance_last_year');
        const exact = productAtLeast(s1, a0, a1, s0);
        return whereU8(gt(s0, 0), exact, gt(s1, 0));
      },
    },
    {
      from: '2015-01-01',
      formula: null,
      note: LENDING_TARGETS_END_NOTE,
    },
  ],
});
