import { defineVariable } from '../../model-api.ts';
import { ITEM_26 } from './clusters-references.ts';

/** Rent paid in the year for the business premises and shops the enterprise rents, in yuan. */
export const premises_rent = defineVariable({
  id: 'premises_rent',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '本年度经营场地租金', ko: '당해 연도 경영장소 임대료', en: 'Rent for business premises in the year' },
  reference: [ITEM_26],
  measures: ['gf2012-14/26.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
