import { defineVariable } from '../../model-api.ts';
import { ITEM_26 } from './clusters-references.ts';

/**
 * The proportion of rent the local rule subsidises ("给予一定比例的租金补贴"), as a fraction (0.3 = 30%).
 * Set locally and not in the documents read, so given here; 0 means not given — the proportion encoded for the
 * enterprise's region is then used, and where there is none the subsidy's amount is unknown
 * (`rent_subsidy_rate_known` false).
 */
export const rent_subsidy_proportion = defineVariable({
  id: 'rent_subsidy_proportion',
  entity: 'enterprise',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '租金补贴比例', ko: '임대료 보조 비율', en: 'Rent subsidy proportion' },
  description: {
    'zh-CN': '当地规定的租金补贴比例，以小数表示（0.3 即 30%）；不填则按所在地区已编码的比例',
    ko: '지방 규정의 임대료 보조 비율(소수, 0.3 = 30%). 입력하지 않으면 소재 지역에 코드화된 비율을 사용',
    en: "The local rule's share of rent subsidised, as a fraction (0.3 = 30%); if not given, the one encoded for the region",
  },
  reference: [ITEM_26],
  measures: ['gf2012-14/26.1'],
  unit: '/1',
  default: 0,
  min: 0,
  max: 1,
});
