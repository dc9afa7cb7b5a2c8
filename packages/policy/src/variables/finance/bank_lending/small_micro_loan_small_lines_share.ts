import { defineVariable } from '../../../model-api.ts';
import { ratio } from '../exact-arithmetic.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/**
 * Share of the small/micro loan balance lent to borrowers with credit lines of at most 5,000,000 yuan —
 * the focus 银监发〔2011〕94号 names. Monitoring only: no target is set on it. 0 where the bank has no
 * small/micro loans.
 */
export const small_micro_loan_small_lines_share = defineVariable({
  id: 'small_micro_loan_small_lines_share',
  entity: 'bank',
  valueType: 'number',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '单户授信500万元以下贷款占小型微型企业贷款比重',
    ko: '소규모 기업 대출 중 단일 여신한도 500만 위안 이하 대출 비중',
    en: 'Share of small/micro loans on credit lines up to 5,000,000 yuan',
  },
  reference: [{ ...CBRC_2011_94 }],
  unit: '/1',
  measures: ['gf2012-14/07.1'],
  permanent:
    'arithmetic on the reported balances (a growth rate, a share), no rule of its own: the targets that judge it end on their own dates',
  formulas: [
    {
      from: '2012-04-19',
      formula: (ctx) => ratio(ctx.number('small_micro_loan_balance_small_lines'), ctx.number('small_micro_loan_balance'), 0),
    },
  ],
});
