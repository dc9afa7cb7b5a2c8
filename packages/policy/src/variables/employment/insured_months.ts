import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/** Months of the year for which the enterprise paid the graduate's social-insurance contributions. */
export const insured_months = defineVariable({
  id: 'insured_months',
  entity: 'graduate_hire',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '本年度缴纳社会保险费月数', ko: '당해 연도 사회보험비 납부 개월 수', en: 'Months of contributions in the year' },
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.2'],
  unit: 'month',
  default: 0,
  min: 0,
  max: 12,
  integer: true,
});
