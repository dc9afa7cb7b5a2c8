import { defineVariable } from '../../../model-api.ts';
import { EIT_ART_9 } from './donation-references.ts';

/**
 * The enterprise's other qualifying public-welfare donations of the year (EIT Law art. 9), in yuan:
 * they share the 12% limit with donations to the SME Development Fund.
 */
export const other_public_welfare_donation = defineVariable({
  id: 'other_public_welfare_donation',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '其他公益性捐赠支出', ko: '기타 공익성 기부지출', en: 'Other public-welfare donations' },
  reference: [EIT_ART_9],
  measures: ['gf2012-14/04.2'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
