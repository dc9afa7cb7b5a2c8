import { defineVariable, vector } from '../../../model-api.ts';
import { EIT_ART_9, FUND_ITEM } from './donation-references.ts';

/** The most an enterprise may deduct for donations in the year: 12% of its total profit, nothing after a loss. */
export const donation_deduction_limit = defineVariable({
  id: 'donation_deduction_limit',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '企业捐赠支出扣除限额', ko: '기업 기부금 공제한도', en: 'Enterprise donation deduction limit' },
  reference: [EIT_ART_9, FUND_ITEM],
  measures: ['gf2012-14/04.2'],
  unit: 'yuan',
  permanent:
    'the 12% of annual profit of 中华人民共和国企业所得税法 第九条 is a statute without an end date (the 2017 amendment added a three-year carry-forward, not encoded)',
  formulas: [
    {
      from: '2008-01-01',
      // EIT Law art. 9: 12% of the annual total profit; a profit of zero or a loss leaves no room.
      formula: (ctx) => vector.mulRate(vector.max(ctx.number('total_profit'), 0), ctx.param('tax.donation.enterprise_limit_rate')),
    },
  ],
});
