import { readFile } from 'node:fs/promises';
import { text as readStream } from 'node:stream/consumers';
import { type ExactJson, JsonNumberText, parseJsonExact } from '@xiaowei/app';
import {
  decodeValue,
  explain,
  formatMoney,
  INPUT_MESSAGES,
  interpolate,
  type Labels,
  type Lang,
  renderTrace,
  type TaxBenefitSystem,
  type TraceNode,
} from '@xiaowei/engine';
import {
  BID_FIELDS,
  comprehensiveIndex,
  DEDUCTION_REASON_LABELS,
  DEDUCTION_REASONS,
  type EvaluatedTender,
  evaluateTender,
  getSystem,
  MEMBER_FIELDS,
  PRODUCT_FIELDS,
  percent,
  SUPPLIER_FIELDS,
  TENDER_FIELDS,
  TENDER_FORMAT_MESSAGES,
  type TenderBid,
  type TenderData,
  TenderRuleError,
  type TenderValues,
} from '@xiaowei/policy';
import { formatFen, formatNumber } from '@xiaowei/policy/format';
import type { Command } from 'commander';
import { CliError, InputError, type InputProblem } from '../cli-error.ts';
import { type JsonValue, RawJsonNumber, toJsonText } from '../json-text.ts';
import { messageLabels } from '../messages.ts';
import { formatOption, langOption } from '../options.ts';
import type { Cell, OutputRow } from '../output-table.ts';
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
  ...TENDER_FORMAT_MESSAGES,
} as const satisfies Record<string, Labels>;

const words = (key: keyof typeof WORDS, params: Readonly<Record<string, unknown>> = {}): Labels => interpolate(WORDS[key], params);

type Fields = Readonly<Record<string, string>>;
type Values = TenderValues;
type Id = string | JsonNumberText;
type BidInput = TenderBid<Id>;

interface TenderInput extends TenderData<Id> {
  /** Position in the file (1-based), the row of its problems. */
  readonly row: number;
}

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
/** Where a tender's rule problem is, in this command's notation (`bids[2].consortium`). */
function fieldOf(path: readonly (string | number)[]): string {
  return path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at === '' ? key : `${at}.${key}`), '');
}

type Evaluated = EvaluatedTender<Id> & { readonly tender: TenderInput };

function evaluateOne(system: TaxBenefitSystem, source: string, tender: TenderInput, trace: boolean): Evaluated {
  try {
    return evaluateTender(system, tender, trace) as Evaluated;
  } catch (e) {
    if (e instanceof TenderRuleError) throw new InputError(source, [{ row: tender.row, field: fieldOf(e.path), message: e.messages }]);
    throw e;
  }
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
      // Tables for people: separators, scores to two decimals (CSV and JSON keep every digit).
      evaluated: { json: null, csv: evaluatedText, table: formatFen(evaluated[i], lang), numeric: true },
      price_score: { json: null, csv: String(priceScore[i]), table: formatNumber(priceScore[i], lang, 2), numeric: true },
      total_score: { json: null, csv: String(totalScore[i]), table: formatNumber(totalScore[i], lang, 2), numeric: true },
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
  const evaluated = read.map((r) => evaluateOne(system, file, r.tender, options.explain === true));
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
