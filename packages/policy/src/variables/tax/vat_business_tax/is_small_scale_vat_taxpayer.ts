import { defineVariable } from '../../../model-api.ts';
import { CAISHUI_2013_52 } from './vat-references.ts';

/**
 * A small-scale VAT taxpayer (增值税小规模纳税人) in the year, not a general taxpayer: the exemption of
 * 财税〔2013〕52号 is for small-scale taxpayers that are enterprises or non-enterprise units. Given per year
 * (a change of status within a year is not modelled). Default no: a general taxpayer wrongly shown as
 * exempt is worse than a small-scale one asked to say so.
 */
export const is_small_scale_vat_taxpayer = defineVariable({
  id: 'is_small_scale_vat_taxpayer',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '增值税小规模纳税人', ko: '증치세 소규모 납세인', en: 'Small-scale VAT taxpayer' },
  reference: [CAISHUI_2013_52],
  measures: ['gf2012-14/02.1'],
  default: false,
});
