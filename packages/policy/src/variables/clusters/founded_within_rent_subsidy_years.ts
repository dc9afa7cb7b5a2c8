import { defineVariable, vector } from '../../model-api.ts';
import { ITEM_26 } from './clusters-references.ts';

/** Part of the year lies within three years of the enterprise's founding (创办三年内), while the measure is in force. */
export const founded_within_rent_subsidy_years = defineVariable({
  id: 'founded_within_rent_subsidy_years',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '创办三年内', ko: '설립 3년 이내', en: 'Within three years of founding' },
  reference: [ITEM_26],
  measures: ['gf2012-14/26.1'],
  permanent: 'item (二十六) of 国发〔2012〕14号 has no end date; the subsidy proportion and conditions are local inputs',
  formulas: [{ from: '2012-01-01', formula: (ctx) => vector.gt(ctx.number('rent_subsidy_months'), 0) }],
});
