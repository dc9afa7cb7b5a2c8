import { defineVariable } from '../../../model-api.ts';
import { shareOf } from '../exact-ratio.ts';
import { CAIKU_2011_181, PROCUREMENT_FROM, SET_ASIDE_END_NOTE, SET_ASIDE_UNTIL } from '../procurement-references.ts';
import { reservedAmounts } from './reserved-amounts.ts';

/** Share of the annual procurement budget reserved for SMEs (for display; the test is `budget_unit_meets_sme_set_aside`, exact). 0 for a budget of 0. */
export const budget_unit_sme_reserved_share = defineVariable({
  id: 'budget_unit_sme_reserved_share',
  entity: 'budget_unit',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '面向中小企业预留份额占预算总额的比例', ko: '예산 총액 중 중소기업 유보 비중', en: 'Share reserved for SMEs' },
  reference: [CAIKU_2011_181],
  measures: ['gf2012-14/05.1'],
  unit: '/1',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const amounts = reservedAmounts(ctx);
        return shareOf(amounts.sme, amounts.budget);
      },
    },
    { from: SET_ASIDE_UNTIL, formula: null, note: SET_ASIDE_END_NOTE },
  ],
});
