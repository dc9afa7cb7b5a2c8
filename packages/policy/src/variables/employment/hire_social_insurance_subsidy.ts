import { defineVariable, vector } from '../../model-api.ts';
import { exactFraction, regionalValue } from '../../regions/regional-rate.ts';
import { GRADUATE_NOTICE, ITEM_25, SOCIAL_INSURANCE } from './employment-references.ts';
import { failWhere } from './fail-where.ts';
import { subsidisedMonths } from './subsidised-months.ts';

const { add, and, fill, lte, mulRatio, not, where } = vector;

/**
 * The social-insurance subsidy a hire brings in the year, in yuan: for each subsidised month, the
 * employer's basic pension, basic medical and unemployment contributions on the subsidised base — not
 * the individual's share (local rules, secondary). Qingdao 2012: base = 60% of the prior-year local
 * average monthly wage, rates 18% + 9% + 2%. Each month's amount is wage × share × (sum of the rates) as
 * one exact fraction, rounded once to the fen — contributions are assessed and paid month by month, and
 * a rate or base may change between months — and the months are added up.
 * The rates are the region's in force on each month's first day; a region without encoded rates is an
 * error for a hire with subsidised months, as is a missing wage.
 */
export const hire_social_insurance_subsidy = defineVariable({
  id: 'hire_social_insurance_subsidy',
  entity: 'graduate_hire',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '该招用的社会保险补贴', ko: '해당 채용의 사회보험 보조금', en: 'Social-insurance subsidy for the hire' },
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.2'],
  unit: 'yuan',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const regions = ctx.string('hire_region');
        const wage = ctx.number('local_average_monthly_wage');
        const span = ctx.paramAtDates(`${SOCIAL_INSURANCE}.months`, ctx.date('hire_date'), 0);
        let total = fill(ctx.n, 0);
        for (const { month, members } of subsidisedMonths(ctx, span)) {
          const rule = (leaf: string) => regionalValue(ctx, `${SOCIAL_INSURANCE}.regions`, leaf, regions, month.start);
          const share = rule('contribution_base_share');
          const pension = rule('pension_rate');
          const medical = rule('medical_rate');
          const unemployment = rule('unemployment_rate');
          failWhere(
            ctx,
            and(members, not(and(share.known, pension.known, medical.known, unemployment.known))),
            (row) =>
              `no social-insurance subsidy rules are encoded for region '${regions.at(row)}' in ${month.key} ` +
              '(only the Qingdao example, 370200, is): the base and rates are set locally',
          );
          failWhere(
            ctx,
            and(members, lte(wage, 0)),
            () => `local_average_monthly_wage is needed for the subsidised months of ${ctx.period.key}`,
          );
          const { num, den } = exactFraction(share.value, [pension.value, medical.value, unemployment.value]);
          total = add(total, where(members, mulRatio(wage, num, den), 0));
        }
        return total;
      },
    },
    { from: '2016-01-01', formula: null, note: 'the subsidy ended: the last subsidised month is November 2015' },
  ],
});
