import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/** The banned fees charged in the year (commitment fee + fund-management fee) where `loan_fee_violation`. */
export const loan_fee_violation_amount = defineVariable({
  id: 'loan_fee_violation_amount',
  entity: 'loan_contract',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '违规收取的承诺费、资金管理费金额',
    ko: '위법 수취한 약정수수료·자금관리비 금액',
    en: 'Banned commitment and fund-management fees charged',
  },
  reference: [
    { ...CBRC_2011_94, article: '第六条' },
    { ...GUOFA_2012_14, article: '（十一）' },
  ],
  unit: 'yuan',
  measures: ['gf2012-14/11.1'],
  permanent: 'it follows loan_fee_violation: 银监发〔2011〕94号 第六条 has no end date, and no document read repeals it',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        vector.where(ctx.bool('loan_fee_violation'), vector.add(ctx.number('commitment_fee'), ctx.number('fund_management_fee')), 0),
    },
  ],
});
