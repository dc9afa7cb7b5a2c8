import { defineVariable } from '../../model-api.ts';
import { checkRegion } from '../../regions/region-code.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/**
 * Where the graduate is insured (参保地), as a GB/T 2260 code — normally the employer's region. The
 * subsidy's base and rates are local rules looked up by it (county, then prefecture, then province).
 */
export const hire_region = defineVariable({
  id: 'hire_region',
  entity: 'graduate_hire',
  valueType: 'string',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '参保地（行政区划代码）', ko: '보험 가입 지역(행정구역 코드)', en: 'Place of insurance (region code)' },
  description: {
    'zh-CN': '该毕业生参加社会保险的地区，GB/T 2260 六位代码，如 370200 青岛市',
    ko: '해당 졸업생이 사회보험에 가입한 지역, GB/T 2260 6자리 코드(예: 370200 칭다오시)',
    en: "Where the graduate's social insurance is paid, as a six-digit GB/T 2260 code, e.g. 370200 for Qingdao",
  },
  reference: [GRADUATE_NOTICE, ITEM_25, { document: 'GB/T 2260', title: '中华人民共和国行政区划代码' }],
  measures: ['gf2012-14/25.1', 'gf2012-14/25.2'],
  default: '',
  validate: checkRegion,
});
