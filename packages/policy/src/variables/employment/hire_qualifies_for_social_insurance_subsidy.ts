import { fromDayNumber } from '@xiaowei/engine';
import { defineVariable, vector } from '../../model-api.ts';
import { MISSING } from '../../regions/regional-rate.ts';
import { GRADUATE_NOTICE, ITEM_25, SOCIAL_INSURANCE } from './employment-references.ts';
import { failWhere } from './fail-where.ts';
import { windowMonths } from './subsidised-months.ts';

const { and, eq, gte, or } = vector;

/** Hires with at least one month of their subsidy window in the year. */
function windowInYear(columns: ReturnType<typeof windowMonths>): Uint8Array {
  return columns.map((c) => c.members).reduce((a, b) => or(a, b));
}

/**
 * The hire's own conditions for the social-insurance subsidy (item 25.2) in the year, the employer's
 * aside: a graduate of the graduating year, hired on a labour contract of at least 12 months, whose
 * contributions are paid on time and in full, hired while the policy ran (by 2014-12-31: see the
 * parameter `open_to_hires`), with part of the year in the 12 months from the month of hire.
 */
export const hire_qualifies_for_social_insurance_subsidy = defineVariable({
  id: 'hire_qualifies_for_social_insurance_subsidy',
  entity: 'graduate_hire',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '该招用符合社会保险补贴条件',
    ko: '해당 채용이 사회보험 보조금 요건 충족',
    en: 'Hire meets the social-insurance subsidy conditions',
  },
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.2'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const hire = ctx.date('hire_date');
        // The rules in force on the hire date decide (booleans as 1/0; MISSING before the encoded history).
        const open = ctx.paramAtDates(`${SOCIAL_INSURANCE}.open_to_hires`, hire, MISSING);
        const minContract = ctx.paramAtDates(`${SOCIAL_INSURANCE}.min_contract_months`, hire, MISSING);
        const span = ctx.paramAtDates(`${SOCIAL_INSURANCE}.months`, hire, 0);
        // 国发〔2011〕16号: "新招用毕业年度高校毕业生，签订1年以上劳动合同并按时足额缴纳社会保险费的"
        const conditions = and(
          ctx.bool('is_graduating_year_graduate'),
          gte(ctx.number('contract_months'), minContract),
          ctx.bool('social_insurance_paid_in_full'),
        );
        // A hire before the encoded history matters only if its window would reach into the year.
        const spanNow = ctx.param(`${SOCIAL_INSURANCE}.months`, ctx.period.stop);
        failWhere(
          ctx,
          and(conditions, eq(open, MISSING), windowInYear(windowMonths(ctx, spanNow))),
          (row) =>
            `hired on ${fromDayNumber(hire.at(row) ?? 0)}, before the social-insurance subsidy is encoded (from the date ` +
            'of Guofa [2012] No. 14; the subsidy began earlier under 国发〔2011〕16号, whose start is not encoded)',
        );
        return and(conditions, eq(open, 1), windowInYear(windowMonths(ctx, span)));
      },
    },
    {
      from: '2016-01-01',
      formula: null,
      note: 'the subsidy ended: hires up to 2014-12-31 bring at most 12 months, the last in November 2015',
    },
  ],
});
