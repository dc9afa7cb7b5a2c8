import { defineVariable, vector } from '../../../model-api.ts';
import { FUND_ITEM, IIT_REGULATIONS_ART_24 } from './donation-references.ts';

/** The most an individual may deduct for donations in the month's filing: 30% of the declared taxable income. */
export const individual_donation_deduction_limit = defineVariable({
  id: 'individual_donation_deduction_limit',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '个人捐赠扣除限额', ko: '개인 기부금 공제한도', en: 'Individual donation deduction limit' },
  reference: [IIT_REGULATIONS_ART_24, FUND_ITEM],
  measures: ['gf2012-14/04.2'],
  unit: 'yuan',
  permanent:
    'the 30% of taxable income of the individual income tax law (实施条例 第二十四条, 个人所得税法 第六条 since 2019) has no end date',
  formulas: [
    {
      from: '2012-01-01',
      // Art. 24: up to 30% of the declared taxable income; none declared leaves no room.
      formula: (ctx) =>
        vector.mulRate(vector.max(ctx.number('individual_declared_taxable_income'), 0), ctx.param('tax.donation.individual_limit_rate')),
    },
  ],
});
