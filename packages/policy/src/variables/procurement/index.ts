/**
 * Government procurement — item 05 of Guofa [2012] No. 14, as 财库〔2011〕181号 implements it (2012-01-01 to
 * 2020-12-31), then 财库〔2020〕46号 (from 2021-01-01) and 财库〔2022〕19号 (from 2022-07-01) for the deductions: the set-aside of budget units (05.1), the small/micro price deduction (05.2) and the consortium
 * deduction (05.3) in the evaluation of bids, with the scoring and ranking they feed. The credit-guarantee
 * pilot (05.4) is a service with nothing to compute.
 *
 * No enterprise entitlements: a price deduction is an advantage in the evaluation of one bid, not an amount
 * an enterprise receives in a year (the contract stays at the bid price), so it has no yearly value to add
 * to the other entitlements.
 */
import type { Entitlement } from '../../entitlements/entitlement.ts';
import { bid_consortium_deduction_eligible } from './bid/bid_consortium_deduction_eligible.ts';
import { bid_declared_size_class } from './bid/bid_declared_size_class.ts';
import { bid_deduction_reason } from './bid/bid_deduction_reason.ts';
import { bid_evaluated_price } from './bid/bid_evaluated_price.ts';
import { bid_price } from './bid/bid_price.ts';
import { bid_price_deduction_rate } from './bid/bid_price_deduction_rate.ts';
import { bid_product_large_enterprise_trademark } from './bid/bid_product_large_enterprise_trademark.ts';
import { bid_product_manufacturer_size_class } from './bid/bid_product_manufacturer_size_class.ts';
import { bid_small_micro_deduction_eligible } from './bid/bid_small_micro_deduction_eligible.ts';
import { bid_supplier_size_class } from './bid/bid_supplier_size_class.ts';
import { bid_consortium_small_micro_share } from './consortium/bid_consortium_small_micro_share.ts';
import { consortium_member_is_small_micro } from './consortium/consortium_member_is_small_micro.ts';
import { consortium_member_share } from './consortium/consortium_member_share.ts';
import { consortium_member_size_class } from './consortium/consortium_member_size_class.ts';
import { consortium_member_small_micro_share } from './consortium/consortium_member_small_micro_share.ts';
import { bid_benchmark_price } from './evaluation/bid_benchmark_price.ts';
import { bid_compliant } from './evaluation/bid_compliant.ts';
import { bid_price_score } from './evaluation/bid_price_score.ts';
import { bid_rank } from './evaluation/bid_rank.ts';
import { bid_technical_score } from './evaluation/bid_technical_score.ts';
import { bid_total_score } from './evaluation/bid_total_score.ts';
import { tender_evaluation_method } from './evaluation/tender_evaluation_method.ts';
import { tender_index } from './evaluation/tender_index.ts';
import { tender_price_weight } from './evaluation/tender_price_weight.ts';
import { budget_unit_meets_set_aside } from './set_aside/budget_unit_meets_set_aside.ts';
import { budget_unit_meets_small_micro_set_aside } from './set_aside/budget_unit_meets_small_micro_set_aside.ts';
import { budget_unit_meets_sme_set_aside } from './set_aside/budget_unit_meets_sme_set_aside.ts';
import { budget_unit_procurement_budget } from './set_aside/budget_unit_procurement_budget.ts';
import { budget_unit_small_micro_awarded } from './set_aside/budget_unit_small_micro_awarded.ts';
import { budget_unit_small_micro_awarded_share } from './set_aside/budget_unit_small_micro_awarded_share.ts';
import { budget_unit_small_micro_reserved } from './set_aside/budget_unit_small_micro_reserved.ts';
import { budget_unit_small_micro_reserved_share } from './set_aside/budget_unit_small_micro_reserved_share.ts';
import { budget_unit_sme_awarded } from './set_aside/budget_unit_sme_awarded.ts';
import { budget_unit_sme_awarded_share } from './set_aside/budget_unit_sme_awarded_share.ts';
import { budget_unit_sme_reserved } from './set_aside/budget_unit_sme_reserved.ts';
import { budget_unit_sme_reserved_share } from './set_aside/budget_unit_sme_reserved_share.ts';
import { tender_consortium_deduction_rate } from './tender/tender_consortium_deduction_rate.ts';
import { tender_consortium_price_deduction_rate } from './tender/tender_consortium_price_deduction_rate.ts';
import { tender_date } from './tender/tender_date.ts';
import { tender_deduction_rate } from './tender/tender_deduction_rate.ts';
import { tender_price_deduction_rate } from './tender/tender_price_deduction_rate.ts';
import { tender_procurement_type } from './tender/tender_procurement_type.ts';
import { tender_reserved_for_sme } from './tender/tender_reserved_for_sme.ts';

export const PROCUREMENT_VARIABLES = [
  // tender
  tender_date,
  tender_procurement_type,
  tender_reserved_for_sme,
  tender_deduction_rate,
  tender_consortium_deduction_rate,
  tender_price_deduction_rate,
  tender_consortium_price_deduction_rate,
  // bid
  bid_price,
  bid_declared_size_class,
  bid_product_manufacturer_size_class,
  bid_product_large_enterprise_trademark,
  bid_supplier_size_class,
  bid_deduction_reason,
  bid_small_micro_deduction_eligible,
  bid_consortium_deduction_eligible,
  bid_price_deduction_rate,
  bid_evaluated_price,
  // consortium
  consortium_member_size_class,
  consortium_member_share,
  consortium_member_is_small_micro,
  consortium_member_small_micro_share,
  bid_consortium_small_micro_share,
  // evaluation
  tender_evaluation_method,
  tender_price_weight,
  tender_index,
  bid_technical_score,
  bid_compliant,
  bid_benchmark_price,
  bid_price_score,
  bid_total_score,
  bid_rank,
  // set_aside
  budget_unit_procurement_budget,
  budget_unit_sme_reserved,
  budget_unit_small_micro_reserved,
  budget_unit_sme_awarded,
  budget_unit_small_micro_awarded,
  budget_unit_sme_reserved_share,
  budget_unit_small_micro_reserved_share,
  budget_unit_meets_sme_set_aside,
  budget_unit_meets_small_micro_set_aside,
  budget_unit_meets_set_aside,
  budget_unit_sme_awarded_share,
  budget_unit_small_micro_awarded_share,
];

export const PROCUREMENT_ENTITLEMENTS: Entitlement[] = [];
