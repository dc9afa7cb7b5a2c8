import { defineVariable, vector } from '../../../model-api.ts';
import { yearOf } from './filing-period.ts';
import { BUSINESS_TAX_END, CAISHUI_2013_52, CAISHUI_2014_71, SAT_2013_49 } from './vat-references.ts';

/**
 * Exempt from business tax in the month (财税〔2013〕52号): a business-tax taxpayer (enterprise or non-enterprise unit) whose filing-period
 * turnover is within the threshold. This is the tax law alone; the entitlement (`business_tax_exemption_eligible`)
 * also applies item 17.
 */
export const business_tax_exempt = defineVariable({
  id: 'business_tax_exempt',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: { 'zh-CN': '暂免征收营业税', ko: '영업세 잠정 면제', en: 'Temporarily exempt from business tax' },
  reference: [CAISHUI_2013_52, SAT_2013_49, CAISHUI_2014_71],
  measures: ['gf2012-14/02.1'],
  formulas: [
    {
      from: '2011-11-01',
      formula: (ctx) =>
        vector.and(ctx.bool('is_business_tax_taxpayer', yearOf(ctx.period)), ctx.bool('business_tax_turnover_within_exemption_threshold')),
    },
    BUSINESS_TAX_END,
  ],
});
