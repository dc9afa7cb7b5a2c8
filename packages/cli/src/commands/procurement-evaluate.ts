import { readFile } from 'node:fs/promises';
import { text as readStream } from 'node:stream/consumers';
import {
  type Column,
  decodeValue,
  defaultColumn,
  explain,
  FormulaError,
  formatMoney,
  fromDayNumber,
  INPUT_MESSAGES,
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
  type TraceNode,
} from '@xiaowei/engine';
import { DEDUCTION_REASON_LABELS, DEDUCTION_REASONS, getSystem } from '@xiaowei/policy';
import type { Command } from 'commander';
import { CliError, InputError, type InputProblem } from '../cli-error.ts';
import { type JsonValue, RawJsonNumber, toJsonText } from '../json-text.ts';
import { messageLabels } from '../messages.ts';
import { formatOption, langOption } from '../options.ts';
import type { Cell, OutputRow } from '../output-table.ts';
import { type ExactJson, JsonNumberText, parseJsonExact } from '../parse-json-exact.ts';
import { renderTable } from '../render-table.ts';

export interface ProcurementEvaluateOptions {
  readonly format: 'json' | 'table';
  readonly explain?: boolean;
  readonly lang: Lang;
}

/** The command's own words, in every language. */
const WORDS = {
  header_bid: { 'zh-CN': '投标', ko: '입찰', en: 'Bid' },
  header_rate: { 'zh-CN': '价格扣除', ko: '가격 공제', en: 'Deduction' },
  header_evaluated: { 'zh-CN': '评审价格（元）', ko: '평가 가격(위안)', en: 'Evaluated price (yuan)' },
  header_price_score: { 'zh-CN': '价格得分', ko: '가격 점수', en: 'Price score' },
  header_total_score: { 'zh-CN': '综合得分', ko: '종합 점수', en: 'Total score' },
  header_rank: { 'zh-CN': '排名', ko: '순위', en: 'Rank' },
  header_reason: { 'zh-CN': '依据', ko: '사유', en: 'Reason' },
  tender_title: {
    'zh-CN': '采购项目 {id}（{date}，{method}）',
    ko: '조달 입찰 {id} ({date}, {method})',
    en: 'Tender {id} ({date}, {method})',
  },
  lowest_price: { 'zh-CN': '最低评标价法', ko: '최저 평가가격법', en: 'lowest evaluated price' },
  comprehensive: { 'zh-CN': '综合评分法', ko: '종합평가법', en: 'comprehensive scoring' },
  not_ranked: { 'zh-CN': '未通过符合性审查', ko: '적격성 심사 탈락', en: 'not compliant' },
  not_a_tender: {
    'zh-CN': '输入必须是一个采购项目对象或由采购项目对象组成的数组',
    ko: '입력은 조달 입찰 객체 하나 또는 그 배열이어야 합니다',
    en: 'the input must be a tender object or an array of tender objects',
  },
  not_an_object: { 'zh-CN': '应为 JSON 对象', ko: 'JSON 객체여야 합니다', en: 'must be a JSON object' },
  not_a_list: { 'zh-CN': '应为 JSON 数组', ko: 'JSON 배열이어야 합니다', en: 'must be a JSON array' },
  not_a_value: { 'zh-CN': '应为单个值', ko: '단일 값이어야 합니다', en: 'must be a single value' },
  missing: { 'zh-CN': '缺少必填字段', ko: '필수 항목이 없습니다', en: 'is required' },
  bad_id: { 'zh-CN': '编号必须是文本或数字', ko: '번호는 텍스트나 숫자여야 합니다', en: 'an id must be text or a number' },
  duplicate_id: { 'zh-CN': '投标编号“{id}”重复', ko: '입찰 번호 “{id}”이(가) 중복됩니다', en: 'duplicate bid id "{id}"' },
  no_bids: { 'zh-CN': '至少需要一个投标', ko: '입찰이 하나 이상 필요합니다', en: 'needs at least one bid' },
  supplier_twice: {
    'zh-CN': '请给出 supplier_size_class 或 supplier 企业数据之一，不能两者都给',
    ko: 'supplier_size_class와 supplier 기업 자료 중 하나만 주십시오',
    en: 'give either supplier_size_class or the supplier figures, not both',
  },
  weight_required: {
    'zh-CN': '综合评分法需要 price_weight',
    ko: '종합평가법에는 price_weight가 필요합니다',
    en: 'comprehensive scoring needs price_weight',
  },
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

const words = (key: keyof typeof WORDS, params: Readonly<Record<string, unknown>> = {}): Labels => interpolate(WORDS[key], params);

/** Input fields → input variables, per level of the tender file. */
const TENDER_FIELDS = {
  date: 'tender_date',
  reserved_for_sme: 'tender_reserved_for_sme',
  method: 'tender_evaluation_method',
  price_weight: 'tender_price_weight',
  deduction_rate: 'tender_deduction_rate',
  consortium_deduction_rate: 'tender_consortium_deduction_rate',
} as const;
const BID_FIELDS = {
  price: 'bid_price',
  technical_score: 'bid_technical_score',
  supplier_size_class: 'bid_declared_size_class',
  compliant: 'bid_compliant',
} as const;
const PRODUCT_FIELDS = {
  manufacturer_size_class: 'bid_product_manufacturer_size_class',
  large_enterprise_trademark: 'bid_product_large_enterprise_trademark',
} as const;
const MEMBER_FIELDS = { size_class: 'consortium_member_size_class', share: 'consortium_member_share' } as const;
const SUPPLIER_FIELDS = { industry: 'industry', employees: 'employees', revenue: 'revenue', total_assets: 'total_assets' } as const;

type Fields = Readonly<Record<string, string>>;
/** Decoded values of one object: variable id → value in column units. */
type Values = Map<string, number | string>;
type Id = string | JsonNumberText;

interface BidInput {
  readonly id: Id;
  readonly values: Values;
  readonly supplier: Values | undefined;
  readonly products: readonly Values[];
  readonly members: readonly Values[];
}

interface TenderInput {
  readonly id: Id;
  /** Position in the file (1-based), the row of its problems. */
  readonly row: number;
  readonly values: Values;
  readonly bids: readonly BidInput[];
}

/** Index of `comprehensive` in the evaluation-method enum. */
const comprehensiveIndex = (system: TaxBenefitSystem): number =>
  system.variable('tender_evaluation_method').enumIndex?.get('comprehensive') ?? -1;

const idText = (id: Id): string => (id instanceof JsonNumberText ? id.text : id);
const idJson = (id: Id): JsonValue => (id instanceof JsonNumberText ? new RawJsonNumber(id.text) : id);
const isObject = (v: ExactJson | undefined): v is { [key: string]: ExactJson } =>
  v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) && !(v instanceof JsonNumberText);

/** Collects the problems of one tender, each with its field path (`bids[2].consortium[0].share`). */
class Problems {
  readonly list: InputProblem[] = [];
  constructor(private readonly row: number) {}
  add(path: string, message: Labels): void {
    this.list.push({ row: this.row, field: path, message });
  }
}

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/**
 * Decodes the fields of `raw` listed in `fields` with their variables' own checks (types, ranges,
 * choices); `nested` fields are read by the caller; anything else is an unknown field.
 */
function decodeFields(
  system: TaxBenefitSystem,
  raw: { [key: string]: ExactJson },
  fields: Fields,
  nested: readonly string[],
  required: readonly string[],
  path: string,
  problems: Problems,
): Values {
  const values: Values = new Map();
  for (const [key, value] of Object.entries(raw)) {
    if (nested.includes(key)) continue;
    const id = fields[key];
    if (id === undefined) {
      problems.add(join(path, key), interpolate(INPUT_MESSAGES.unknown_field, { field: key }));
      continue;
    }
    if (value === null) continue;
    if (typeof value === 'object' && !(value instanceof JsonNumberText)) {
      problems.add(join(path, key), WORDS.not_a_value);
      continue;
    }
    const variable = system.variable(id);
    // Amounts keep the digits as written; other numbers are read as numbers.
    const plain = value instanceof JsonNumberText ? (variable.valueType === 'money' ? value.text : value.value) : value;
    const decoded = decodeValue(variable, plain);
    if (typeof decoded === 'object') problems.add(join(path, key), decoded.message);
    else values.set(id, decoded);
  }
  for (const key of required) if (raw[key] === undefined || raw[key] === null) problems.add(join(path, key), WORDS.missing);
  return values;
}

/** A list field: absent is empty; anything but an array of objects is a problem. */
function list(raw: ExactJson | undefined, path: string, problems: Problems): { [key: string]: ExactJson }[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.add(path, WORDS.not_a_list);
    return [];
  }
  return raw.flatMap((item, k) => {
    if (isObject(item)) return [item];
    problems.add(join(path, k), WORDS.not_an_object);
    return [];
  });
}

function readId(raw: ExactJson | undefined, path: string, problems: Problems): Id {
  if (typeof raw === 'string' && raw.trim() !== '') return raw.trim();
  if (raw instanceof JsonNumberText) return raw;
  problems.add(path, raw === undefined || raw === null ? WORDS.missing : WORDS.bad_id);
  return '';
}

function readTender(system: TaxBenefitSystem, raw: ExactJson, row: number): { tender: TenderInput; problems: InputProblem[] } {
  const problems = new Problems(row);
  const empty: TenderInput = { id: '', row, values: new Map(), bids: [] };
  if (!isObject(raw)) {
    problems.add('', WORDS.not_an_object);
    return { tender: empty, problems: problems.list };
  }
  const id = readId(raw.id, 'id', problems);
  const values = decodeFields(system, raw, TENDER_FIELDS, ['id', 'bids'], ['date'], '', problems);
  if (values.get('tender_evaluation_method') === comprehensiveIndex(system) && !values.has('tender_price_weight'))
    problems.add('price_weight', WORDS.weight_required);
  if (raw.bids === undefined || raw.bids === null) problems.add('bids', WORDS.missing);
  else if (Array.isArray(raw.bids) && raw.bids.length === 0) problems.add('bids', WORDS.no_bids);
  const seen = new Set<string>();
  const bids = list(raw.bids, 'bids', problems).map((bid, k): BidInput => {
    const path = join('bids', k);
    const bidId = readId(bid.id, join(path, 'id'), problems);
    if (bidId !== '' && seen.has(idText(bidId))) problems.add(join(path, 'id'), words('duplicate_id', { id: idText(bidId) }));
    seen.add(idText(bidId));
    const bidValues = decodeFields(system, bid, BID_FIELDS, ['id', 'products', 'consortium', 'supplier'], ['price'], path, problems);
    let supplier: Values | undefined;
    if (bid.supplier !== undefined && bid.supplier !== null) {
      if (!isObject(bid.supplier)) problems.add(join(path, 'supplier'), WORDS.not_an_object);
      else {
        if (bid.supplier_size_class !== undefined && bid.supplier_size_class !== null)
          problems.add(join(path, 'supplier'), WORDS.supplier_twice);
        supplier = decodeFields(system, bid.supplier, SUPPLIER_FIELDS, [], ['industry'], join(path, 'supplier'), problems);
      }
    }
    const products = list(bid.products, join(path, 'products'), problems).map((p, j) =>
      decodeFields(system, p, PRODUCT_FIELDS, [], ['manufacturer_size_class'], join(join(path, 'products'), j), problems),
    );
    const members = list(bid.consortium, join(path, 'consortium'), problems).map((m, j) =>
      decodeFields(system, m, MEMBER_FIELDS, [], ['size_class', 'share'], join(join(path, 'consortium'), j), problems),
    );
    return { id: bidId, values: bidValues, supplier, products, members };
  });
  return { tender: { id, row, values, bids }, problems: problems.list };
}

/** Column of `variable` for `rows`, defaults where a row does not give it. */
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
  pop.addEntity('tender', 1, [idText(tender.id)]);
  pop.addEntity(
    'bid',
    bids.length,
    bids.map((b) => idText(b.id)),
  );
  pop.addEntity('bid_product', products.length);
  pop.addEntity('consortium_member', members.length);
  pop.addEntity('enterprise', suppliers.length);
  const set = (ids: Fields, rows: readonly Values[], at: Period) => {
    for (const id of Object.values(ids)) pop.setInput(id, at, column(system, id, rows));
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

/** A rate for people: 0.06 → 6%. */
const percent = (rate: number): string => `${Number((rate * 100).toFixed(7))}%`;

/** An engine error of a tender's evaluation as a problem with the field path the user can fix. */
function problemOf(system: TaxBenefitSystem, e: unknown, tender: TenderInput, date: string): InputProblem | undefined {
  const problem = (field: string, message: Labels): InputProblem => ({ row: tender.row, field, message });
  if (e instanceof PeriodError || e instanceof ParameterNotFoundError) return problem('date', words('no_rule', { date }));
  if (!(e instanceof FormulaError)) return undefined;
  const row = e.row ?? 0;
  const rateProblem = (field: string, rateId: string, path: string) => {
    const rate = Number(tender.values.get(rateId) ?? 0);
    const min = system.parameter(`${path}.min`).at(date).value as number;
    const max = system.parameter(`${path}.max`).at(date).value as number;
    if (rate >= min && rate <= max) return problem(field, words('cannot_compute', { detail: e.message }));
    return problem(field, words('rate_outside', { rate: `${rate} (${percent(rate)})`, min: percent(min), max: percent(max), date }));
  };
  if (/no rule is encoded/.test(e.message)) return problem('date', words('no_rule', { date }));
  switch (e.variable) {
    case 'tender_price_deduction_rate':
      return rateProblem('deduction_rate', 'tender_deduction_rate', 'procurement.price_deduction.small_micro');
    case 'tender_consortium_price_deduction_rate':
      return rateProblem('consortium_deduction_rate', 'tender_consortium_deduction_rate', 'procurement.price_deduction.consortium');
    case 'bid_consortium_small_micro_share': {
      const shares = tender.bids[row]?.members.map((m) => Number(m.get('consortium_member_share') ?? 0)) ?? [];
      const sum = Math.round(shares.reduce((a, b) => a + b, 0) * 1e9) / 1e9;
      return problem(`bids[${row}].consortium`, words('shares_sum', { sum }));
    }
    case 'bid_price_score':
      return problem(`bids[${row}].price`, WORDS.zero_price);
    default:
      return problem('', words('cannot_compute', { detail: e.message }));
  }
}

interface Evaluated {
  readonly tender: TenderInput;
  readonly date: string;
  readonly comprehensive: boolean;
  readonly sim: Simulation;
  readonly period: Period;
}

function evaluateTender(system: TaxBenefitSystem, source: string, tender: TenderInput, trace: boolean): Evaluated {
  const date = fromDayNumber(tender.values.get('tender_date') as number);
  const period = Period.parse(date.slice(0, 4));
  const sim = new Simulation(system, population(system, tender, period), { trace });
  try {
    for (const id of [
      'bid_price_deduction_rate',
      'bid_evaluated_price',
      'bid_price_score',
      'bid_total_score',
      'bid_rank',
      'bid_deduction_reason',
    ]) {
      sim.calculate(id, period);
    }
  } catch (e) {
    const problem = problemOf(system, e, tender, date);
    if (problem) throw new InputError(source, [problem]);
    throw e;
  }
  return { tender, date, comprehensive: tender.values.get('tender_evaluation_method') === comprehensiveIndex(system), sim, period };
}

/** A trace as JSON, money written exactly from its yuan value (at most 2 decimals). */
function traceToJson(system: TaxBenefitSystem, node: TraceNode): JsonValue {
  const money = system.variable(node.variable).valueType === 'money' && typeof node.value === 'number';
  const value: JsonValue = money ? new RawJsonNumber(formatMoney(Math.round((node.value as number) * 100))) : node.value;
  return {
    ...(node as unknown as Record<string, JsonValue>),
    value,
    children: node.children.map((child) => traceToJson(system, child)),
  };
}

interface BidResult {
  readonly json: Record<string, JsonValue>;
  readonly cells: Record<string, Cell>;
  readonly notes: string[];
}

function bidResults(system: TaxBenefitSystem, ev: Evaluated, options: ProcurementEvaluateOptions): BidResult[] {
  const { sim, period, comprehensive } = ev;
  const { lang } = options;
  const get = (id: string) => sim.calculate(id, period) as Float64Array | Uint8Array;
  const rate = get('bid_price_deduction_rate');
  const evaluated = get('bid_evaluated_price');
  const priceScore = get('bid_price_score');
  const totalScore = get('bid_total_score');
  const rank = get('bid_rank');
  const reason = get('bid_deduction_reason');
  return ev.tender.bids.map((bid, i) => {
    const reasonName = DEDUCTION_REASONS[reason[i]];
    const reasonText = DEDUCTION_REASON_LABELS[reasonName][lang];
    const evaluatedText = formatMoney(evaluated[i]);
    const ranked = rank[i] > 0;
    const json: Record<string, JsonValue> = {
      id: idJson(bid.id),
      price_deduction_rate: rate[i],
      evaluated_price: new RawJsonNumber(evaluatedText),
      ...(comprehensive ? { price_score: priceScore[i], total_score: totalScore[i] } : {}),
      rank: ranked ? rank[i] : null,
      deduction_reason: reasonName,
    };
    const cells: Record<string, Cell> = {
      id: { json: idJson(bid.id), csv: idText(bid.id), table: idText(bid.id) },
      rate: { json: rate[i], csv: String(rate[i]), table: percent(rate[i]), numeric: true },
      evaluated: { json: null, csv: evaluatedText, table: evaluatedText, numeric: true },
      price_score: { json: null, csv: String(priceScore[i]), table: String(priceScore[i]), numeric: true },
      total_score: { json: null, csv: String(totalScore[i]), table: String(totalScore[i]), numeric: true },
      rank: { json: null, csv: String(rank[i]), table: ranked ? String(rank[i]) : WORDS.not_ranked[lang], numeric: ranked },
      reason: { json: null, csv: reasonText, table: reasonText },
    };
    const notes: string[] = [];
    if (options.explain) {
      // The total score explains a comprehensive evaluation (its price score holds the deduction); the
      // evaluated price explains a lowest-price one. The rank itself is a sort, with nothing more to trace.
      const traced = comprehensive ? 'bid_total_score' : 'bid_evaluated_price';
      const node = explain(sim, traced, period, i);
      json.reason = reasonText;
      json.trace = { [traced]: traceToJson(system, node) };
      notes.push(renderTrace(node, lang));
    }
    return { json, cells, notes };
  });
}

function tenderTable(ev: Evaluated, results: readonly BidResult[], lang: Lang): string {
  const method = ev.comprehensive ? WORDS.comprehensive[lang] : WORDS.lowest_price[lang];
  const title = words('tender_title', { id: idText(ev.tender.id), date: ev.date, method })[lang];
  const columns = [
    { key: 'id', header: WORDS.header_bid[lang] },
    { key: 'rate', header: WORDS.header_rate[lang] },
    { key: 'evaluated', header: WORDS.header_evaluated[lang] },
    ...(ev.comprehensive
      ? [
          { key: 'price_score', header: WORDS.header_price_score[lang] },
          { key: 'total_score', header: WORDS.header_total_score[lang] },
        ]
      : []),
    { key: 'rank', header: WORDS.header_rank[lang] },
    { key: 'reason', header: WORDS.header_reason[lang] },
  ];
  const rows: OutputRow[] = results.map((r) => ({ cells: r.cells, notes: r.notes }));
  return `${title}\n${renderTable({ columns, rows })}`;
}

async function readInput(file: string): Promise<string> {
  if (file === '-') return readStream(process.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new CliError(messageLabels('file_not_found', { file }));
    throw new CliError(messageLabels('cannot_read', { file, detail: err.message }));
  }
}

/**
 * `xiaowei procurement evaluate FILE`: the price deductions of Guofa [2012] No. 14 item 05 (财库〔2011〕181号)
 * in the evaluation of one tender's bids — or of each tender of an array — with the evaluated prices,
 * the scores under comprehensive scoring and the ranking. Every input problem of the file is reported
 * with its field path and nothing is printed; a rule the tender breaks (a deduction rate outside the
 * legal range, consortium shares not adding up to 1) is reported the same way.
 * @example await procurementEvaluate('examples/tender.json', { format: 'json', lang: 'en' })
 */
export async function procurementEvaluate(file: string, options: ProcurementEvaluateOptions): Promise<string> {
  const system = getSystem();
  const text = (await readInput(file)).replace(/^\uFEFF/, '');
  let data: ExactJson;
  try {
    data = parseJsonExact(text);
  } catch (e) {
    throw new CliError(messageLabels('bad_json', { file, detail: (e as Error).message }));
  }
  const single = !Array.isArray(data);
  const raws: ExactJson[] = Array.isArray(data) ? data : [data];
  if (raws.length === 0) throw new CliError(WORDS.not_a_tender);
  const read = raws.map((raw, k) => readTender(system, raw, k + 1));
  const problems = read.flatMap((r) => r.problems);
  if (problems.length > 0) throw new InputError(file, problems);
  const evaluated = read.map((r) => evaluateTender(system, file, r.tender, options.explain === true));
  const results = evaluated.map((ev) => bidResults(system, ev, options));
  if (options.format === 'table') {
    return evaluated.map((ev, k) => tenderTable(ev, results[k], options.lang)).join('\n');
  }
  const objects = evaluated.map((ev, k) => ({ tender: idJson(ev.tender.id), bids: results[k].map((r) => r.json) }));
  return `${toJsonText(single ? objects[0] : objects)}\n`;
}

/** Registers `procurement evaluate` on the program (the `procurement` command groups the item-05 tools). */
export function registerProcurementEvaluate(program: Command): void {
  const procurement =
    program.commands.find((c) => c.name() === 'procurement') ??
    program.command('procurement').description('government procurement for small and micro enterprises (国发〔2012〕14号 item 05)');
  procurement
    .command('evaluate')
    .description('price deductions, evaluated prices, scores and ranks of the bids of a tender (财库〔2011〕181号)')
    .argument('<file>', 'a .json file holding a tender (or an array of tenders), or - for standard input')
    .addOption(formatOption(['json', 'table']))
    .option('--explain', "add each bid's reason and the trace of its evaluation: formulas, parameters and their legal references")
    .addOption(langOption())
    .action(async (file: string, options: ProcurementEvaluateOptions) => {
      process.stdout.write(await procurementEvaluate(file, options));
    });
}
