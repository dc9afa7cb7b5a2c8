import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { CAISHUI_2013_52, VAT_END } from './vat-references.ts';

/** The VAT the exemption saves in the year (the months' savings), where the enterprise is eligible. */
export const small_scale_vat_exemption_value = defineVariable({
  id: 'small_scale_vat_exemption_value',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '小微企业暂免征收增值税的价值',
    ko: '소규모 기업 증치세 잠정 면제의 가치',
    en: 'Value of the small-enterprise VAT exemption',
  },
  reference: [CAISHUI_2013_52, { ...GUOFA_2012_14, article: '（二）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        let saved = vector.fill(ctx.n, 0);
        for (const month of ctx.period.split('month')) saved = vector.add(saved, ctx.number('small_scale_vat_relief', month));
        return vector.where(ctx.bool('small_scale_vat_exemption_eligible'), saved, 0);
      },
    },
    VAT_END,
  ],
});
