import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';
import { feeRuleApplies } from './fee-rules.ts';

const { and, gt, not, or } = vector;

/**
 * A commitment fee or fund-management fee charged in the year on a loan to a small or micro enterprise
 * that is not a syndicated loan: "除银团贷款外，不得对小企业贷款收取承诺费、资金管理费" (银监发〔2011〕94号
 * art. 6; Guofa [2012] No. 14 item 11 — "禁止金融机构对小型微型企业贷款收取承诺费、资金管理费").
 */
export const loan_fee_violation = defineVariable({
  id: 'loan_fee_violation',
  entity: 'loan_contract',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '违规收取承诺费、资金管理费',
    ko: '약정수수료·자금관리비 위법 수취',
    en: 'Banned commitment or fund-management fee charged',
  },
  reference: [
    { ...CBRC_2011_94, article: '第六条' },
    { ...GUOFA_2012_14, article: '（十一）' },
  ],
  measures: ['gf2012-14/11.1'],
  permanent: '银监发〔2011〕94号 第六条 and the 七不准 of 银监发〔2012〕3号 have no end date, and no document read repeals them',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        and(
          feeRuleApplies(ctx, 'finance.loan_fees.fee_ban.commitment_and_management_fees_banned'),
          // 94号 art. 6: "除银团贷款外" — syndicated loans are excepted from the ban.
          not(ctx.bool('is_syndicated')),
          or(gt(ctx.number('commitment_fee'), 0), gt(ctx.number('fund_management_fee'), 0)),
        ),
    },
  ],
});
