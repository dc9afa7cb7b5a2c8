import { defineVariable } from '../../../model-api.ts';
import { CAISHUI_2009_99 } from '../finance-references.ts';

/**
 * Year-end balance of the financial enterprise's agricultural (涉农) and SME loans classified special-mention
 * (关注类) under the five-category loan risk classification. Which loans count as agricultural or SME
 * loans is the enterprise's own classification under 财税〔2009〕99号; it is not recomputed here.
 */
export const agri_sme_loan_balance_special_mention = defineVariable({
  id: 'agri_sme_loan_balance_special_mention',
  entity: 'bank',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '涉农贷款和中小企业贷款关注类余额',
    ko: '농업 관련·중소기업 대출 요주의 잔액',
    en: 'Agricultural and SME loans, special-mention balance',
  },
  reference: [{ ...CAISHUI_2009_99, article: '第一条' }],
  unit: 'yuan',
  measures: ['gf2012-14/02.5'],
  default: 0,
  min: 0,
});
