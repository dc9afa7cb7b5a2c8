import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { CAIKU_2011_181, PROCUREMENT_FROM, SET_ASIDE_END_NOTE, SET_ASIDE_UNTIL } from '../procurement-references.ts';

/** The budget unit meets the whole set-aside obligation for the year: the SME and the small/micro parts. */
export const budget_unit_meets_set_aside = defineVariable({
  id: 'budget_unit_meets_set_aside',
  entity: 'budget_unit',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '预留采购份额达标', ko: '구매 예산 유보 의무 충족', en: 'Meets the procurement set-aside' },
  reference: [CAIKU_2011_181, { ...GUOFA_2012_14, article: '（五）' }],
  measures: ['gf2012-14/05.1'],
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => vector.and(ctx.bool('budget_unit_meets_sme_set_aside'), ctx.bool('budget_unit_meets_small_micro_set_aside')),
    },
    { from: SET_ASIDE_UNTIL, formula: null, note: SET_ASIDE_END_NOTE },
  ],
});
