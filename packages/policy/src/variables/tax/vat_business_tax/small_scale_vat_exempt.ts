import { defineVariable, vector } from '../../../model-api.ts';
import { yearOf } from './filing-period.ts';
import { CAISHUI_2013_52, CAISHUI_2014_71, SAT_2013_49 } from './vat-references.ts';

/**
 * Exempt from VAT in the month (财税〔2013〕52号): a small-scale VAT taxpayer (enterprise or non-enterprise unit) whose filing-period
 * sales is within the threshold. This is the tax law alone; the entitlement (`small_scale_vat_exemption_eligible`)
 * also applies item 17.
 */
export const small_scale_vat_exempt = defineVariable({
  id: 'small_scale_vat_exempt',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: { 'zh-CN': '暂免征收增值税', ko: '증치세 잠정 면제', en: 'Temporarily exempt from VAT' },
  reference: [CAISHUI_2013_52, SAT_2013_49, CAISHUI_2014_71],
  measures: ['gf2012-14/02.1'],
  formulas: [
    {
      from: '2011-11-01',
      formula: (ctx) =>
        vector.and(ctx.bool('is_small_scale_vat_taxpayer', yearOf(ctx.period)), ctx.bool('vat_sales_within_exemption_threshold')),
    },
    {
      from: '2016-01-01',
      formula: null,
      note: '财税〔2014〕71号 ends on 2015-12-31 and POLICY-FACTS names no later document: not encoded from 2016-01-01',
    },
  ],
});
