import { defineVariable, GUOFA_2012_14 } from '../../../model-api.ts';

/**
 * Whether the lender is a financial institution (金融机构). The Opinions' fee ban (item 11) binds financial
 * institutions; a contract with any other lender is no 借款合同 of the stamp-duty table (duty 0), and the
 * exemption covers contracts between financial institutions and small or micro enterprises
 * (财税〔2011〕105号). A loan contract's `lender` link points to a bank, so the default is true; set false
 * for a contract with any other lender.
 */
export const lender_is_financial_institution = defineVariable({
  id: 'lender_is_financial_institution',
  entity: 'loan_contract',
  valueType: 'boolean',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '贷款人为金融机构', ko: '대출기관이 금융기관임', en: 'Lender is a financial institution' },
  reference: [{ ...GUOFA_2012_14, article: '（十一）' }, { document: '财税〔2011〕105号' }],
  measures: ['gf2012-14/11.1', 'gf2012-14/11.2'],
  default: true,
});
