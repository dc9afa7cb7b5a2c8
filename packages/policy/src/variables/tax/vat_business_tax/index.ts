/**
 * VAT and business-tax thresholds — item 02.1: the thresholds of individuals (财政部令第65号, from
 * 2011-11-01) and the temporary exemption of small enterprises (财税〔2013〕52号, 公告2013年第49号,
 * 财税〔2014〕71号; 2013-08-01 … 2015-12-31).
 */
import type { Entitlement } from '../../../entitlements/entitlement.ts';
import { business_tax_exempt } from './business_tax_exempt.ts';
import { business_tax_exemption_eligible } from './business_tax_exemption_eligible.ts';
import { business_tax_exemption_threshold } from './business_tax_exemption_threshold.ts';
import { business_tax_exemption_value } from './business_tax_exemption_value.ts';
import { business_tax_filing_frequency } from './business_tax_filing_frequency.ts';
import { business_tax_filing_period_turnover } from './business_tax_filing_period_turnover.ts';
import { business_tax_rate } from './business_tax_rate.ts';
import { business_tax_relief } from './business_tax_relief.ts';
import { business_tax_turnover } from './business_tax_turnover.ts';
import { business_tax_turnover_within_exemption_threshold } from './business_tax_turnover_within_exemption_threshold.ts';
import { business_tax_turnover_within_exemption_threshold_any_month } from './business_tax_turnover_within_exemption_threshold_any_month.ts';
import { individual_business_tax_exempt } from './individual_business_tax_exempt.ts';
import { individual_business_tax_per_transaction_threshold } from './individual_business_tax_per_transaction_threshold.ts';
import { individual_business_tax_threshold } from './individual_business_tax_threshold.ts';
import { individual_business_tax_turnover } from './individual_business_tax_turnover.ts';
import { individual_local_business_tax_per_transaction_threshold } from './individual_local_business_tax_per_transaction_threshold.ts';
import { individual_local_business_tax_threshold } from './individual_local_business_tax_threshold.ts';
import { individual_local_vat_goods_threshold } from './individual_local_vat_goods_threshold.ts';
import { individual_local_vat_per_transaction_threshold } from './individual_local_vat_per_transaction_threshold.ts';
import { individual_local_vat_services_threshold } from './individual_local_vat_services_threshold.ts';
import { individual_region } from './individual_region.ts';
import { individual_vat_exempt } from './individual_vat_exempt.ts';
import { individual_vat_goods_exempt } from './individual_vat_goods_exempt.ts';
import { individual_vat_goods_sales } from './individual_vat_goods_sales.ts';
import { individual_vat_goods_threshold } from './individual_vat_goods_threshold.ts';
import { individual_vat_per_transaction_threshold } from './individual_vat_per_transaction_threshold.ts';
import { individual_vat_services_exempt } from './individual_vat_services_exempt.ts';
import { individual_vat_services_sales } from './individual_vat_services_sales.ts';
import { individual_vat_services_threshold } from './individual_vat_services_threshold.ts';
import { is_business_tax_taxpayer } from './is_business_tax_taxpayer.ts';
import { is_small_scale_vat_taxpayer } from './is_small_scale_vat_taxpayer.ts';
import { small_scale_vat_exempt } from './small_scale_vat_exempt.ts';
import { small_scale_vat_exemption_eligible } from './small_scale_vat_exemption_eligible.ts';
import { small_scale_vat_exemption_threshold } from './small_scale_vat_exemption_threshold.ts';
import { small_scale_vat_exemption_value } from './small_scale_vat_exemption_value.ts';
import { small_scale_vat_relief } from './small_scale_vat_relief.ts';
import { vat_filing_frequency } from './vat_filing_frequency.ts';
import { vat_filing_period_sales } from './vat_filing_period_sales.ts';
import { vat_sales } from './vat_sales.ts';
import { vat_sales_within_exemption_threshold } from './vat_sales_within_exemption_threshold.ts';
import { vat_sales_within_exemption_threshold_any_month } from './vat_sales_within_exemption_threshold_any_month.ts';

export const VAT_BUSINESS_TAX_VARIABLES = [
  // Individuals (财政部令第65号)
  individual_region,
  individual_vat_goods_sales,
  individual_vat_services_sales,
  individual_business_tax_turnover,
  individual_local_vat_goods_threshold,
  individual_local_vat_services_threshold,
  individual_local_vat_per_transaction_threshold,
  individual_local_business_tax_threshold,
  individual_local_business_tax_per_transaction_threshold,
  individual_vat_goods_threshold,
  individual_vat_services_threshold,
  individual_vat_per_transaction_threshold,
  individual_business_tax_threshold,
  individual_business_tax_per_transaction_threshold,
  individual_vat_goods_exempt,
  individual_vat_services_exempt,
  individual_vat_exempt,
  individual_business_tax_exempt,
  // Small enterprises: VAT (财税〔2013〕52号 and successors)
  is_small_scale_vat_taxpayer,
  vat_filing_frequency,
  vat_sales,
  vat_filing_period_sales,
  small_scale_vat_exemption_threshold,
  vat_sales_within_exemption_threshold,
  small_scale_vat_exempt,
  small_scale_vat_relief,
  vat_sales_within_exemption_threshold_any_month,
  small_scale_vat_exemption_eligible,
  small_scale_vat_exemption_value,
  // Small enterprises: business tax
  is_business_tax_taxpayer,
  business_tax_filing_frequency,
  business_tax_turnover,
  business_tax_rate,
  business_tax_filing_period_turnover,
  business_tax_exemption_threshold,
  business_tax_turnover_within_exemption_threshold,
  business_tax_exempt,
  business_tax_relief,
  business_tax_turnover_within_exemption_threshold_any_month,
  business_tax_exemption_eligible,
  business_tax_exemption_value,
];

const UNRESTRICTED = {
  variable: 'is_unrestricted_industry',
  label: { 'zh-CN': '不属于限制或禁止行业', ko: '제한·금지 업종이 아닐 것', en: 'not in a restricted or prohibited industry' },
} as const;

/**
 * The small-enterprise exemptions, one entitlement per tax (an enterprise may have either or both).
 * 财税〔2013〕52号 names its own test (taxpayer type and sales), so the 300号 size gate does not apply;
 * item 17 does. The sales conditions are monthly or quarterly, so in a year they are "in some month"
 * conditions without a single numeric distance.
 */
export const VAT_BUSINESS_TAX_ENTITLEMENTS: Entitlement[] = [
  {
    measure: 'gf2012-14/02.1',
    entity: 'enterprise',
    eligible: 'small_scale_vat_exemption_eligible',
    value: 'small_scale_vat_exemption_value',
    conditions: [
      UNRESTRICTED,
      {
        variable: 'is_small_scale_vat_taxpayer',
        label: { 'zh-CN': '增值税小规模纳税人', ko: '증치세 소규모 납세인일 것', en: 'a small-scale VAT taxpayer' },
      },
      {
        variable: 'vat_sales_within_exemption_threshold_any_month',
        label: {
          'zh-CN': '纳税期销售额未超过免税标准（按月或按季）',
          ko: '납세기간 판매액이 면세 기준 이내(월별 또는 분기별)',
          en: 'sales of a filing period within the exemption threshold (monthly or quarterly)',
        },
      },
    ],
  },
  {
    measure: 'gf2012-14/02.1',
    entity: 'enterprise',
    eligible: 'business_tax_exemption_eligible',
    value: 'business_tax_exemption_value',
    conditions: [
      UNRESTRICTED,
      {
        variable: 'is_business_tax_taxpayer',
        label: { 'zh-CN': '营业税纳税人', ko: '영업세 납세인일 것', en: 'a business-tax taxpayer' },
      },
      {
        variable: 'business_tax_turnover_within_exemption_threshold_any_month',
        label: {
          'zh-CN': '纳税期营业额未超过免税标准（按月或按季）',
          ko: '납세기간 영업액이 면세 기준 이내(월별 또는 분기별)',
          en: 'turnover of a filing period within the exemption threshold (monthly or quarterly)',
        },
      },
    ],
  },
];
