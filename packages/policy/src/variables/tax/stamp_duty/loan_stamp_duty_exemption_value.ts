import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { EXEMPTION_LINEAGE } from './stamp-duty-references.ts';

/**
 * The stamp duty the exemption saves the enterprise in the year: on its own copy (each party pays on
 * its own), summed over the loan contracts it signed as borrower in the year, where it is eligible.
 */
export const loan_stamp_duty_exemption_value = defineVariable({
  id: 'loan_stamp_duty_exemption_value',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '借款合同免征印花税的价值',
    ko: '대출계약 인지세 면제의 가치',
    en: 'Value of the stamp-duty exemption on loan contracts',
  },
  reference: [...EXEMPTION_LINEAGE, { ...GUOFA_2012_14, article: '（二）' }],
  measures: ['gf2012-14/02.4'],
  unit: 'yuan',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        vector.where(
          ctx.bool('loan_stamp_duty_exemption_eligible'),
          ctx.members('loan_contract', 'borrower').sum('loan_contract_stamp_duty_relief_in_year'),
          0,
        ),
    },
    {
      from: '2028-01-01',
      formula: null,
      note: '财政部 税务总局公告2023年第13号 covers contracts signed until 2027-12-31; no later document is encoded',
    },
  ],
});
