import { evaluateTender, readTender, type TenderId, type TenderOutcome, type TenderProblem, type TenderRecord } from '@xiaowei/app';
import { type Lang, renderTrace, type TaxBenefitSystem } from '@xiaowei/engine';
import { TenderRuleError } from '@xiaowei/policy';
import type { EngineService } from '../../engine/engine-service.ts';
import { AppError, type Problem } from '../../errors/app-error.ts';
import { Yuan } from '../../http/json.ts';
import { traceJson } from '../trace/trace-json.ts';

type Id = string | number;

/** Where a tender's problem is: its JSON pointer in the body (`/2/bids/0/price`), its row in an array. */
function problemAt(base: string, row: number | undefined, path: readonly (string | number)[], message: TenderProblem['message']): Problem {
  const pointer = `${base}${path.map((key) => `/${key}`).join('')}`;
  return { path: pointer, ...(row !== undefined ? { row } : {}), field: pointer.slice(pointer.lastIndexOf('/') + 1), message };
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

function evaluateOne(
  system: TaxBenefitSystem,
  tender: TenderRecord,
  at: { base: string; row: number | undefined },
  lang: Lang,
  trace: boolean,
) {
  let outcome: TenderOutcome<TenderId>;
  try {
    outcome = evaluateTender(system, tender, { trace });
  } catch (e) {
    if (e instanceof TenderRuleError)
      throw new AppError('XW_ERR_CANNOT_COMPUTE', { count: 1 }, [problemAt(at.base, at.row, e.path, e.messages)]);
    throw e;
  }
  const bids = outcome.bids.map((bid): BidResult => {
    const result: BidResult = {
      id: bid.id as Id,
      price_deduction_rate: bid.deductionRate,
      evaluated_price: new Yuan(bid.evaluatedPriceFen),
      ...(bid.priceScore !== null && bid.totalScore !== null ? { price_score: bid.priceScore, total_score: bid.totalScore } : {}),
      rank: bid.rank,
      deduction_reason: bid.deductionReason,
      reason: bid.reason[lang],
    };
    if (!bid.trace) return result;
    return { ...result, trace: traceJson(system, bid.trace, lang), trace_text: renderTrace(bid.trace, lang) };
  });
  return { tender: outcome.id as Id, date: outcome.date, method: outcome.method, bids };
}

export interface ProcurementResult {
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly result?: TenderResult;
  readonly results?: TenderResult[];
}

/**
 * The price deductions of item 05 (财库〔2011〕181号) in the evaluation of one tender's bids — or of each
 * tender of an array — with evaluated prices, scores under comprehensive scoring and ranks (the app's
 * `readTender` and `evaluateTender`, as `xiaowei procurement evaluate`). Every problem of every tender is
 * reported at once; a rule a tender breaks (a rate outside the legal range, shares not adding up to 1) is
 * XW_ERR_CANNOT_COMPUTE at its field.
 */
export function evaluateTenders(engine: EngineService, request: { body: unknown; lang: Lang; explain: boolean }): ProcurementResult {
  const system = engine.system;
  const single = !Array.isArray(request.body);
  const raws: unknown[] = Array.isArray(request.body) ? request.body : [request.body];
  const at = (k: number) => (single ? { base: '', row: undefined } : { base: `/${k}`, row: k + 1 });
  const read = raws.map((raw) => readTender(system, raw));
  // A reading problem is named by its own key ('' for a tender that is not an object).
  const problems = read.flatMap((r, k) =>
    r.problems.map((p) => ({ ...problemAt(at(k).base, at(k).row, p.path, p.message), field: String(p.path[p.path.length - 1] ?? '') })),
  );
  if (problems.length > 0) throw AppError.validation(problems);
  const results = read.map((r, k) => evaluateOne(system, r.tender, at(k), request.lang, request.explain));
  const head = { ...engine.version };
  return single ? { ...head, result: results[0] } : { ...head, results };
}
