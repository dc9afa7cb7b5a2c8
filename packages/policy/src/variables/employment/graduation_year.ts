import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/** The calendar year in which the graduate graduated: decides whether a hire is of the graduating year (毕业年度). */
export const graduation_year = defineVariable({
  id: 'graduation_year',
  entity: 'graduate_hire',
  valueType: 'number',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '毕业年份', ko: '졸업 연도', en: 'Graduation year' },
  reference: [ITEM_25, GRADUATE_NOTICE],
  measures: ['gf2012-14/25.1', 'gf2012-14/25.2'],
  unit: 'year',
  default: 0,
  min: 0,
  max: 9999,
  integer: true,
  required: true,
});
