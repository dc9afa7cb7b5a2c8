import { defineVariable } from '../../../model-api.ts';
import { shareOf } from '../exact-ratio.ts';
import { CAIKU_2011_181, PROCUREMENT_FROM, SET_ASIDE_END_NOTE, SET_ASIDE_UNTIL } from '../procurement-references.ts';
import { awardedAmounts } from './reserved-amounts.ts';

/** Contracts awarded to small and micro enterprises as a share of the annual procurement budget (monitoring). 0 for a budget of 0. */
export const budget_unit_small_micro_awarded_share = defineVariable({
  id: 'budget_unit_small_micro_awarded_share',
  entity: 'budget_unit',
  valueType: 'number',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '授予小型微型企业合同金额占预算总额的比例',
    ko: '예산 총액 대비 소형·영세기업 수여 계약 비중',
    en: 'Share awarded to small and micro',
  },
  reference: [CAIKU_2011_181],
  measures: ['gf2012-14/05.1'],
  unit: '/1',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const amounts = awardedAmounts(ctx);
        return shareOf(amounts.smallMicro, amounts.budget);
      },
    },
    { from: SET_ASIDE_UNTIL, formula: null, note: SET_ASIDE_END_NOTE },
  ],
});
