/**
 * Evaluating a stored tender with the app's `readTender` and `evaluateTender` (the same code as the CLI and
 * the stateless service route): the store keeps the tender and its transaction; what it asks the policy goes
 * through the app, and the app's per-bid outcomes become the bids of the evaluation report. The evaluation uses the classes the
 * suppliers declare — 181号 makes the 《中小企业声明函》 the basis of the deduction; the registry check only
 * flags a declaration it contradicts (see verify-declarations.ts) for the evaluation committee.
 */
import { evaluateTender, Fen, readTender, type TenderId, type TenderOutcome, type TenderRecord } from '@xiaowei/app';
import type { TaxBenefitSystem } from '@xiaowei/engine';
import { TenderRuleError } from '@xiaowei/policy';
import { ValidationError } from '../errors.ts';
import { evaluatedSizeClass } from './evaluated-size-class.ts';
import type { LegalDeductionRanges } from './legal-deduction-ranges.ts';
import type { BidOutcome, DeclarationCheck, EvaluationReport, Tender, TenderBid } from './tender-types.ts';

/** A path of the policy's keys with bids named by their ids (`bids.B2.products.0.manufacturer_size_class`). */
function fieldOf(path: readonly (string | number)[], bids: readonly TenderBid[]): string {
  const [head, row, ...rest] = path;
  return head === 'bids' && typeof row === 'number' ? ['bids', bids[row]?.bidId ?? row, ...rest].join('.') : path.join('.');
}

/**
 * The stored tender in the policy's vocabulary, read by the app's one tender reader: prices stay integer fen
 * ({@link Fen}), the rest is checked by the procurement input variables. A stored value the variables refuse
 * is a ValidationError at its field.
 */
export function tenderData(system: TaxBenefitSystem, tender: Tender, bids: readonly TenderBid[]): TenderRecord {
  const raw = {
    id: tender.id,
    date: tender.tenderDate,
    reserved_for_sme: tender.reservedForSme,
    method: tender.method,
    price_weight: tender.priceWeight,
    deduction_rate: tender.deductionRate,
    consortium_deduction_rate: tender.consortiumDeductionRate,
    bids: bids.map((bid) => ({
      id: bid.bidId,
      price: new Fen(bid.priceFen),
      technical_score: bid.technicalScore,
      // A consortium's class is its members' (181号's consortium rule), whatever the bid declares.
      supplier_size_class: bid.declaredSizeClass ?? 'undeclared',
      compliant: bid.compliant,
      products: bid.products.map((p) => ({ manufacturer_size_class: p.sizeClass, large_enterprise_trademark: p.largeTrademark === true })),
      consortium: bid.consortium.map((m) => ({ size_class: m.sizeClass, share: m.share })),
    })),
  };
  const { tender: data, problems } = readTender(system, raw);
  if (problems.length > 0) throw new ValidationError(fieldOf(problems[0].path, bids) || 'tender', problems[0].message);
  return data;
}

/**
 * The evaluation report of `tender`: each bid's deduction and why, evaluated price, scores and rank, with
 * the declaration checks given per bid. A tender the rules cannot evaluate (shares not adding up to 1, a
 * rate outside the range) is a ValidationError at the field to fix, in every language.
 */
export function evaluateStoredTender(
  system: TaxBenefitSystem,
  tender: Tender,
  bids: readonly TenderBid[],
  ranges: LegalDeductionRanges,
  declarations: ReadonlyMap<string, readonly DeclarationCheck[]>,
): EvaluationReport {
  const data = tenderData(system, tender, bids);
  let outcome: TenderOutcome<TenderId>;
  try {
    outcome = evaluateTender(system, data);
  } catch (e) {
    if (e instanceof TenderRuleError) throw new ValidationError(fieldOf(e.path, bids) || 'tender', e.messages);
    throw e;
  }
  const outcomes = outcome.bids.map((o): BidOutcome => {
    const bid = bids[o.index];
    return {
      bidId: bid.bidId,
      supplierId: bid.supplierId,
      supplierName: bid.supplierName,
      priceFen: o.priceFen,
      compliant: bid.compliant,
      declaredSizeClass: bid.declaredSizeClass,
      evaluatedSizeClass: evaluatedSizeClass(bid),
      consortium: bid.consortium.length > 0,
      deductionRate: o.deductionRate,
      deductionReason: o.deductionReason,
      reason: o.reason,
      deductionFen: o.deductionFen,
      evaluatedPriceFen: o.evaluatedPriceFen,
      technicalScore: bid.technicalScore,
      priceScore: o.priceScore,
      totalScore: o.totalScore,
      rank: o.rank,
      declarations: declarations.get(bid.bidId) ?? [],
    };
  });
  return {
    v: 1,
    tenderId: tender.id,
    tenderName: tender.name,
    budgetUnitId: tender.budgetUnitId,
    budgetUnitName: tender.budgetUnitName,
    tenderDate: tender.tenderDate,
    method: tender.method,
    reservedForSme: tender.reservedForSme,
    priceWeight: tender.priceWeight,
    deductionRate: tender.deductionRate,
    consortiumDeductionRate: tender.consortiumDeductionRate,
    ranges,
    bids: outcomes,
    contradictions: outcomes.reduce((n, b) => n + b.declarations.filter((d) => d.status === 'contradicted').length, 0),
  };
}
