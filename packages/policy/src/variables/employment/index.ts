/**
 * Employment — item 25: subsidies for small and micro enterprises hiring college graduates (国发〔2011〕16号,
 * restated by the Opinions). Each `graduate_hire` links to its employer; the enterprise's entitlements
 * add up its hires. 25.3 (graduate start-ups) is a programme for individuals, with nothing to compute.
 */
import type { Entitlement } from '../../entitlements/entitlement.ts';
import { contract_months } from './contract_months.ts';
import { graduate_social_insurance_subsidy } from './graduate_social_insurance_subsidy.ts';
import { graduate_social_insurance_subsidy_eligible } from './graduate_social_insurance_subsidy_eligible.ts';
import { graduate_training_subsidy } from './graduate_training_subsidy.ts';
import { graduate_training_subsidy_eligible } from './graduate_training_subsidy_eligible.ts';
import { graduation_year } from './graduation_year.ts';
import { has_hire_qualifying_for_social_insurance_subsidy } from './has_hire_qualifying_for_social_insurance_subsidy.ts';
import { has_hire_qualifying_for_training_subsidy } from './has_hire_qualifying_for_training_subsidy.ts';
import { hire_date } from './hire_date.ts';
import { hire_qualifies_for_social_insurance_subsidy } from './hire_qualifies_for_social_insurance_subsidy.ts';
import { hire_qualifies_for_training_subsidy } from './hire_qualifies_for_training_subsidy.ts';
import { hire_region } from './hire_region.ts';
import { hire_social_insurance_subsidy } from './hire_social_insurance_subsidy.ts';
import { hire_social_insurance_subsidy_eligible } from './hire_social_insurance_subsidy_eligible.ts';
import { hire_social_insurance_subsidy_months } from './hire_social_insurance_subsidy_months.ts';
import { hire_social_insurance_subsidy_reason } from './hire_social_insurance_subsidy_reason.ts';
import { hire_training_subsidy } from './hire_training_subsidy.ts';
import { hire_training_subsidy_eligible } from './hire_training_subsidy_eligible.ts';
import { insured_months } from './insured_months.ts';
import { is_graduating_year_graduate } from './is_graduating_year_graduate.ts';
import { local_average_monthly_wage } from './local_average_monthly_wage.ts';
import { pre_job_training_given } from './pre_job_training_given.ts';
import { social_insurance_paid_in_full } from './social_insurance_paid_in_full.ts';
import { training_subsidy_standard } from './training_subsidy_standard.ts';

export const EMPLOYMENT_VARIABLES = [
  // inputs of each hire
  hire_date,
  graduation_year,
  contract_months,
  pre_job_training_given,
  social_insurance_paid_in_full,
  insured_months,
  local_average_monthly_wage,
  hire_region,
  training_subsidy_standard,
  // per hire
  is_graduating_year_graduate,
  hire_qualifies_for_training_subsidy,
  hire_training_subsidy_eligible,
  hire_training_subsidy,
  hire_social_insurance_subsidy_reason,
  hire_qualifies_for_social_insurance_subsidy,
  hire_social_insurance_subsidy_eligible,
  hire_social_insurance_subsidy_months,
  hire_social_insurance_subsidy,
  // per enterprise
  has_hire_qualifying_for_training_subsidy,
  graduate_training_subsidy_eligible,
  graduate_training_subsidy,
  has_hire_qualifying_for_social_insurance_subsidy,
  graduate_social_insurance_subsidy_eligible,
  graduate_social_insurance_subsidy,
];

/** The gate every enterprise entitlement of the Opinions applies: 300号 size and item 17. */
const GATE = [
  {
    variable: 'is_small_or_micro',
    label: { 'zh-CN': '属于小型微型企业', ko: '소형·영세기업일 것', en: 'a small or micro enterprise' },
  },
  {
    variable: 'is_unrestricted_industry',
    label: { 'zh-CN': '不属于限制或禁止行业', ko: '제한·금지 업종이 아닐 것', en: 'not in a restricted or prohibited industry' },
  },
] as const;

export const EMPLOYMENT_ENTITLEMENTS: Entitlement[] = [
  {
    measure: 'gf2012-14/25.1',
    entity: 'enterprise',
    eligible: 'graduate_training_subsidy_eligible',
    value: 'graduate_training_subsidy',
    conditions: [
      ...GATE,
      {
        variable: 'has_hire_qualifying_for_training_subsidy',
        label: {
          'zh-CN': '本年度新招用毕业年度高校毕业生并组织岗前培训',
          ko: '당해 연도 졸업연도 졸업생을 신규 채용하고 업무 전 교육을 실시할 것',
          en: 'newly hired a graduate of the graduating year in the year and gave pre-job training',
        },
      },
    ],
  },
  {
    measure: 'gf2012-14/25.2',
    entity: 'enterprise',
    eligible: 'graduate_social_insurance_subsidy_eligible',
    value: 'graduate_social_insurance_subsidy',
    conditions: [
      ...GATE,
      {
        variable: 'has_hire_qualifying_for_social_insurance_subsidy',
        label: {
          'zh-CN': '2014年底前新招用毕业年度高校毕业生，签订1年以上劳动合同并按时足额缴纳社会保险费，本年度在补贴期内',
          ko: '2014년 말까지 졸업연도 졸업생을 신규 채용하여 1년 이상 노동계약을 체결하고 사회보험비를 적기에 전액 납부하며, 당해 연도가 보조 기간에 속할 것',
          en: 'hired a graduate of the graduating year by end-2014 on a contract of at least one year, contributions paid on time and in full, within the year of subsidy',
        },
      },
    ],
  },
];
