import { explain, type Lang, renderTrace, type TaxBenefitSystem } from '@xiaowei/engine';
import {
  DEDUCTION_REASON_LABELS,
  DEDUCTION_REASONS,
  type EvaluatedTender,
  evaluateTender,
  TENDER_OUTPUTS,
  TenderRuleError,
} from '@xiaowei/policy';
import type { EngineService } from '../../engine/engine-service.ts';
import { AppError, type Problem } from '../../errors/app-error.ts';
import { Yuan } from '../../http/json.ts';
import { traceJson } from '../trace/trace-json.ts';
import { type Id, readTender, type TenderInput } from './read-tender.ts';

/** A rule problem of a tender as a problem at its JSON pointer (`/bids/2/consortium`). */
function problemOf(tender: TenderInput, e: TenderRuleError): Problem {
  const path = `${tender.base}${e.path.map((key) => `/${key}`).join('')}`;
  return {
    path,
    ...(tender.row !== undefined ? { row: tender.row } : {}),
    field: path.slice(path.lastIndexOf('/') + 1),
    message: e.messages,
  };
}

export interface BidResult {
  readonly id: Id;
  readonly price_deduction_rate: number;
  readonly evaluated_price: Yuan;
  readonly price_score?: number;
  readonly total_score?: number;
  readonly rank: number | null;
  readonly deduction_reason: string;
  readonly reason: string;
  readonly trace?: Record<string, unknown>;
  readonly trace_text?: string;
}

export interface TenderResult {
  readonly tender: Id;
  readonly date: string;
  readonly method: 'lowest_price' | 'comprehensive';
  readonly bids: readonly BidResult[];
}

function evaluateOne(system: TaxBenefitSystem, tender: TenderInput, lang: Lang, trace: boolean): TenderResult {
  let evaluated: EvaluatedTender<Id>;
  try {
    evaluated = evaluateTender(system, tender, trace);
  } catch (e) {
    if (e instanceof TenderRuleError) throw new AppError('XW_ERR_CANNOT_COMPUTE', { count: 1 }, [problemOf(tender, e)]);
    throw e;
  }
  const { sim, period, date, comprehensive } = evaluated;
  const cols: Record<string, Float64Array | Uint8Array> = {};
  for (const id of TENDER_OUTPUTS) cols[id] = sim.calculate(id, period) as Float64Array | Uint8Array;
  const bids = tender.bids.map((bid, i): BidResult => {
    const reasonName = DEDUCTION_REASONS[cols.bid_deduction_reason[i]];
    const rank = cols.bid_rank[i];
    const result: BidResult = {
      id: bid.id,
      price_deduction_rate: cols.bid_price_deduction_rate[i],
      evaluated_price: new Yuan(cols.bid_evaluated_price[i]),
      ...(comprehensive ? { price_score: cols.bid_price_score[i], total_score: cols.bid_total_score[i] } : {}),
      rank: rank > 0 ? rank : null,
      deduction_reason: reasonName,
      reason: DEDUCTION_REASON_LABELS[reasonName][lang],
    };
    if (!trace) return result;
    // The total score explains a comprehensive evaluation (its price score holds the deduction); the
    // evaluated price a lowest-price one. The rank itself is a sort, with nothing more to trace.
    const traced = comprehensive ? 'bid_total_score' : 'bid_evaluated_price';
    const node = explain(sim, traced, period, i);
    return { ...result, trace: traceJson(system, node, lang), trace_text: renderTrace(node, lang) };
  });
  return { tender: tender.id, date, method: comprehensive ? 'comprehensive' : 'lowest_price', bids };
}

export interface ProcurementResult {
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly result?: TenderResult;
  readonly results?: TenderResult[];
}

/**
 * The price deductions of item 05 (财库〔2011〕181号) in the evaluation of one tender's bids — or of each
 * tender of an array — with evaluated prices, scores under comprehensive scoring and ranks (as
 * `xiaowei procurement evaluate`). Every problem of every tender is reported at once; a rule a tender
 * breaks (a rate outside the legal range, shares not adding up to 1) is XW_ERR_CANNOT_COMPUTE at its field.
 */
export function evaluateTenders(engine: EngineService, request: { body: unknown; lang: Lang; explain: boolean }): ProcurementResult {
  const system = engine.system;
  const single = !Array.isArray(request.body);
  const raws: unknown[] = Array.isArray(request.body) ? request.body : [request.body];
  const read = raws.map((raw, k) => (single ? readTender(system, raw, '', undefined) : readTender(system, raw, `/${k}`, k + 1)));
  const problems = read.flatMap((r) => r.problems);
  if (problems.length > 0) throw AppError.validation(problems);
  const results = read.map((r) => evaluateOne(system, r.tender, request.lang, request.explain));
  const head = { ...engine.version };
  return single ? { ...head, result: results[0] } : { ...head, results };
}
