import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';
import { LENDING_TARGETS_END_NOTE } from './lending-targets.ts';

const { gt, gte } = vector;

/**
 * The increment of small/micro loans against the same period of the previous year: "增量高于上年同期水平"
 * — strictly higher — in 银监发〔2011〕94号 and the Opinions (item 07); "不低于" — at least equal — in the
 * 2013 wording (secondary source). Which applies is the dated parameter
 * `finance.bank_lending.increment_strictly_higher`, read at the first day of the month asked.
 */
export const meets_increment_target = defineVariable({
  id: 'meets_increment_target',
  entity: 'bank',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '小型微型企业贷款增量达到上年同期水平要求',
    ko: '소규모 기업 대출 증가량이 전년 동기 수준 요건 충족',
    en: 'Small/micro loan increment meets the same-period-last-year target',
  },
  reference: [{ ...CBRC_2011_94 }, { ...GUOFA_2012_14, article: '（七）' }],
  measures: ['gf2012-14/07.1'],
  formulas: [
    {
      from: '2012-04-19',
      formula: (ctx) => {
        const now = ctx.number('small_micro_loan_increment');
        const before = ctx.number('small_micro_loan_increment_last_year');
        const strictly = ctx.paramBool('finance.bank_lending.increment_strictly_higher');
        return strictly ? gt(now, before) : gte(now, before);
      },
    },
    {
      from: '2015-01-01',
      formula: null,
      note: LENDING_TARGETS_END_NOTE,
    },
  ],
});
