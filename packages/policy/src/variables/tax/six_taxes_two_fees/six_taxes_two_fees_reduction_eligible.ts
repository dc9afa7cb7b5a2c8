import { defineVariable, vector } from '../../../model-api.ts';
import { CAISHUI_2019_13, MOF_SAT_2022_10, MOF_SAT_2023_12 } from './six-taxes-references.ts';

/**
 * Who the "六税两费" reduction is for in the year: small-scale VAT taxpayers from 2019 (财税〔2019〕13号 第三条);
 * also small low-profit enterprises from 2022 (公告2022年第10号 第一条, continued by 公告2023年第12号 第二条).
 * Individual businesses (个体工商户), also named from 2022, are not enterprises of this model.
 */
export const six_taxes_two_fees_reduction_eligible = defineVariable({
  id: 'six_taxes_two_fees_reduction_eligible',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '可享受“六税两费”减征', ko: "'6세 2비' 감면 대상", en: 'Eligible for the six-taxes-two-fees reduction' },
  reference: [
    { ...CAISHUI_2019_13, article: '第三条' },
    { ...MOF_SAT_2022_10, article: '第一条' },
    { ...MOF_SAT_2023_12, article: '第二条' },
  ],
  measures: ['gf2012-14/02.8'],
  formulas: [
    { from: '2019-01-01', formula: (ctx) => ctx.bool('is_small_scale_vat_taxpayer') },
    { from: '2022-01-01', formula: (ctx) => vector.or(ctx.bool('is_small_scale_vat_taxpayer'), ctx.bool('is_small_low_profit')) },
    { from: '2028-01-01', formula: null, note: '财政部 税务总局公告2023年第12号 runs to 2027-12-31: nothing is encoded after' },
  ],
});
