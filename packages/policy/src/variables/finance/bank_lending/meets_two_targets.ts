import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';
import { LENDING_TARGETS_END_NOTE } from './lending-targets.ts';

/**
 * Both lending targets of item 07 met in the period — the "两个不低于" of the CBRC: small/micro loan growth
 * at least that of all loans, and the increment against the same period of the previous year.
 */
export const meets_two_targets = defineVariable({
  id: 'meets_two_targets',
  entity: 'bank',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '小型微型企业贷款增速和增量两项要求均达到',
    ko: '소규모 기업 대출 증가율·증가량 두 요건 모두 충족',
    en: 'Both small/micro lending targets met',
  },
  reference: [{ ...CBRC_2011_94 }, { ...GUOFA_2012_14, article: '（七）' }],
  measures: ['gf2012-14/07.1'],
  formulas: [
    {
      from: '2012-04-19',
      formula: (ctx) => vector.and(ctx.bool('meets_growth_target'), ctx.bool('meets_increment_target')),
    },
    {
      from: '2015-01-01',
      formula: null,
      note: LENDING_TARGETS_END_NOTE,
    },
  ],
});
