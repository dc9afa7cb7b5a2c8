import { defineVariable, GUOFA_2012_14, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { EXEMPTION_LINEAGE } from './stamp-duty-references.ts';

/**
 * The enterprise side of the exemption in the year: a small or micro enterprise (300号), not excluded by
 * item 17, in a year covered by 财税〔2011〕105号 and its successors (every year 2012–2027 is). Whether a given
 * contract is exempt also depends on its lender and signing date (`loan_contract_stamp_duty_exempt`).
 */
export const loan_stamp_duty_exemption_eligible = defineVariable({
  id: 'loan_stamp_duty_exemption_eligible',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '享受借款合同免征印花税',
    ko: '대출계약 인지세 면제 대상',
    en: 'Eligible for the stamp-duty exemption on loan contracts',
  },
  reference: [...EXEMPTION_LINEAGE, { ...SIZE_STANDARD, article: '第四条' }, { ...GUOFA_2012_14, article: '（二）、（十七）' }],
  measures: ['gf2012-14/02.4'],
  formulas: [
    { from: '2012-01-01', formula: (ctx) => vector.and(ctx.bool('is_small_or_micro'), ctx.bool('is_unrestricted_industry')) },
    {
      from: '2028-01-01',
      formula: null,
      note: '财政部 税务总局公告2023年第13号 covers contracts signed until 2027-12-31; no later document is encoded',
    },
  ],
});
