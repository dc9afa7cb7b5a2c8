/** Administrative-fee exemption for small and micro enterprises, 2012–2014 (财综〔2011〕104号) — item 06.1. */
import type { Entitlement } from '../../../entitlements/entitlement.ts';
import { fee_event_amount } from './fee_event_amount.ts';
import { fee_event_code } from './fee_event_code.ts';
import { fee_event_date } from './fee_event_date.ts';
import { fee_event_exempt } from './fee_event_exempt.ts';
import { fee_event_exempt_amount } from './fee_event_exempt_amount.ts';
import { fee_event_exemption_reason } from './fee_event_exemption_reason.ts';
import { fee_event_on_exemption_list } from './fee_event_on_exemption_list.ts';
import { fee_event_region } from './fee_event_region.ts';
import { fee_exemption_eligible } from './fee_exemption_eligible.ts';
import { fee_exemption_value } from './fee_exemption_value.ts';

export const SMALL_MICRO_EXEMPTION_VARIABLES = [
  fee_event_code,
  fee_event_amount,
  fee_event_date,
  fee_event_exemption_reason,
  fee_event_region,
  fee_event_on_exemption_list,
  fee_exemption_eligible,
  fee_event_exempt,
  fee_event_exempt_amount,
  fee_exemption_value,
];

export const SMALL_MICRO_EXEMPTION_ENTITLEMENTS: Entitlement[] = [
  {
    // 财综〔2011〕104号 uses the 300号 size test; item 17 excludes backward-capacity enterprises. The
    // exemption stacks with every other measure: no document read forbids combining it.
    measure: 'gf2012-14/06.1',
    entity: 'enterprise',
    eligible: 'fee_exemption_eligible',
    value: 'fee_exemption_value',
    // The value is the exempt fees the enterprise was charged in the year: none given, no amount.
    amountFrom: {
      entity: 'fee_event',
      link: 'payer',
      label: { 'zh-CN': '年内被收取的行政事业性收费', ko: '연내 부과된 행정사업성 수수료', en: 'administrative fees charged in the year' },
    },
    conditions: [
      {
        variable: 'is_small_or_micro',
        label: {
          'zh-CN': '按中小企业划型标准属于小型或微型企业',
          ko: '중소기업 분류기준상 소기업 또는 영세기업일 것',
          en: 'small or micro under the SME size standard',
        },
      },
      {
        variable: 'is_unrestricted_industry',
        label: { 'zh-CN': '不属于限制或禁止行业', ko: '제한·금지 업종이 아닐 것', en: 'not in a restricted or prohibited industry' },
      },
    ],
  },
];
