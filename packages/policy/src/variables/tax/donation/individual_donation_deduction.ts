import { defineVariable, vector } from '../../../model-api.ts';
import { FUND_ITEM, IIT_REGULATIONS_ART_24 } from './donation-references.ts';

/** The individual's donations deductible in the month's filing: fund and other donations together, up to the 30% limit. */
export const individual_donation_deduction = defineVariable({
  id: 'individual_donation_deduction',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '个人准予扣除的捐赠额', ko: '개인의 공제 가능한 기부금', en: "Individual's deductible donations" },
  reference: [IIT_REGULATIONS_ART_24, FUND_ITEM],
  measures: ['gf2012-14/04.2'],
  unit: 'yuan',
  permanent: 'it applies the 30% limit of the individual income tax law, which has no end date',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        vector.min(
          vector.add(ctx.number('individual_sme_fund_donation'), ctx.number('individual_other_public_welfare_donation')),
          ctx.number('individual_donation_deduction_limit'),
        ),
    },
  ],
});
