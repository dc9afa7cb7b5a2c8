import { defineVariable } from '../../../model-api.ts';
import { IIT_REGULATIONS_ART_24 } from './donation-references.ts';

/**
 * The individual's other qualifying donations (to education and other public welfare, art. 24) deducted
 * in the month's filing, in yuan: they share the 30% limit with donations to the SME Development Fund.
 */
export const individual_other_public_welfare_donation = defineVariable({
  id: 'individual_other_public_welfare_donation',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '个人其他公益性捐赠', ko: '개인의 기타 공익성 기부금', en: "Individual's other public-welfare donations" },
  reference: [IIT_REGULATIONS_ART_24],
  measures: ['gf2012-14/04.2'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
