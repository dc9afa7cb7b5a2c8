import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors/app-error.ts';

/** The kinds of file an import takes. */
export type UploadKind = 'csv' | 'xlsx';

const WORDS = {
  bad_csv: {
    'zh-CN': '第 {line} 行不是有效的 CSV：{detail}',
    ko: '{line}행이 올바른 CSV가 아닙니다: {detail}',
    en: 'line {line} is not valid CSV: {detail}',
  },
  bad_xlsx: {
    'zh-CN': '无法读取 Excel 工作簿（.xlsx）：{detail}',
    ko: 'Excel 통합 문서(.xlsx)를 읽을 수 없습니다: {detail}',
    en: 'cannot read the Excel workbook (.xlsx): {detail}',
  },
  no_header: { 'zh-CN': '文件没有表头行', ko: '파일에 머리글 행이 없습니다', en: 'the file has no header row' },
  no_rows: {
    'zh-CN': '文件在表头行之后没有数据行',
    ko: '파일에 머리글 행 다음의 데이터 행이 없습니다',
    en: 'the file has no data rows after the header row',
  },
} as const;

const fill = (labels: (typeof WORDS)[keyof typeof WORDS], params: Record<string, unknown>) => {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
  return { 'zh-CN': f(labels['zh-CN']), ko: f(labels.ko), en: f(labels.en) };
};

/** The kind of an uploaded file, from its name (or its type), or undefined. */
export function uploadKind(fileName: string, mimeType: string): UploadKind | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || mimeType === 'text/csv') return 'csv';
  if (name.endsWith('.xlsx') || mimeType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx';
  return undefined;
}

/**
 * CSV text of an upload: UTF-8 (with or without a byte-order mark), or — as spreadsheets saved on a
 * Chinese Windows write it — GB18030 (a superset of GBK) when the bytes are not UTF-8.
 */
export function csvText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

/** Records of a CSV upload, keyed by the header as written; a malformed line is XW_ERR_VALIDATION with its line. */
export async function* csvRecords(buffer: Buffer): AsyncGenerator<Record<string, unknown>> {
  let headed = false;
  const parser = parse(csvText(buffer), {
    columns: (header: string[]) => {
      headed = true;
      if (header.every((h) => h.trim() === ''))
        throw new AppError('XW_ERR_VALIDATION', { count: 1 }, [{ path: '', row: 1, field: '', message: WORDS.no_header }]);
      return header.map((h) => h.trim());
    },
    skip_empty_lines: true,
    relax_column_count: true,
  });
  let rows = 0;
  try {
    for await (const record of parser) {
      rows += 1;
      yield record as Record<string, unknown>;
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines ?? 0;
      throw AppError.validation([
        { path: '', row: line, field: '', message: fill(WORDS.bad_csv, { line, detail: e.message.slice(0, 200) }) },
      ]);
    }
    throw e;
  }
  // Nothing to import is an error, as an empty workbook is, never "completed, 0 rows".
  if (!headed) throw AppError.validation([{ path: '', row: 1, field: '', message: WORDS.no_header }]);
  if (rows === 0) throw AppError.validation([{ path: '', row: 2, field: '', message: WORDS.no_rows }]);
}

/** A cell of a worksheet as import text or number: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
function cellValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== 'object') return v;
  if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return String(v.text);
  if ('error' in v) return null;
  return null;
}

const NOT_ZIP = 'not a ZIP archive (PK signature)';

/** Whether `buffer` starts with a ZIP local file header, as every .xlsx does. */
export function isZipArchive(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;
}

/**
 * Records of the first worksheet of an .xlsx upload, read as a stream (rows are not all held at once),
 * keyed by the header row; an unreadable workbook is XW_ERR_VALIDATION.
 */
export async function* xlsxRecords(buffer: Buffer): AsyncGenerator<Record<string, unknown>> {
  // An .xlsx is a ZIP archive. On anything else — an empty file above all — the streaming reader waits
  // forever for entries that never come, so it is refused before it is read.
  if (!isZipArchive(buffer)) throw AppError.validation([{ path: '', field: '', message: fill(WORDS.bad_xlsx, { detail: NOT_ZIP }) }]);
  let header: string[] | undefined;
  let rows = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      entries: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
        if (header === undefined) {
          header = values.map((v) => (v === null ? '' : String(v).trim()));
          continue;
        }
        if (values.every((v) => v === null || v === '')) continue;
        const record: Record<string, unknown> = {};
        header.forEach((h, j) => {
          if (h !== '' || (values[j] !== null && values[j] !== undefined)) record[h] = values[j] ?? null;
        });
        rows += 1;
        yield record;
      }
      break; // the first worksheet only
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw AppError.validation([{ path: '', field: '', message: fill(WORDS.bad_xlsx, { detail: (e as Error).message.slice(0, 200) }) }]);
  }
  if (header === undefined) throw AppError.validation([{ path: '', row: 1, field: '', message: WORDS.no_header }]);
  if (rows === 0) throw AppError.validation([{ path: '', row: 2, field: '', message: WORDS.no_rows }]);
}
