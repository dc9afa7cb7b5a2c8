import { defineVariable } from '../../../model-api.ts';
import { EIT_ART_9, FUND_ITEM } from './donation-references.ts';

/** What the enterprise gave to the National SME Development Fund in the year, in yuan. */
export const sme_fund_donation = defineVariable({
  id: 'sme_fund_donation',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '向国家中小企业发展基金捐赠',
    ko: '국가 중소기업발전기금 기부금',
    en: 'Donations to the National SME Development Fund',
  },
  reference: [FUND_ITEM, EIT_ART_9],
  measures: ['gf2012-14/04.2'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
