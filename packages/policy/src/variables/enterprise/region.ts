import { defineVariable } from '../../model-api.ts';
import { checkRegion } from '../../regions/region-code.ts';

/**
 * Where the enterprise is registered, as a GB/T 2260 administrative division code (6 digits: province,
 * prefecture, county). Local rules — rates, standards and proportions the Opinions leave to provinces
 * and cities — are looked up by it, falling back from county to prefecture to province (region-code.ts).
 * Empty when not given: local values are then unknown.
 */
export const region = defineVariable({
  id: 'region',
  entity: 'enterprise',
  valueType: 'string',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '所在地区（行政区划代码）', ko: '소재 지역(행정구역 코드)', en: 'Region (administrative division code)' },
  description: {
    'zh-CN': 'GB/T 2260 六位行政区划代码，如 370000 山东省、370200 青岛市',
    ko: 'GB/T 2260 6자리 행정구역 코드(예: 370000 산둥성, 370200 칭다오시)',
    en: 'Six-digit GB/T 2260 administrative division code, e.g. 370000 Shandong, 370200 Qingdao',
  },
  reference: [{ document: 'GB/T 2260', title: '中华人民共和国行政区划代码' }],
  default: '',
  validate: checkRegion,
});
