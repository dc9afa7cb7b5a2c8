import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { BUSINESS_TAX_END, businessTaxMonths, CAISHUI_2013_52 } from './vat-references.ts';

/** The business tax the exemption saves in the year (the months' savings), where the enterprise is eligible. */
export const business_tax_exemption_value = defineVariable({
  id: 'business_tax_exemption_value',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '小微企业暂免征收营业税的价值',
    ko: '소규모 기업 영업세 잠정 면제의 가치',
    en: 'Value of the small-enterprise business-tax exemption',
  },
  reference: [CAISHUI_2013_52, { ...GUOFA_2012_14, article: '（二）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        let saved = vector.fill(ctx.n, 0);
        for (const month of businessTaxMonths(ctx.period)) saved = vector.add(saved, ctx.number('business_tax_relief', month));
        return vector.where(ctx.bool('business_tax_exemption_eligible'), saved, 0);
      },
    },
    { ...BUSINESS_TAX_END, from: '2017-01-01' },
  ],
});
