import { toRational } from '@xiaowei/engine';
import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { atLeastRatio } from '../exact-ratio.ts';
import { CAIKU_2011_181, P, PROCUREMENT_FROM, SET_ASIDE_END_NOTE, SET_ASIDE_UNTIL } from '../procurement-references.ts';
import { reservedAmounts } from './reserved-amounts.ts';

/**
 * The part reserved for small and micro enterprises is at least 60% of the SME set-aside (181号,
 * secondary) and at least 30% × 60% = 18% of the annual procurement budget (Guofa [2012] No. 14 item 05).
 * Both tests are needed: a unit reserving 50% for SMEs but only 25% for small/micro passes the 18% but
 * not the 60%. Decided exactly on integer fen, the 18% as the product of the two fractions (18/100).
 */
export const budget_unit_meets_small_micro_set_aside = defineVariable({
  id: 'budget_unit_meets_small_micro_set_aside',
  entity: 'budget_unit',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '小型微型企业预留份额达标', ko: '소형·영세기업 유보 비중 충족', en: 'Meets the small/micro set-aside' },
  reference: [CAIKU_2011_181, { ...GUOFA_2012_14, article: '（五）' }],
  measures: ['gf2012-14/05.1'],
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const { budget, sme, smallMicro } = reservedAmounts(ctx);
        const [sn, sd] = toRational(ctx.param(P.setAsideSme));
        const [mn, md] = toRational(ctx.param(P.setAsideSmallMicro));
        return vector.and(atLeastRatio(smallMicro, sme, mn, md), atLeastRatio(smallMicro, budget, sn * mn, sd * md));
      },
    },
    { from: SET_ASIDE_UNTIL, formula: null, note: SET_ASIDE_END_NOTE },
  ],
});
