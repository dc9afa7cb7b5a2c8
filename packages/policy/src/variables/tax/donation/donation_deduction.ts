import { defineVariable, vector } from '../../../model-api.ts';
import { EIT_ART_9, FUND_ITEM } from './donation-references.ts';

/**
 * The enterprise's donations of the year deductible that year: donations to the SME Development Fund
 * and other public-welfare donations, together up to the 12% limit. The excess is lost — no carry-
 * forward existed in 2012, and later rules allowing one are not in the documents read.
 */
export const donation_deduction = defineVariable({
  id: 'donation_deduction',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '准予扣除的捐赠支出', ko: '공제 가능한 기부지출', en: 'Deductible donations' },
  reference: [EIT_ART_9, FUND_ITEM],
  measures: ['gf2012-14/04.2'],
  unit: 'yuan',
  permanent: 'it applies the 12% limit of 中华人民共和国企业所得税法 第九条, a statute without an end date',
  formulas: [
    {
      from: '2008-01-01',
      formula: (ctx) =>
        vector.min(
          vector.add(ctx.number('sme_fund_donation'), ctx.number('other_public_welfare_donation')),
          ctx.number('donation_deduction_limit'),
        ),
    },
  ],
});
