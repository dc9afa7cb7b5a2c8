import { defineVariable, vector } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25, SOCIAL_INSURANCE } from './employment-references.ts';
import { subsidisedMonths } from './subsidised-months.ts';

/**
 * Months of the year the social-insurance subsidy pays for: months of the 12 from the month of hire
 * that fall in the year, no more than the months of contributions paid in it (see subsidised-months.ts).
 */
export const hire_social_insurance_subsidy_months = defineVariable({
  id: 'hire_social_insurance_subsidy_months',
  entity: 'graduate_hire',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '本年度社会保险补贴月数', ko: '당해 연도 사회보험 보조 개월 수', en: 'Subsidised months in the year' },
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.2'],
  unit: 'month',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const span = ctx.paramAtDates(`${SOCIAL_INSURANCE}.months`, ctx.date('hire_date'), 0);
        return subsidisedMonths(ctx, span)
          .map((m) => vector.toNum(m.members))
          .reduce((a, b) => vector.add(a, b));
      },
    },
    { from: '2016-01-01', formula: null, note: 'the subsidy ended: the last subsidised month is November 2015' },
  ],
});
