import { defineVariable, EIT_REGULATIONS, vector } from '../../../model-api.ts';
import { NOT_ENCODED_AFTER_2027, SLP_2019 } from './small-low-profit-references.ts';

/** Total assets not above the limit of the enterprise's kind (art. 92: 资产总额不超过3000万元 / 1000万元; from 2019 5000万元). */
export const small_low_profit_assets_within_limit = defineVariable({
  id: 'small_low_profit_assets_within_limit',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '资产总额不超过上限', ko: '자산총액 상한 이내', en: 'Total assets within the limit' },
  reference: [{ ...EIT_REGULATIONS, article: '第九十二条' }, SLP_2019],
  measures: ['gf2012-14/02.2'],
  formulas: [
    { from: '2008-01-01', formula: (ctx) => vector.lte(ctx.number('total_assets'), ctx.number('small_low_profit_total_assets_limit')) },
    NOT_ENCODED_AFTER_2027,
  ],
});
