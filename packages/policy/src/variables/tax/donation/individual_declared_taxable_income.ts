import { defineVariable } from '../../../model-api.ts';
import { IIT_REGULATIONS_ART_24 } from './donation-references.ts';

/**
 * 申报的应纳税所得额: the taxable income an individual declares in the filing the donation is deducted
 * from, before that deduction. Filings are monthly for wages; for income filed per year or per payment,
 * give the filing made in that month.
 */
export const individual_declared_taxable_income = defineVariable({
  id: 'individual_declared_taxable_income',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '申报的应纳税所得额', ko: '신고 과세소득', en: 'Declared taxable income' },
  description: {
    'zh-CN': '扣除捐赠前、当月申报的个人所得税应纳税所得额',
    ko: '기부금 공제 전, 해당 월에 신고한 개인소득세 과세소득',
    en: 'Individual income-tax taxable income declared in the month, before the donation is deducted',
  },
  reference: [IIT_REGULATIONS_ART_24],
  measures: ['gf2012-14/04.2'],
  unit: 'yuan',
  default: 0,
});
