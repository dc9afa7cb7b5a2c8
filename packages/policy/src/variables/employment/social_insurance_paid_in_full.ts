import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/** Whether the enterprise paid the graduate's social-insurance contributions on time and in full in the year (按时足额缴纳). */
export const social_insurance_paid_in_full = defineVariable({
  id: 'social_insurance_paid_in_full',
  entity: 'graduate_hire',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '按时足额缴纳社会保险费',
    ko: '사회보험비 적기·전액 납부',
    en: 'Social insurance paid on time and in full',
  },
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.2'],
  default: false,
});
