import { defineVariable } from '../../../model-api.ts';
import { FUND_ITEM, IIT_REGULATIONS_ART_24 } from './donation-references.ts';

/** What the individual gave to the National SME Development Fund, deducted in the month's filing, in yuan. */
export const individual_sme_fund_donation = defineVariable({
  id: 'individual_sme_fund_donation',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '个人向国家中小企业发展基金捐赠',
    ko: '개인의 국가 중소기업발전기금 기부금',
    en: "Individual's donations to the National SME Development Fund",
  },
  reference: [FUND_ITEM, IIT_REGULATIONS_ART_24],
  measures: ['gf2012-14/04.2'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
