import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE } from './employment-references.ts';

/**
 * The prior-year average monthly wage of employees in the place where the graduate is insured (上年度
 * 当地职工月平均工资), the figure local rules set the subsidised contribution base on (Qingdao: 60% of it,
 * secondary sources). Published locally each year and not known from the sources read, so it is an input: give the figure
 * used for the year's contributions.
 */
export const local_average_monthly_wage = defineVariable({
  id: 'local_average_monthly_wage',
  entity: 'graduate_hire',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '上年度当地职工月平均工资',
    ko: '전년도 현지 근로자 월평균임금',
    en: 'Prior-year local average monthly wage',
  },
  reference: [GRADUATE_NOTICE],
  measures: ['gf2012-14/25.2'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
