import { readFile } from 'node:fs/promises';
import { text as readStream } from 'node:stream/consumers';
import {
  idText as appIdText,
  type ExactJson,
  evaluateTender,
  JsonNumberText,
  parseJsonExact,
  readTender,
  type TenderId,
  type TenderOutcome,
  type TenderRecord,
} from '@xiaowei/app';
import { formatMoney, interpolate, type Labels, type Lang, renderTrace, type TaxBenefitSystem, type TraceNode } from '@xiaowei/engine';
import { getSystem, percent, TenderRuleError } from '@xiaowei/policy';
import { formatFen, formatNumber } from '@xiaowei/policy/format';
import type { Command } from 'commander';
import { CliError, InputError } from '../cli-error.ts';
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
} as const satisfies Record<string, Labels>;

const words = (key: keyof typeof WORDS, params: Readonly<Record<string, unknown>> = {}): Labels => interpolate(WORDS[key], params);

type Id = TenderId;
type Evaluated = TenderOutcome<Id>;

const idText = (id: Id): string => appIdText(id);
const idJson = (id: Id): JsonValue => (typeof id === 'object' ? new RawJsonNumber(id.text) : id);

/** Where a tender's problem is, in this command's notation (`bids[2].consortium[0].share`). */
function fieldOf(path: readonly (string | number)[]): string {
  return path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at === '' ? key : `${at}.${key}`), '');
}

const exactNumber = (value: object): string | undefined => (value instanceof JsonNumberText ? value.text : undefined);

function evaluateOne(system: TaxBenefitSystem, source: string, tender: TenderRecord, row: number, trace: boolean): Evaluated {
  try {
    return evaluateTender(system, tender, { trace });
  } catch (e) {
    if (e instanceof TenderRuleError) throw new InputError(source, [{ row, field: fieldOf(e.path), message: e.messages }]);
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
  const { lang } = options;
  const comprehensive = ev.method === 'comprehensive';
  return ev.bids.map((bid) => {
    const reasonText = bid.reason[lang];
    const evaluatedText = formatMoney(bid.evaluatedPriceFen);
    const rate = bid.deductionRate;
    const priceScore = bid.priceScore ?? 0;
    const totalScore = bid.totalScore ?? 0;
    const json: Record<string, JsonValue> = {
      id: idJson(bid.id),
      price_deduction_rate: rate,
      evaluated_price: new RawJsonNumber(evaluatedText),
      ...(comprehensive ? { price_score: priceScore, total_score: totalScore } : {}),
      rank: bid.rank,
      deduction_reason: bid.deductionReason,
    };
    const rank = bid.rank ?? 0;
    const cells: Record<string, Cell> = {
      id: { json: idJson(bid.id), csv: idText(bid.id), table: idText(bid.id) },
      rate: { json: rate, csv: String(rate), table: percent(rate), numeric: true },
      // Tables for people: separators, scores to two decimals (CSV and JSON keep every digit).
      evaluated: { json: null, csv: evaluatedText, table: formatFen(bid.evaluatedPriceFen, lang), numeric: true },
      price_score: { json: null, csv: String(priceScore), table: formatNumber(priceScore, lang, 2), numeric: true },
      total_score: { json: null, csv: String(totalScore), table: formatNumber(totalScore, lang, 2), numeric: true },
      rank: { json: null, csv: String(rank), table: bid.rank !== null ? String(rank) : WORDS.not_ranked[lang], numeric: bid.rank !== null },
      reason: { json: null, csv: reasonText, table: reasonText },
    };
    const notes: string[] = [];
    if (bid.trace && bid.traced) {
      json.reason = reasonText;
      json.trace = { [bid.traced]: traceToJson(system, bid.trace) };
      notes.push(renderTrace(bid.trace, lang));
    }
    return { json, cells, notes };
  });
}

function tenderTable(ev: Evaluated, results: readonly BidResult[], lang: Lang): string {
  const comprehensive = ev.method === 'comprehensive';
  const method = comprehensive ? WORDS.comprehensive[lang] : WORDS.lowest_price[lang];
  const title = words('tender_title', { id: idText(ev.id), date: ev.date, method })[lang];
  const columns = [
    { key: 'id', header: WORDS.header_bid[lang] },
    { key: 'rate', header: WORDS.header_rate[lang] },
    { key: 'evaluated', header: WORDS.header_evaluated[lang] },
    ...(comprehensive
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
  const read = raws.map((raw) => readTender(system, raw, { exactNumber }));
  const problems = read.flatMap((r, k) => r.problems.map((p) => ({ row: k + 1, field: fieldOf(p.path), message: p.message })));
  if (problems.length > 0) throw new InputError(file, problems);
  const evaluated = read.map((r, k) => evaluateOne(system, file, r.tender, k + 1, options.explain === true));
  const results = evaluated.map((ev) => bidResults(system, ev, options));
  if (options.format === 'table') {
    return evaluated.map((ev, k) => tenderTable(ev, results[k], options.lang)).join('\n');
  }
  const objects = evaluated.map((ev, k) => ({ tender: idJson(ev.id), bids: results[k].map((r) => r.json) }));
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
