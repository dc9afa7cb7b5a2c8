import { defineVariable, vector } from '../../../model-api.ts';
import { ratio } from '../exact-arithmetic.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/**
 * Year-on-year growth of small/micro enterprise loans, as a ratio (0.125 = 12.5%). For display: the
 * growth target is decided exactly in `meets_growth_target`. Where the balance a year earlier is 0 the
 * growth is undefined and shown as 0.
 */
export const small_micro_loan_growth_rate = defineVariable({
  id: 'small_micro_loan_growth_rate',
  entity: 'bank',
  valueType: 'number',
  definitionPeriod: 'month',
  label: { 'zh-CN': '小型微型企业贷款增速', ko: '소규모 기업 대출 증가율', en: 'Small/micro enterprise loans, growth rate' },
  reference: [{ ...CBRC_2011_94 }],
  unit: '/1',
  measures: ['gf2012-14/07.1'],
  permanent:
    'arithmetic on the reported balances (a growth rate, a share), no rule of its own: the targets that judge it end on their own dates',
  formulas: [
    {
      from: '2012-04-19',
      formula: (ctx) => {
        const before = ctx.number('small_micro_loan_balance_last_year');
        return ratio(vector.sub(ctx.number('small_micro_loan_balance'), before), before, 0);
      },
    },
  ],
});
