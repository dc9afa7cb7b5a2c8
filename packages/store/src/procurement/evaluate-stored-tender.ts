/**
 * Evaluating a stored tender with the policy's `evaluateTender` (the same code as the CLI and the
 * stateless service route): the stored fields are decoded by the procurement input variables' own
 * checks, and the outputs become the bids of the evaluation report. The evaluation uses the classes the
 * suppliers declare — 181号 makes the 《中小企业声明函》 the basis of the deduction; the registry check only
 * flags a declaration it contradicts (see verify-declarations.ts) for the evaluation committee.
 */
import { decodeValue, formatMoney, type Labels, type TaxBenefitSystem } from '@xiaowei/engine';
import {
  BID_FIELDS,
  DEDUCTION_REASON_LABELS,
  DEDUCTION_REASONS,
  evaluateTender,
  MEMBER_FIELDS,
  PRODUCT_FIELDS,
  TENDER_FIELDS,
  TENDER_OUTPUTS,
  type TenderData,
  TenderRuleError,
  type TenderValues,
} from '@xiaowei/policy';
import { ValidationError } from '../errors.ts';
import { evaluatedSizeClass } from './evaluated-size-class.ts';
import type { LegalDeductionRanges } from './legal-deduction-ranges.ts';
import type { BidOutcome, DeclarationCheck, EvaluationReport, Tender, TenderBid } from './tender-types.ts';

/** Decodes `raw` (field → value in input form) with the variables of `fields`; a bad value is a ValidationError at `path`. */
function decode(
  system: TaxBenefitSystem,
  fields: Readonly<Record<string, string>>,
  raw: Record<string, unknown>,
  path: string,
): TenderValues {
  const values: TenderValues = new Map();
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || value === undefined) continue;
    const id = fields[key];
    const decoded = decodeValue(system.variable(id), value);
    if (typeof decoded === 'object') throw new ValidationError(`${path}${key}`, decoded.message);
    values.set(id, decoded);
  }
  return values;
}

/** The tender in the policy's form: ids are bid ids, values in column units. */
export function tenderData(system: TaxBenefitSystem, tender: Tender, bids: readonly TenderBid[]): TenderData<string> {
  return {
    id: tender.id,
    values: decode(
      system,
      TENDER_FIELDS,
      {
        date: tender.tenderDate,
        reserved_for_sme: tender.reservedForSme,
        method: tender.method,
        price_weight: tender.priceWeight,
        deduction_rate: tender.deductionRate,
        consortium_deduction_rate: tender.consortiumDeductionRate,
      },
      '',
    ),
    bids: bids.map((bid) => {
      const at = `bids.${bid.bidId}.`;
      return {
        id: bid.bidId,
        values: decode(
          system,
          BID_FIELDS,
          {
            price: formatMoney(bid.priceFen),
            technical_score: bid.technicalScore,
            // A consortium's class is its members' (181号's consortium rule), whatever the bid declares.
            supplier_size_class: bid.declaredSizeClass ?? 'undeclared',
            compliant: bid.compliant,
          },
          at,
        ),
        supplier: undefined,
        products: bid.products.map((p, k) =>
          decode(
            system,
            PRODUCT_FIELDS,
            { manufacturer_size_class: p.sizeClass, large_enterprise_trademark: p.largeTrademark === true },
            `${at}products.${k}.`,
          ),
        ),
        members: bid.consortium.map((m, k) =>
          decode(system, MEMBER_FIELDS, { size_class: m.sizeClass, share: m.share }, `${at}consortium.${k}.`),
        ),
      };
    }),
  };
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
  let evaluated: ReturnType<typeof evaluateTender<string>>;
  try {
    evaluated = evaluateTender(system, data);
  } catch (e) {
    if (e instanceof TenderRuleError) {
      const [head, row, ...rest] = e.path;
      const field = head === 'bids' && typeof row === 'number' ? ['bids', bids[row]?.bidId ?? row, ...rest].join('.') : e.path.join('.');
      throw new ValidationError(field || 'tender', e.messages);
    }
    throw e;
  }
  const { sim, period, comprehensive } = evaluated;
  const cols: Record<string, ArrayLike<number>> = {};
  for (const id of TENDER_OUTPUTS) cols[id] = sim.calculate(id, period) as unknown as ArrayLike<number>;
  const outcomes = bids.map((bid, i): BidOutcome => {
    const reasonName = DEDUCTION_REASONS[cols.bid_deduction_reason[i]];
    const evaluatedPriceFen = cols.bid_evaluated_price[i];
    const rank = cols.bid_rank[i];
    const reason: Labels = DEDUCTION_REASON_LABELS[reasonName];
    return {
      bidId: bid.bidId,
      supplierId: bid.supplierId,
      supplierName: bid.supplierName,
      priceFen: bid.priceFen,
      compliant: bid.compliant,
      declaredSizeClass: bid.declaredSizeClass,
      evaluatedSizeClass: evaluatedSizeClass(bid),
      consortium: bid.consortium.length > 0,
      deductionRate: cols.bid_price_deduction_rate[i],
      deductionReason: reasonName,
      reason,
      deductionFen: bid.priceFen - evaluatedPriceFen,
      evaluatedPriceFen,
      technicalScore: bid.technicalScore,
      priceScore: comprehensive ? cols.bid_price_score[i] : null,
      totalScore: comprehensive ? cols.bid_total_score[i] : null,
      rank: rank > 0 ? rank : null,
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
