import {
  type Column,
  defaultColumn,
  explain,
  FormulaError,
  fromDayNumber,
  interpolate,
  type Labels,
  type Lang,
  ParameterNotFoundError,
  Period,
  PeriodError,
  Population,
  renderTrace,
  Simulation,
  type TaxBenefitSystem,
} from '@xiaowei/engine';
import { DEDUCTION_REASON_LABELS, DEDUCTION_REASONS } from '@xiaowei/policy';
import type { EngineService } from '../../engine/engine-service.ts';
import { AppError, type Problem } from '../../errors/app-error.ts';
import { Yuan } from '../../http/json.ts';
import { traceJson } from '../trace/trace-json.ts';
import {
  BID_FIELDS,
  comprehensiveIndex,
  type Id,
  MEMBER_FIELDS,
  PRODUCT_FIELDS,
  readTender,
  SUPPLIER_FIELDS,
  TENDER_FIELDS,
  type TenderInput,
  type Values,
} from './read-tender.ts';

const WORDS = {
  no_rule: {
    'zh-CN': '日期为 {date} 的采购项目没有已编码的规则（财库〔2011〕181号自 2012-01-01 起适用，编码至 2019-12-31）',
    ko: '{date} 일자 조달 입찰에는 코드화된 규정이 없습니다(재고〔2011〕181호는 2012-01-01부터 적용, 2019-12-31까지 코드화)',
    en: 'no rule is encoded for a tender dated {date} (财库〔2011〕181号 applies from 2012-01-01 and is encoded up to 2019-12-31)',
  },
  rate_outside: {
    'zh-CN': '价格扣除比例 {rate} 不在 {date} 适用的法定范围 {min}–{max} 内（不作截取）',
    ko: '가격 공제율 {rate}이(가) {date}에 적용되는 법정 범위 {min}–{max}를 벗어납니다(조정하지 않음)',
    en: 'the deduction rate {rate} is outside the legal range {min}–{max} in force on {date} (it is not clamped)',
  },
  shares_sum: {
    'zh-CN': '联合体成员份额合计为 {sum}，应为 1',
    ko: '컨소시엄 구성원 비중의 합이 {sum}입니다. 1이어야 합니다',
    en: "the consortium members' shares add up to {sum}, not 1",
  },
  zero_price: {
    'zh-CN': '评审价格为 0 的有效投标无法计算价格得分',
    ko: '평가 가격이 0인 유효 입찰은 가격 점수를 계산할 수 없습니다',
    en: 'a compliant bid with an evaluated price of 0 cannot be given a price score',
  },
  cannot_compute: { 'zh-CN': '无法计算：{detail}', ko: '계산할 수 없습니다: {detail}', en: 'cannot compute: {detail}' },
} as const satisfies Record<string, Labels>;

const OUTPUTS = [
  'bid_price_deduction_rate',
  'bid_evaluated_price',
  'bid_price_score',
  'bid_total_score',
  'bid_rank',
  'bid_deduction_reason',
];

/** A rate for people: 0.06 → 6%. */
const percent = (rate: number): string => `${Number((rate * 100).toFixed(7))}%`;

function column(system: TaxBenefitSystem, id: string, rows: readonly Values[]): Column {
  const col = defaultColumn(system.variable(id), rows.length);
  rows.forEach((values, i) => {
    const v = values.get(id);
    if (v !== undefined) (col as unknown[])[i] = v;
  });
  return col;
}

/** The population of one tender: the tender, its bids, their products, consortium members and suppliers. */
function population(system: TaxBenefitSystem, tender: TenderInput, period: Period): Population {
  const pop = new Population(system);
  const bids = tender.bids;
  const products = bids.flatMap((b, i) => b.products.map((values) => ({ bid: i, values })));
  const members = bids.flatMap((b, i) => b.members.map((values) => ({ bid: i, values })));
  const suppliers = bids.flatMap((b, i) => (b.supplier ? [{ bid: i, values: b.supplier }] : []));
  // Every entity, also those without members: formulas reach them through links and aggregates.
  for (const key of system.entities.keys()) pop.addEntity(key, 0);
  pop.addEntity('tender', 1, [String(tender.id)]);
  pop.addEntity(
    'bid',
    bids.length,
    bids.map((b) => String(b.id)),
  );
  pop.addEntity('bid_product', products.length);
  pop.addEntity('consortium_member', members.length);
  pop.addEntity('enterprise', suppliers.length);
  const set = (fields: Readonly<Record<string, string>>, rows: readonly Values[], at: Period) => {
    for (const id of Object.values(fields)) pop.setInput(id, at, column(system, id, rows));
  };
  set(TENDER_FIELDS, [tender.values], Period.ETERNITY);
  set(
    BID_FIELDS,
    bids.map((b) => b.values),
    Period.ETERNITY,
  );
  set(
    PRODUCT_FIELDS,
    products.map((p) => p.values),
    Period.ETERNITY,
  );
  set(
    MEMBER_FIELDS,
    members.map((m) => m.values),
    Period.ETERNITY,
  );
  set(
    SUPPLIER_FIELDS,
    suppliers.map((s) => s.values),
    period,
  );
  pop.setLink('bid', 'tender', new Int32Array(bids.length));
  const supplierOf = new Int32Array(bids.length).fill(-1);
  suppliers.forEach((s, k) => {
    supplierOf[s.bid] = k;
  });
  pop.setLink('bid', 'supplier', supplierOf);
  pop.setLink(
    'bid_product',
    'bid',
    Int32Array.from(products, (p) => p.bid),
  );
  pop.setLink(
    'consortium_member',
    'bid',
    Int32Array.from(members, (m) => m.bid),
  );
  return pop;
}

/** An engine error of a tender's evaluation as a problem at the field the user can fix. */
function problemOf(system: TaxBenefitSystem, e: unknown, tender: TenderInput, date: string): Problem | undefined {
  const problem = (path: string, message: Labels): Problem => ({
    path: `${tender.base}${path}`,
    ...(tender.row !== undefined ? { row: tender.row } : {}),
    field: path.slice(path.lastIndexOf('/') + 1),
    message,
  });
  if (e instanceof PeriodError || e instanceof ParameterNotFoundError) return problem('/date', interpolate(WORDS.no_rule, { date }));
  if (!(e instanceof FormulaError)) return undefined;
  const row = e.row ?? 0;
  const rateProblem = (field: string, rateId: string, path: string) => {
    const rate = Number(tender.values.get(rateId) ?? 0);
    const min = system.parameter(`${path}.min`).at(date).value as number;
    const max = system.parameter(`${path}.max`).at(date).value as number;
    if (rate >= min && rate <= max) return problem(`/${field}`, interpolate(WORDS.cannot_compute, { detail: e.message }));
    return problem(
      `/${field}`,
      interpolate(WORDS.rate_outside, { rate: `${rate} (${percent(rate)})`, min: percent(min), max: percent(max), date }),
    );
  };
  if (/no rule is encoded/.test(e.message)) return problem('/date', interpolate(WORDS.no_rule, { date }));
  switch (e.variable) {
    case 'tender_price_deduction_rate':
      return rateProblem('deduction_rate', 'tender_deduction_rate', 'procurement.price_deduction.small_micro');
    case 'tender_consortium_price_deduction_rate':
      return rateProblem('consortium_deduction_rate', 'tender_consortium_deduction_rate', 'procurement.price_deduction.consortium');
    case 'bid_consortium_small_micro_share': {
      const shares = tender.bids[row]?.members.map((m) => Number(m.get('consortium_member_share') ?? 0)) ?? [];
      const sum = Math.round(shares.reduce((a, b) => a + b, 0) * 1e9) / 1e9;
      return problem(`/bids/${row}/consortium`, interpolate(WORDS.shares_sum, { sum }));
    }
    case 'bid_price_score':
      return problem(`/bids/${row}/price`, WORDS.zero_price);
    default:
      return problem('', interpolate(WORDS.cannot_compute, { detail: e.message }));
  }
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

function evaluateTender(system: TaxBenefitSystem, tender: TenderInput, lang: Lang, trace: boolean): TenderResult {
  const date = fromDayNumber(tender.values.get('tender_date') as number);
  const period = Period.parse(date.slice(0, 4));
  const sim = new Simulation(system, population(system, tender, period), { trace });
  const comprehensive = tender.values.get('tender_evaluation_method') === comprehensiveIndex(system);
  const cols: Record<string, Float64Array | Uint8Array> = {};
  try {
    for (const id of OUTPUTS) cols[id] = sim.calculate(id, period) as Float64Array | Uint8Array;
  } catch (e) {
    const problem = problemOf(system, e, tender, date);
    if (problem) throw new AppError('XW_ERR_CANNOT_COMPUTE', { count: 1 }, [problem]);
    throw e;
  }
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
  const raws: unknown[] = single ? [request.body] : (request.body as unknown[]);
  const read = raws.map((raw, k) => (single ? readTender(system, raw, '', undefined) : readTender(system, raw, `/${k}`, k + 1)));
  const problems = read.flatMap((r) => r.problems);
  if (problems.length > 0) throw AppError.validation(problems);
  const results = read.map((r) => evaluateTender(system, r.tender, request.lang, request.explain));
  const head = { ...engine.version };
  return single ? { ...head, result: results[0] } : { ...head, results };
}
