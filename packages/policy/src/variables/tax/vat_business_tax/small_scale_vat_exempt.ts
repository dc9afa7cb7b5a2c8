import { defineVariable, type FormulaContext, vector } from '../../../model-api.ts';
import { yearOf } from './filing-period.ts';
import {
  CAISHUI_2013_52,
  CAISHUI_2014_71,
  CAISHUI_2019_13,
  MOF_SAT_2023_19,
  SAT_2013_49,
  VAT_2022_NOTE,
  VAT_END,
} from './vat-references.ts';

const exempt = (ctx: FormulaContext) =>
  vector.and(ctx.bool('is_small_scale_vat_taxpayer', yearOf(ctx.period)), ctx.bool('vat_sales_within_exemption_threshold'));

/**
 * Exempt from VAT in the month (财税〔2013〕52号): a small-scale VAT taxpayer (enterprise or non-enterprise unit) whose filing-period
 * sales is within the threshold. This is the tax law alone; the entitlement (`small_scale_vat_exemption_eligible`)
 * also applies item 17. The thresholds follow the documents to 2027-12-31 (公告2023年第19号); April to December
 * 2022 are not encoded (see {@link VAT_2022_NOTE}).
 */
export const small_scale_vat_exempt = defineVariable({
  id: 'small_scale_vat_exempt',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: { 'zh-CN': '暂免征收增值税', ko: '증치세 잠정 면제', en: 'Temporarily exempt from VAT' },
  reference: [CAISHUI_2013_52, SAT_2013_49, CAISHUI_2014_71, CAISHUI_2019_13, MOF_SAT_2023_19],
  measures: ['gf2012-14/02.1'],
  formulas: [
    {
      from: '2011-11-01',
      formula: exempt,
    },
    VAT_2022_NOTE,
    { from: '2023-01-01', formula: exempt },
    VAT_END,
  ],
});
