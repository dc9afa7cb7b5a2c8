import { dayNumber, fromDayNumber } from '@xiaowei/engine';
import { defineVariable, vector } from '../../model-api.ts';
import { MISSING } from '../../regions/regional-rate.ts';
import { GRADUATE_NOTICE, ITEM_25, TRAINING } from './employment-references.ts';
import { failWhere } from './fail-where.ts';

const { and, eq, gte, lte, or } = vector;

/**
 * The hire's own conditions for the training subsidy (item 25.1), the employer's aside: newly hired in
 * the year, a graduate of the graduating year (secondary sources; see the parameter `graduating_year_only`),
 * and given pre-job training. The subsidy is paid once, for the year of hire.
 */
export const hire_qualifies_for_training_subsidy = defineVariable({
  id: 'hire_qualifies_for_training_subsidy',
  entity: 'graduate_hire',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '该招用符合岗前培训费补贴条件',
    ko: '해당 채용이 업무 전 교육비 보조금 요건 충족',
    en: 'Hire meets the training subsidy conditions',
  },
  reference: [ITEM_25, GRADUATE_NOTICE],
  measures: ['gf2012-14/25.1'],
  permanent: 'item (二十五) of 国发〔2012〕14号 sets no end date for the training subsidy; its standard is a provincial input of the hire',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const hire = ctx.date('hire_date');
        const hiredThisYear = and(gte(hire, dayNumber(ctx.period.start)), lte(hire, dayNumber(ctx.period.stop)));
        // The rules in force on the hire date decide (1/0; MISSING before the encoded history).
        const open = ctx.paramAtDates(`${TRAINING}.open_to_hires`, hire, MISSING);
        const graduatingYearOnly = ctx.paramAtDates(`${TRAINING}.graduating_year_only`, hire, MISSING);
        // 国发〔2011〕16号 as secondary sources give it: graduates of the graduating year who got pre-job training.
        const conditions = and(
          hiredThisYear,
          or(ctx.bool('is_graduating_year_graduate'), eq(graduatingYearOnly, 0)),
          ctx.bool('pre_job_training_given'),
        );
        failWhere(
          ctx,
          and(conditions, eq(open, MISSING)),
          (row) =>
            `hired on ${fromDayNumber(hire.at(row) ?? 0)}, before the training subsidy is encoded (from the date of ` +
            'Guofa [2012] No. 14; the subsidy began earlier under 国发〔2011〕16号, whose start is not encoded)',
        );
        return and(conditions, eq(open, 1));
      },
    },
  ],
});
