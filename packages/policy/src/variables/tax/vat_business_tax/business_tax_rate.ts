import { defineVariable } from '../../../model-api.ts';
import { BUSINESS_TAX_REGULATIONS } from './vat-references.ts';

/**
 * The business-tax rate of the enterprise's taxable item (e.g. 0.05), used only to value the exemption.
 * Business-tax rates depend on the item (the regulations' table) and none is in the documents read, so the
 * rate is an input. 0 means not given: valuing exempt turnover then stops with an error asking for it.
 */
export const business_tax_rate = defineVariable({
  id: 'business_tax_rate',
  entity: 'enterprise',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '营业税适用税率', ko: '영업세 적용세율', en: 'Applicable business-tax rate' },
  reference: [{ ...BUSINESS_TAX_REGULATIONS, article: '营业税税目税率表' }],
  measures: ['gf2012-14/02.1'],
  unit: '/1',
  default: 0,
  min: 0,
  max: 1,
});
