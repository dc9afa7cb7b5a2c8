import type { Lang } from '@xiaowei/engine';
import type { BidOutcome, DeclarationCheck, Tender, TenderBid, TenderDetail, TenderEvaluation } from '@xiaowei/store';
import { Yuan } from '../../http/json.ts';
import { actorName } from './actor-name.ts';

/** A tender as the API returns it (snake_case; rates and weights exact decimal text). */
export function tenderJson(t: Tender): Record<string, unknown> {
  return {
    id: t.id,
    budget_unit_id: t.budgetUnitId,
    budget_unit_name: t.budgetUnitName,
    region_code: t.regionCode,
    project_id: t.projectId,
    name: t.name,
    date: t.tenderDate,
    method: t.method,
    price_weight: t.priceWeight,
    deduction_rate: t.deductionRate,
    consortium_deduction_rate: t.consortiumDeductionRate,
    reserved_for_sme: t.reservedForSme,
    status: t.status,
    version: t.version,
    bid_count: t.bidCount,
    created_at: t.createdAt,
    created_by: t.createdBy,
    updated_at: t.updatedAt,
    updated_by: t.updatedBy,
  };
}

/** A bid with its declaration, money in yuan. */
export function bidJson(b: TenderBid): Record<string, unknown> {
  return {
    id: b.bidId,
    supplier_id: b.supplierId,
    supplier_name: b.supplierName,
    price: new Yuan(b.priceFen),
    technical_score: b.technicalScore,
    compliant: b.compliant,
    supplier_size_class: b.declaredSizeClass,
    products: b.products.map((p) => ({
      manufacturer_id: p.manufacturerId ?? null,
      manufacturer_name: p.manufacturerName,
      manufacturer_size_class: p.sizeClass,
      large_enterprise_trademark: p.largeTrademark === true,
    })),
    consortium: b.consortium.map((m) => ({ member_id: m.memberId ?? null, name: m.name, size_class: m.sizeClass, share: m.share })),
  };
}

function declarationJson(d: DeclarationCheck, lang: Lang): Record<string, unknown> {
  return {
    party: d.party,
    index: d.index,
    party_id: d.partyId,
    party_name: d.partyName,
    declared: d.declared,
    status: d.status,
    registry_class: d.registryClass,
    material: d.material,
    explanation: d.explanation[lang],
  };
}

function outcomeJson(b: BidOutcome, lang: Lang): Record<string, unknown> {
  return {
    id: b.bidId,
    supplier_id: b.supplierId,
    supplier_name: b.supplierName,
    price: new Yuan(b.priceFen),
    compliant: b.compliant,
    supplier_size_class: b.declaredSizeClass,
    evaluated_size_class: b.evaluatedSizeClass,
    consortium: b.consortium,
    deduction_rate: b.deductionRate,
    deduction_reason: b.deductionReason,
    reason: b.reason[lang],
    deduction: new Yuan(b.deductionFen),
    evaluated_price: new Yuan(b.evaluatedPriceFen),
    technical_score: b.technicalScore,
    price_score: b.priceScore,
    total_score: b.totalScore,
    rank: b.rank,
    declarations: b.declarations.map((d) => declarationJson(d, lang)),
  };
}

/** An evaluation report in the user's language: per bid the deduction and why, evaluated price, scores, rank, declaration checks. */
export function evaluationJson(e: TenderEvaluation, lang: Lang): Record<string, unknown> {
  const r = e.result;
  return {
    tender_id: e.tenderId,
    sequence: e.sequence,
    tender_name: r.tenderName,
    budget_unit_id: r.budgetUnitId,
    budget_unit_name: r.budgetUnitName,
    date: r.tenderDate,
    method: r.method,
    reserved_for_sme: r.reservedForSme,
    price_weight: r.priceWeight,
    deduction_rate: r.deductionRate,
    consortium_deduction_rate: r.consortiumDeductionRate,
    legal_range: {
      small_micro: { min: r.ranges.smallMicro.min, max: r.ranges.smallMicro.max },
      consortium: { min: r.ranges.consortium.min, max: r.ranges.consortium.max },
      consortium_share: r.ranges.consortiumShare,
    },
    contradictions: r.contradictions,
    bids: r.bids.map((b) => outcomeJson(b, lang)),
    policy_version: e.policyVersion,
    parameter_hash: e.parameterHash,
    evaluated_at: e.evaluatedAt,
    evaluated_by: e.evaluatedBy,
    evaluated_by_name: actorName(e.evaluatedBy, e.evaluatedByName, lang),
    published_at: e.publishedAt,
    published_by: e.publishedBy,
    published_by_name: actorName(e.publishedBy, e.publishedByName, lang),
  };
}

/** One tender with its bids and newest evaluation. */
export function tenderDetailJson(t: TenderDetail, lang: Lang): Record<string, unknown> {
  return { ...tenderJson(t), bids: t.bids.map(bidJson), evaluation: t.evaluation ? evaluationJson(t.evaluation, lang) : null };
}
