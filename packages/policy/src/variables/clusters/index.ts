/**
 * Clusters — item 26: premises for small and micro enterprises. 26.1, the rent subsidy for enterprises
 * within three years of founding, is an entitlement at a locally set proportion; 26.2 (land for start-up
 * bases, standard factory buildings) is a programme of governments, with nothing to compute.
 */
import type { Entitlement } from '../../entitlements/entitlement.ts';
import { founded_within_rent_subsidy_years } from './founded_within_rent_subsidy_years.ts';
import { premises_rent } from './premises_rent.ts';
import { rent_subsidy } from './rent_subsidy.ts';
import { rent_subsidy_eligible } from './rent_subsidy_eligible.ts';
import { rent_subsidy_months } from './rent_subsidy_months.ts';
import { rent_subsidy_proportion } from './rent_subsidy_proportion.ts';
import { rent_subsidy_rate_known } from './rent_subsidy_rate_known.ts';
import { rents_premises } from './rents_premises.ts';

export const CLUSTERS_VARIABLES = [
  rents_premises,
  premises_rent,
  rent_subsidy_proportion,
  rent_subsidy_months,
  founded_within_rent_subsidy_years,
  rent_subsidy_eligible,
  rent_subsidy_rate_known,
  rent_subsidy,
];

export const CLUSTERS_ENTITLEMENTS: Entitlement[] = [
  {
    // The value is 0 where the local proportion is unknown (rent_subsidy_rate_known false).
    measure: 'gf2012-14/26.1',
    entity: 'enterprise',
    eligible: 'rent_subsidy_eligible',
    value: 'rent_subsidy',
    conditions: [
      {
        variable: 'is_small_or_micro',
        label: { 'zh-CN': '属于小型微型企业', ko: '소형·영세기업일 것', en: 'a small or micro enterprise' },
      },
      {
        variable: 'is_unrestricted_industry',
        label: { 'zh-CN': '不属于限制或禁止行业', ko: '제한·금지 업종이 아닐 것', en: 'not in a restricted or prohibited industry' },
      },
      {
        variable: 'founded_within_rent_subsidy_years',
        label: { 'zh-CN': '创办三年内', ko: '설립 3년 이내일 것', en: 'within three years of founding' },
      },
      {
        variable: 'rents_premises',
        label: { 'zh-CN': '租用经营场地或店铺', ko: '경영장소 또는 점포를 임차할 것', en: 'renting business premises or shops' },
      },
    ],
  },
];
