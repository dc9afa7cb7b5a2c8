import { defineVariable } from '../../../model-api.ts';
import { checkRegion } from '../../../regions/region-code.ts';
import { GBT_2260, MOF_DECREE_65 } from './vat-references.ts';

/**
 * Where the individual's business is, as a six-digit GB/T 2260 code (a province, city or county): the
 * threshold is the one its province fixed inside the national range (财政部令第65号), so only the first
 * two digits matter here. Named for the individual (the enterprise has `region`): variable ids are shared
 * by all entities. Empty when not given.
 */
export const individual_region = defineVariable({
  id: 'individual_region',
  entity: 'individual',
  valueType: 'string',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '经营所在地（行政区划代码）', ko: '사업 소재지(행정구역 코드)', en: 'Region of business (division code)' },
  reference: [GBT_2260, MOF_DECREE_65],
  measures: ['gf2012-14/02.1'],
  default: '',
  validate: checkRegion,
});
