import { defineVariable, vector } from '../../model-api.ts';
import { yearOf } from './calendar-year.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/**
 * A graduate of the graduating year (毕业年度高校毕业生): hired in the calendar year in which they
 * graduated — 毕业年度 is read as the natural year of graduation, 1 January to 31 December.
 */
export const is_graduating_year_graduate = defineVariable({
  id: 'is_graduating_year_graduate',
  entity: 'graduate_hire',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '毕业年度高校毕业生', ko: '졸업연도 졸업생', en: 'Graduate of the graduating year' },
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.1', 'gf2012-14/25.2'],
  permanent: 'whether a hire is a graduate of the hiring year is a fact of the hire and its graduation year, not a rule with an end',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => vector.eq(yearOf(ctx.date('hire_date')), ctx.number('graduation_year')),
    },
  ],
});
