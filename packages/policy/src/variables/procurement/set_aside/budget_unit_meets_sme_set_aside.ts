import { toRational } from '@xiaowei/engine';
import { defineVariable } from '../../../model-api.ts';
import { atLeastRatio } from '../exact-ratio.ts';
import { CAIKU_2011_181, P, PROCUREMENT_FROM, SET_ASIDE_END_NOTE, SET_ASIDE_UNTIL } from '../procurement-references.ts';
import { reservedAmounts } from './reserved-amounts.ts';

/**
 * The budget unit reserves at least 30% of its annual procurement budget for SMEs (181号, secondary):
 * reserved / budget ≥ 30%, decided exactly on integer fen (reserved × 10 ≥ budget × 3).
 */
export const budget_unit_meets_sme_set_aside = defineVariable({
  id: 'budget_unit_meets_sme_set_aside',
  entity: 'budget_unit',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '中小企业预留份额达标', ko: '중소기업 유보 비중 충족', en: 'Meets the SME set-aside' },
  reference: [CAIKU_2011_181],
  measures: ['gf2012-14/05.1'],
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const { budget, sme } = reservedAmounts(ctx);
        const [num, den] = toRational(ctx.param(P.setAsideSme));
        return atLeastRatio(sme, budget, num, den);
      },
    },
    { from: SET_ASIDE_UNTIL, formula: null, note: SET_ASIDE_END_NOTE },
  ],
});
