import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { CAISHUI_2013_52, VAT_END } from './vat-references.ts';

/**
 * The entitlement in the year: exempt from VAT in at least one month (财税〔2013〕52号), and not
 * excluded by item 17. 52号 names its own test (small-scale VAT taxpayers within the sales threshold),
 * so the 300号 size gate does not apply. Item 17 is the policy's exclusion from support: the tax
 * exemption itself (`small_scale_vat_exempt`) follows the tax documents alone.
 */
export const small_scale_vat_exemption_eligible = defineVariable({
  id: 'small_scale_vat_exemption_eligible',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '享受小微企业暂免征收增值税',
    ko: '소규모 기업 증치세 잠정 면제 대상',
    en: 'Eligible for the small-enterprise VAT exemption',
  },
  reference: [CAISHUI_2013_52, { ...GUOFA_2012_14, article: '（二）、（十七）' }],
  measures: ['gf2012-14/02.1'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        let exempt = vector.fillBool(ctx.n, false);
        for (const month of ctx.period.split('month')) exempt = vector.or(exempt, ctx.bool('small_scale_vat_exempt', month));
        return vector.and(exempt, ctx.bool('is_unrestricted_industry'));
      },
    },
    VAT_END,
  ],
});
