/**
 * A tender's evaluation as outcomes, built once for every interface: per bid the price deduction of
 * 财库〔2011〕181号 (Guofa [2012] No. 14 item 05) and why, the deduction and evaluated price in integer fen,
 * the scores of comprehensive scoring, the rank, and — when asked — the trace that explains it. The CLI
 * writes them as a table or JSON, the service as JSON, the store as the evaluation report it keeps.
 */
import { explain, type Labels, type TaxBenefitSystem, type TraceNode } from '@xiaowei/engine';
import {
  DEDUCTION_REASON_LABELS,
  DEDUCTION_REASONS,
  type DeductionReason,
  simulateTender,
  TENDER_OUTPUTS,
  type TenderData,
} from '@xiaowei/policy';

export interface BidOutcome<Id> {
  readonly id: Id;
  /** The bid's position in the tender (from 0). */
  readonly index: number;
  /** The deduction applied (0.06 = 6%; 0 when none). */
  readonly deductionRate: number;
  readonly deductionReason: DeductionReason;
  /** Why the deduction was (or was not) applied, in every language. */
  readonly reason: Labels;
  /** The bid price in fen, as given (the contract amount if it wins). */
  readonly priceFen: number;
  /** The price that enters the evaluation, in fen: the bid price less the deduction. */
  readonly evaluatedPriceFen: number;
  readonly deductionFen: number;
  /** Comprehensive scoring only (null under the lowest evaluated price). */
  readonly priceScore: number | null;
  readonly totalScore: number | null;
  /** 1 wins; null: not compliant, not ranked. */
  readonly rank: number | null;
  /** The variable the trace explains: the total score (comprehensive) or the evaluated price (lowest price). */
  readonly traced?: string;
  readonly trace?: TraceNode;
}

export interface TenderOutcome<Id> {
  readonly id: Id;
  /** The tender's date, `YYYY-MM-DD`: the rules in force on it applied. */
  readonly date: string;
  readonly method: 'lowest_price' | 'comprehensive';
  readonly bids: readonly BidOutcome<Id>[];
}

/**
 * Evaluates a tender read by `readTender` (or built by an adapter in the policy's vocabulary). A tender the
 * rules cannot evaluate — a rate outside the legal range, shares not adding up to 1, a date no rule
 * covers — throws the policy's `TenderRuleError` with the path of the field to fix.
 * @example evaluateTender(getSystem(), readTender(getSystem(), example).tender).bids[0].rank
 */
export function evaluateTender<Id>(system: TaxBenefitSystem, tender: TenderData<Id>, options: { trace?: boolean } = {}): TenderOutcome<Id> {
  const trace = options.trace === true;
  const { sim, period, date, comprehensive } = simulateTender(system, tender, trace);
  const col: Record<string, ArrayLike<number>> = {};
  for (const id of TENDER_OUTPUTS) col[id] = sim.calculate(id, period) as unknown as ArrayLike<number>;
  // The total score explains a comprehensive evaluation (its price score holds the deduction); the
  // evaluated price a lowest-price one. The rank itself is a sort, with nothing more to trace.
  const traced = comprehensive ? 'bid_total_score' : 'bid_evaluated_price';
  const bids = tender.bids.map((bid, i): BidOutcome<Id> => {
    const deductionReason = DEDUCTION_REASONS[col.bid_deduction_reason[i]];
    const priceFen = bid.values.get('bid_price') as number;
    const evaluatedPriceFen = col.bid_evaluated_price[i];
    const rank = col.bid_rank[i];
    return {
      id: bid.id,
      index: i,
      deductionRate: col.bid_price_deduction_rate[i],
      deductionReason,
      reason: DEDUCTION_REASON_LABELS[deductionReason],
      priceFen,
      evaluatedPriceFen,
      deductionFen: priceFen - evaluatedPriceFen,
      priceScore: comprehensive ? col.bid_price_score[i] : null,
      totalScore: comprehensive ? col.bid_total_score[i] : null,
      rank: rank > 0 ? rank : null,
      ...(trace ? { traced, trace: explain(sim, traced, period, i) } : {}),
    };
  });
  return { id: tender.id, date, method: comprehensive ? 'comprehensive' : 'lowest_price', bids };
}
