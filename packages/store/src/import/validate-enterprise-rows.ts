/**
 * Validating the records of an import file (CSV / Excel / JSON, already parsed into objects keyed by
 * the column names as written) into typed import rows, with every problem reported by row and column
 * in zh-CN, ko and en. Values are decoded by the engine's `RecordDecoder` with the policy's enterprise
 * input variables, so a file is accepted exactly when the engine can evaluate it.
 */
import {
  type Column,
  DEFAULT_LANG,
  formatMoney,
  fromDayNumber,
  INPUT_MESSAGES,
  interpolate,
  type Labels,
  type Lang,
  parseMoney,
  RecordDecoder,
  type Variable,
} from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import { readCreditCode } from '@xiaowei/policy/identifiers';
import { COLUMN_VARIABLES, checkId, isYear, registryIndustry } from '../enterprise-fields.ts';
import { cleanText, textProblem } from '../text.ts';
import { columnNames } from './column-names.ts';
import type { EnterpriseImportRow, ImportProblem } from './import-row.ts';

export interface ValidateOptions {
  /** Language of `message` (every problem also carries all three in `messages`). Default zh-CN. */
  readonly lang?: Lang;
  /** Row number of the first record: 2 (default) for a sheet whose header is row 1. */
  readonly firstRow?: number;
  /** Year of rows without a year column. */
  readonly defaultYear?: number;
  /** Stop collecting problems after this many (default 1,000; the count goes on). */
  readonly maxProblems?: number;
}

export interface ValidationResult {
  readonly rows: EnterpriseImportRow[];
  readonly problems: ImportProblem[];
  /** All problems found, including those beyond `maxProblems`. */
  readonly problemCount: number;
}

const MESSAGES = {
  unknown_column: {
    'zh-CN': '未知的列“{column}”',
    ko: '알 수 없는 열 “{column}”',
    en: 'unknown column "{column}"',
  },
  duplicate_column: {
    'zh-CN': '列“{column}”与“{other}”表示同一字段 {field}',
    ko: '열 “{column}”과(와) “{other}”이(가) 같은 필드 {field}입니다',
    en: 'columns "{column}" and "{other}" are the same field {field}',
  },
  duplicate_row: {
    'zh-CN': '企业 {id} 的 {year} 年度数据重复（首次出现在第 {first} 行）',
    ko: '기업 {id}의 {year}년 데이터가 중복됩니다(처음 {first}행)',
    en: 'enterprise {id}, year {year} appears twice (first on row {first})',
  },
  bad_year: {
    'zh-CN': '“{value}”不是年度（1949–2100 的整数）',
    ko: '“{value}”은(는) 연도가 아닙니다(1949~2100의 정수)',
    en: '"{value}" is not a year (a whole number 1949–2100)',
  },
  credit_code_twice: {
    'zh-CN': '统一社会信用代码 {code} 已在第 {first} 行用于另一家企业',
    ko: '통일사회신용코드 {code}는 {first}행에서 다른 기업에 이미 쓰였습니다',
    en: 'credit code {code} is already given to another enterprise on row {first}',
  },
  name_too_long: {
    'zh-CN': '企业名称过长（最多 200 个字符）',
    ko: '기업명이 너무 깁니다(최대 200자)',
    en: 'the name is too long (at most 200 characters)',
  },
} as const satisfies Record<string, Labels>;

const CHUNK = 4096;

/** The decoded value of `field` for record `i`, or null when the record leaves it blank. */
function cell(rec: Record<string, unknown>, cols: Record<string, Column>, field: string, i: number): unknown {
  return isBlank(rec[field]) ? null : (cols[field] as unknown[] | Float64Array)[i];
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A column value back in input form, for the `inputs` JSON. */
function inputForm(variable: Variable, column: Column, i: number): unknown {
  const v = column[i];
  switch (variable.valueType) {
    case 'money':
      return formatMoney(v as number);
    case 'boolean':
      return v === 1;
    case 'enum':
      return variable.possibleValues?.[v as number];
    case 'date':
      return fromDayNumber(v as number);
    default:
      return v;
  }
}

/**
 * Reads import records chunk by chunk, keeping what a whole file needs (column mapping, the rows seen
 * per enterprise and year), so a file of millions of rows can be validated and written as it streams.
 */
export class EnterpriseRowReader {
  private readonly lang: Lang;
  private readonly firstRow: number;
  private readonly maxProblems: number;
  private readonly canonical: (name: string) => string | undefined;
  private readonly variables: readonly Variable[];
  private readonly decoder: RecordDecoder;
  private readonly others: ReadonlyMap<string, Variable>;
  /** Column name as written → field ('' when unknown), with the column it came from. */
  private readonly columns = new Map<string, string>();
  private readonly reportedColumns = new Set<string>();
  private readonly seen = new Map<string, number>();
  /** Credit code (capitals) → the first row and the id (lower case; '' without one) that gave it. */
  private readonly codes = new Map<string, { row: number; id: string }>();
  private next = 0;
  readonly problems: ImportProblem[] = [];
  problemCount = 0;

  constructor(private readonly options: ValidateOptions = {}) {
    const system = getSystem();
    this.lang = options.lang ?? DEFAULT_LANG;
    this.firstRow = options.firstRow ?? 2;
    this.maxProblems = options.maxProblems ?? 1000;
    this.canonical = columnNames(system);
    this.variables = [...system.variables.values()].filter((v) => v.entity === 'enterprise' && v.isInput);
    this.decoder = new RecordDecoder(this.variables, { firstRow: 0, rejectUnknown: false, required: ['region'] });
    this.others = new Map(this.variables.filter((v) => !(COLUMN_VARIABLES as readonly string[]).includes(v.id)).map((v) => [v.id, v]));
  }

  private report(row: number, column: string, field: string, code: string, messages: Labels, value?: unknown): void {
    this.problemCount++;
    if (this.problems.length >= this.maxProblems) return;
    this.problems.push({ row, column, field, code, message: messages[this.lang], messages, ...(value !== undefined ? { value } : {}) });
  }

  /**
   * Reports a problem found outside the values themselves (the importer's scope, checked in the import's
   * transaction) against `row`, at the column that holds `field` as the file wrote it.
   */
  reportRow(row: number, field: string, code: string, messages: Labels, value?: unknown): void {
    let column = field;
    for (const [written, mapped] of this.columns) {
      if (mapped === field) {
        column = written;
        break;
      }
    }
    this.report(row, column, field, code, messages, value);
  }

  /** Validates the next records; returns the rows of the chunk that are fine (write them only when no problem was found). */
  read(records: readonly unknown[]): EnterpriseImportRow[] {
    const out: EnterpriseImportRow[] = [];
    for (let start = 0; start < records.length; start += CHUNK) out.push(...this.readChunk(records.slice(start, start + CHUNK)));
    return out;
  }

  private readChunk(records: readonly unknown[]): EnterpriseImportRow[] {
    const base = this.firstRow + this.next;
    this.next += records.length;
    const n = records.length;
    // Each record with its keys mapped to fields; the column each field came from, for messages.
    const mapped: (Record<string, unknown> | undefined)[] = new Array(n);
    const origin: Map<string, string>[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const rec = records[i];
      const row = base + i;
      if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
        this.report(row, '', '', 'not_an_object', INPUT_MESSAGES.not_an_object);
        continue;
      }
      const fields: Record<string, unknown> = {};
      const from = new Map<string, string>();
      for (const [column, value] of Object.entries(rec as Record<string, unknown>)) {
        let field = this.columns.get(column);
        if (field === undefined) {
          field = this.canonical(column) ?? '';
          this.columns.set(column, field);
        }
        if (field === '') {
          // An unknown column is reported once, at the first row that has it, unless it is empty there.
          if (!this.reportedColumns.has(column) && !isBlank(value)) {
            this.reportedColumns.add(column);
            this.report(row, column, column, 'unknown_column', interpolate(MESSAGES.unknown_column, { column }));
          }
          continue;
        }
        const other = from.get(field);
        if (other !== undefined) {
          const key = `${other}\u0000${column}`;
          if (!this.reportedColumns.has(key)) {
            this.reportedColumns.add(key);
            this.report(row, column, field, 'duplicate_column', interpolate(MESSAGES.duplicate_column, { column, other, field }));
          }
          continue;
        }
        from.set(field, column);
        fields[field] = typeof value === 'string' ? value.trim() : value;
      }
      mapped[i] = fields;
      origin[i] = from;
    }

    const decoded = this.decoder.decode(mapped.map((m) => m ?? {}));
    const bad = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (mapped[i] === undefined) bad[i] = 1;
    for (const p of decoded.problems) {
      if (mapped[p.row] === undefined) continue;
      bad[p.row] = 1;
      const column = origin[p.row].get(p.field) ?? p.field;
      this.report(base + p.row, column, p.field, p.code, p.message, p.value);
    }
    // The registry takes the size standard's industries only (registryIndustry); the decoder takes any code.
    const industryReported = new Set(decoded.problems.filter((p) => p.field === 'industry').map((p) => p.row));
    for (let i = 0; i < n; i++) {
      const raw = mapped[i]?.industry;
      if (mapped[i] === undefined || industryReported.has(i) || typeof raw !== 'string' || raw === '') continue;
      const p = registryIndustry(raw);
      if (p === undefined) continue;
      bad[i] = 1;
      this.report(base + i, origin[i].get('industry') ?? 'industry', 'industry', p.code, p.message, raw);
    }
    const rows: EnterpriseImportRow[] = [];
    const cols = decoded.columns;
    for (let i = 0; i < n; i++) {
      const rec = mapped[i];
      if (rec === undefined) continue;
      const row = base + i;
      const problem = (field: string, code: string, messages: Labels, value?: unknown) => {
        bad[i] = 1;
        this.report(row, origin[i].get(field) ?? field, field, code, messages, value);
      };

      let id: string | undefined;
      if (!isBlank(rec.id)) {
        id = String(rec.id);
        const p = checkId(id);
        if (p) problem('id', p.code, p.message, rec.id);
      }
      if (isBlank(rec.name)) problem('name', 'missing_value', INPUT_MESSAGES.missing_value);
      else if (String(rec.name).length > 200) problem('name', 'too_long', MESSAGES.name_too_long);
      else {
        const unsafe = textProblem(String(rec.name), 'name');
        if (unsafe) problem('name', unsafe.code, unsafe.message, rec.name);
      }
      let year = this.options.defaultYear;
      if (!isBlank(rec.year)) {
        const y = typeof rec.year === 'number' ? rec.year : /^\d{4}$/.test(String(rec.year)) ? Number(rec.year) : Number.NaN;
        if (isYear(y)) year = y;
        else {
          year = undefined;
          problem('year', 'bad_year', interpolate(MESSAGES.bad_year, { value: rec.year }), rec.year);
        }
      } else if (year === undefined) problem('year', 'missing_value', INPUT_MESSAGES.missing_value);
      let registeredCapitalFen: number | null = null;
      if (!isBlank(rec.registered_capital)) {
        const fen =
          typeof rec.registered_capital === 'string' || typeof rec.registered_capital === 'number'
            ? parseMoney(rec.registered_capital)
            : undefined;
        if (fen === undefined || fen < 0) {
          problem(
            'registered_capital',
            'not_an_amount',
            interpolate(INPUT_MESSAGES.not_an_amount, { value: rec.registered_capital }),
            rec.registered_capital,
          );
        } else registeredCapitalFen = fen;
      }
      let creditCode: string | undefined;
      if (!isBlank(rec.credit_code)) {
        const reading = readCreditCode(String(rec.credit_code));
        if (!reading.ok) problem('credit_code', reading.problem.code, reading.problem.message, rec.credit_code);
        else {
          creditCode = reading.code;
          // One code, one enterprise: the same code on another id's row is an error (the same id's other years may repeat it).
          const first = this.codes.get(reading.code);
          const owner = (id ?? '').toLowerCase();
          if (first === undefined) this.codes.set(reading.code, { row, id: owner });
          else if (first.id !== owner || owner === '')
            problem(
              'credit_code',
              'credit_code_twice',
              interpolate(MESSAGES.credit_code_twice, { code: reading.code, first: first.row }),
              rec.credit_code,
            );
        }
      }
      if (id !== undefined && year !== undefined) {
        const key = `${id}\u0000${year}`;
        const first = this.seen.get(key);
        if (first === undefined) this.seen.set(key, row);
        else problem('id', 'duplicate_row', interpolate(MESSAGES.duplicate_row, { id, year, first }));
      }
      // Rows are built even after another row's problem: the import still checks them against the
      // importer's scope, so that every bad row is listed (nothing is written once there is a problem).
      if (bad[i]) continue;

      const value = (field: string): unknown => cell(rec, cols, field, i);
      const restricted = value('restricted_industry');
      let inputs: Record<string, unknown> | null = null;
      for (const field in rec) {
        const variable = this.others.get(field);
        if (variable === undefined || isBlank(rec[field])) continue;
        inputs ??= {};
        inputs[field] = inputForm(variable, cols[field], i);
      }
      rows.push({
        row,
        ...(id !== undefined ? { id } : {}),
        name: cleanText(String(rec.name)),
        regionCode: String(rec.region).trim(),
        industry: String(rec.industry).trim(),
        // Checked by the decoder as an ISO date: kept as written.
        founded: isBlank(rec.founded) ? null : String(rec.founded),
        registeredCapitalFen,
        ...(creditCode !== undefined ? { creditCode } : {}),
        year: year as number,
        employees: value('employees') as number | null,
        revenueFen: value('revenue') as number | null,
        totalAssetsFen: value('total_assets') as number | null,
        taxableIncomeFen: value('taxable_income') as number | null,
        totalProfitFen: value('total_profit') as number | null,
        restrictedIndustry: restricted === null ? null : restricted === 1,
        inputs,
      });
    }
    return rows;
  }
}

/**
 * Validates import records (keys as written in the file: '企业名称', '统一社会信用代码', '营业收入', or the
 * canonical names, or any enterprise input variable of the policy by id or label). Returns the typed
 * rows and every problem with its row, column and message; write nothing when `problems` is not empty.
 * @example validateEnterpriseRows([{ 企业名称: '甲公司', 所属地区: '370200', 行业: 'C3311', 年度: '2013', 营业收入: 'abc' }], { lang: 'en' }).problems[0].message
 * // '"abc" is not an amount (yuan, at most two decimals)'
 */
export function validateEnterpriseRows(records: Iterable<unknown>, options: ValidateOptions = {}): ValidationResult {
  const reader = new EnterpriseRowReader(options);
  const rows: EnterpriseImportRow[] = [];
  let chunk: unknown[] = [];
  for (const r of records) {
    chunk.push(r);
    if (chunk.length === CHUNK) {
      rows.push(...reader.read(chunk));
      chunk = [];
    }
  }
  if (chunk.length > 0) rows.push(...reader.read(chunk));
  const problems = [...reader.problems].sort((a, b) => a.row - b.row);
  return { rows: reader.problemCount > 0 ? [] : rows, problems, problemCount: reader.problemCount };
}
