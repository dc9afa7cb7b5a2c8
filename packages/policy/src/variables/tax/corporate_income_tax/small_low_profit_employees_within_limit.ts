import { defineVariable, EIT_REGULATIONS, vector } from '../../../model-api.ts';
import { NOT_ENCODED_AFTER_2027, SLP_2019 } from './small-low-profit-references.ts';

/** Employees not above the limit of the enterprise's kind (art. 92: 从业人数不超过100人 / 80人; from 2019 300人). */
export const small_low_profit_employees_within_limit = defineVariable({
  id: 'small_low_profit_employees_within_limit',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '从业人数不超过上限', ko: '종업원 수 상한 이내', en: 'Employees within the limit' },
  reference: [{ ...EIT_REGULATIONS, article: '第九十二条' }, SLP_2019],
  measures: ['gf2012-14/02.2'],
  formulas: [
    { from: '2008-01-01', formula: (ctx) => vector.lte(ctx.number('employees'), ctx.number('small_low_profit_employees_limit')) },
    NOT_ENCODED_AFTER_2027,
  ],
});
