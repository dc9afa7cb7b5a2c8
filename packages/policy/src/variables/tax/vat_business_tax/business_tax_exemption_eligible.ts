import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { BUSINESS_TAX_END, businessTaxMonths, CAISHUI_2013_52 } from './vat-references.ts';

/**
 * The entitlement in the year: exempt from business tax in at least one month (财税〔2013〕52号), and not
 * excluded by item 17. 52号 names its own test (business-tax taxpayers within the turnover threshold),
 * so the 300号 size gate does not apply. Item 17 is the policy's exclusion from support: the tax
 * exemption itself (`business_tax_exempt`) follows the tax documents alone.
 */
export const business_tax_exemption_eligible = defineVariable({
  id: 'business_tax_exemption_eligible',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '享受小微企业暂免征收营业税',
    ko: '소규모 기업 영업세 잠정 면제 대상',
    en: 'Eligible for the small-enterprise business-tax exemption',
  },
  reference: [CAISHUI_2013_52, { ...GUOFA_2012_14, article: '（二）、（十七）' }],
  measures: ['gf2012-14/02.1'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        let exempt = vector.fillBool(ctx.n, false);
        for (const month of businessTaxMonths(ctx.period)) exempt = vector.or(exempt, ctx.bool('business_tax_exempt', month));
        return vector.and(exempt, ctx.bool('is_unrestricted_industry'));
      },
    },
    { ...BUSINESS_TAX_END, from: '2017-01-01' },
  ],
});
