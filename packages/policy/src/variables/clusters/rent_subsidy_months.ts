import { addMonths, dayNumber } from '@xiaowei/engine';
import { defineVariable, vector } from '../../model-api.ts';
import { ITEM_26, RENT_SUBSIDY } from './clusters-references.ts';

const { add, and, fill, gt, lte, toNum } = vector;

/**
 * Months of the year whose rent the subsidy covers: months, from the one in which the measure took
 * effect, that lie at least in part within three years of the founding date ("创办三年内"; the 3 is the
 * parameter `founding_window_years`, whose note gives the other reading). The month of founding counts,
 * and so does the month in which the third anniversary falls.
 */
export const rent_subsidy_months = defineVariable({
  id: 'rent_subsidy_months',
  entity: 'enterprise',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '本年度可补贴租金月数', ko: '당해 연도 임대료 보조 대상 개월 수', en: 'Months of rent subsidised in the year' },
  reference: [ITEM_26],
  measures: ['gf2012-14/26.1'],
  unit: 'month',
  permanent: 'item (二十六) of 国发〔2012〕14号 has no end date; the subsidy proportion and conditions are local inputs',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const founded = ctx.date('founded');
        const years = ctx.param(`${RENT_SUBSIDY}.founding_window_years`, ctx.period.stop);
        let months = fill(ctx.n, 0);
        for (const month of ctx.period.split('month')) {
          // In force on the month's last day (the Opinions' date, 2012-04-19, falls inside April 2012).
          const inForce = ctx.paramAtDates(`${RENT_SUBSIDY}.in_force`, Int32Array.of(dayNumber(month.stop)), 0).at(0) === 1;
          // Month m overlaps [founded, founded + N years) ⇔ founded ≤ last day of m and founded > first day of m − N years.
          const within = and(
            lte(founded, dayNumber(month.stop)),
            gt(founded, dayNumber(addMonths(month.start, -12 * years))),
            vector.fillBool(ctx.n, inForce),
          );
          months = add(months, toNum(within));
        }
        return months;
      },
    },
  ],
});
