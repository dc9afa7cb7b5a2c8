import { defineVariable } from '../../../model-api.ts';
import { checkRegion, FEE_NOTICE } from './fee-catalogue.ts';

/**
 * Where the fee was charged, as a GB/T 2260 code (province, city or county): the province's own
 * additions to the list apply on top of the national list. Empty: the national list only.
 */
export const fee_event_region = defineVariable({
  id: 'fee_event_region',
  entity: 'fee_event',
  valueType: 'string',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '收费地区', ko: '수수료 징수 지역', en: 'Region charged in' },
  description: {
    'zh-CN': 'GB/T 2260 行政区划代码（省、市或县，6 位数字）；不填则只适用全国清单',
    ko: 'GB/T 2260 행정구역 코드(성·시·현, 6자리 숫자). 비워 두면 전국 목록만 적용',
    en: 'GB/T 2260 division code (province, city or county, 6 digits); empty applies the national list only',
  },
  reference: [FEE_NOTICE, { document: 'GB/T 2260', title: '中华人民共和国行政区划代码' }],
  measures: ['gf2012-14/06.1'],
  default: '',
  validate: checkRegion,
});
