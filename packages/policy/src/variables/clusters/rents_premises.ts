import { defineVariable } from '../../model-api.ts';
import { ITEM_26 } from './clusters-references.ts';

/** Whether the enterprise rents its business premises or shops (租用经营场地和店铺) in the year. */
export const rents_premises = defineVariable({
  id: 'rents_premises',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '租用经营场地或店铺', ko: '경영장소 또는 점포 임차', en: 'Rents business premises or shops' },
  reference: [ITEM_26],
  measures: ['gf2012-14/26.1'],
  default: false,
});
