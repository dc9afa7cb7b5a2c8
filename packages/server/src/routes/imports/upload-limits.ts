/**
 * Limits on what an uploaded file may unpack to, checked before any reader parses it. An .xlsx is a ZIP
 * of XML parts: a few hundred kilobytes can inflate to hundreds of megabytes (whitespace, a million shared
 * strings, one giant cell), which the workbook reader would hold in memory. So every part is inflated
 * here as a stream, a chunk at a time, counting — the total unpacked size, the shared strings, and the
 * longest run of text between two tags (a cell's text, or whitespace) — and the upload is refused with
 * XW_ERR_UPLOAD_LIMIT (413) naming the limit the moment one is passed, before the file is read. A CSV
 * that is empty or not text is refused like an unreadable workbook.
 */
import { createInflateRaw } from 'node:zlib';
import type { Labels } from '@xiaowei/engine';
import { AppError } from '../../errors/app-error.ts';
import { csvText, type UploadKind } from './read-upload.ts';

/** The limits (bytes, counts, characters). */
export const UPLOAD_LIMITS = {
  /** All parts of a workbook together, unpacked: far above any registry file the 32 MiB upload limit lets through. */
  unpackedBytes: 256 * 1024 * 1024,
  /** Entries of the shared-strings table: a unique text per cell of 100,000 rows × 10 columns fits. */
  sharedStrings: 1_000_000,
  /** The shared-strings part unpacked (the reader keeps every shared string in memory). */
  sharedStringsBytes: 64 * 1024 * 1024,
  /** Characters of one run of text between two tags: Excel's own limit for a cell. */
  textRun: 32_767,
  /** Parts of the archive. */
  entries: 10_000,
} as const;

const WHAT = {
  unpacked: {
    'zh-CN': '解压后超过 {limit} 字节',
    ko: '압축을 풀면 {limit}바이트를 넘습니다',
    en: 'it unpacks to more than {limit} bytes',
  },
  shared_strings: {
    'zh-CN': '共享字符串超过 {limit} 个',
    ko: '공유 문자열이 {limit}개를 넘습니다',
    en: 'more than {limit} shared strings',
  },
  shared_strings_bytes: {
    'zh-CN': '共享字符串表解压后超过 {limit} 字节',
    ko: '공유 문자열 표가 압축을 풀면 {limit}바이트를 넘습니다',
    en: 'the shared strings unpack to more than {limit} bytes',
  },
  text_run: {
    'zh-CN': '单元格文本（或标记之间的空白）超过 {limit} 个字符（Excel 单元格的上限）',
    ko: '셀 텍스트(또는 태그 사이의 공백)가 {limit}자를 넘습니다(Excel 셀 한도)',
    en: 'a cell text (or the blank between two tags) is longer than {limit} characters (the limit of an Excel cell)',
  },
  entries: {
    'zh-CN': '压缩包内超过 {limit} 个部件',
    ko: '압축 파일의 항목이 {limit}개를 넘습니다',
    en: 'more than {limit} parts in the archive',
  },
} as const satisfies Record<string, Labels>;

const BAD = {
  not_zip: {
    'zh-CN': '无法读取 Excel 工作簿（.xlsx）：{detail}',
    ko: 'Excel 통합 문서(.xlsx)를 읽을 수 없습니다: {detail}',
    en: 'cannot read the Excel workbook (.xlsx): {detail}',
  },
  empty_csv: { 'zh-CN': '文件为空', ko: '파일이 비어 있습니다', en: 'the file is empty' },
  binary_csv: {
    'zh-CN': '文件不是 CSV 文本（含有二进制数据）',
    ko: '파일이 CSV 텍스트가 아닙니다(이진 데이터 포함)',
    en: 'the file is not CSV text (it holds binary data)',
  },
} as const satisfies Record<string, Labels>;

const fill = (labels: Labels, params: Record<string, string | number>): Labels => {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
  return { 'zh-CN': f(labels['zh-CN']), ko: f(labels.ko), en: f(labels.en) };
};

function over(what: keyof typeof WHAT, limit: number): AppError {
  return new AppError('XW_ERR_UPLOAD_LIMIT', { what: fill(WHAT[what], { limit: limit.toLocaleString('en-US') }), limit });
}

function unreadable(detail: string): AppError {
  return AppError.validation([{ path: 'file', field: 'file', message: fill(BAD.not_zip, { detail }) }]);
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

/** The entries of the archive's central directory (no ZIP64: a workbook under the upload limit never needs it). */
function entriesOf(buffer: Buffer): Entry[] {
  const EOCD = 0x06054b50;
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable('no ZIP central directory');
  const count = buffer.readUInt16LE(end + 10);
  const offset = buffer.readUInt32LE(end + 16);
  if (count > UPLOAD_LIMITS.entries) throw over('entries', UPLOAD_LIMITS.entries);
  const out: Entry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== 0x02014b50) throw unreadable('a broken ZIP central directory');
    const nameLength = buffer.readUInt16LE(p + 28);
    const extra = buffer.readUInt16LE(p + 30);
    const comment = buffer.readUInt16LE(p + 32);
    out.push({
      method: buffer.readUInt16LE(p + 10),
      compressedSize: buffer.readUInt32LE(p + 20),
      localOffset: buffer.readUInt32LE(p + 42),
      name: buffer.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

/** The compressed bytes of `entry`. */
function dataOf(buffer: Buffer, entry: Entry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > buffer.length || buffer.readUInt32LE(p) !== 0x04034b50) throw unreadable('a broken ZIP entry');
  const start = p + 30 + buffer.readUInt16LE(p + 26) + buffer.readUInt16LE(p + 28);
  if (start + entry.compressedSize > buffer.length) throw unreadable('a truncated ZIP entry');
  return buffer.subarray(start, start + entry.compressedSize);
}

/** Counts over the unpacked bytes of the archive, refusing the moment a limit is passed. */
class Meter {
  unpacked = 0;
  sharedStrings = 0;
  private run = 0;
  private tail = '';

  /** One chunk of a part's unpacked bytes. */
  take(chunk: Buffer, shared: boolean, partBytes: number): void {
    this.unpacked += chunk.length;
    if (this.unpacked > UPLOAD_LIMITS.unpackedBytes) throw over('unpacked', UPLOAD_LIMITS.unpackedBytes);
    if (shared && partBytes > UPLOAD_LIMITS.sharedStringsBytes) throw over('shared_strings_bytes', UPLOAD_LIMITS.sharedStringsBytes);
    // The run of characters since the last tag: UTF-8 lead bytes (not 10xxxxxx) count one character each.
    let run = this.run;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (b === 0x3c || b === 0x3e) run = 0;
      else if ((b & 0xc0) !== 0x80 && ++run > UPLOAD_LIMITS.textRun) throw over('text_run', UPLOAD_LIMITS.textRun);
    }
    this.run = run;
    if (shared) {
      // `<si>` or `<si …>` starts a shared string; the tail of the last chunk catches one split across chunks.
      const text = this.tail + chunk.toString('latin1');
      const matches = text.match(/<si[\s>]/g);
      this.sharedStrings += matches ? matches.length : 0;
      if (this.sharedStrings > UPLOAD_LIMITS.sharedStrings) throw over('shared_strings', UPLOAD_LIMITS.sharedStrings);
      this.tail = text.slice(-3);
      if (/<si[\s>]/.test(this.tail)) this.tail = '';
    }
  }

  endPart(): void {
    this.run = 0;
    this.tail = '';
  }
}

/** Inflates one part as a stream through the meter; the chunks are dropped as they are counted. */
function meterPart(data: Buffer, entry: Entry, meter: Meter): Promise<void> {
  const shared = /(^|\/)sharedStrings\.xml$/i.test(entry.name);
  if (entry.method === 0) {
    meter.take(data, shared, data.length);
    meter.endPart();
    return Promise.resolve();
  }
  if (entry.method !== 8) return Promise.reject(unreadable(`an entry compressed with method ${entry.method}`));
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let part = 0;
    let failed = false;
    inflate.on('data', (chunk: Buffer) => {
      if (failed) return;
      part += chunk.length;
      try {
        meter.take(chunk, shared, part);
      } catch (e) {
        failed = true;
        inflate.destroy();
        reject(e);
      }
    });
    inflate.on('error', (e) => {
      if (!failed) reject(unreadable(`a broken compressed entry (${e.message.slice(0, 100)})`));
      failed = true;
    });
    inflate.on('end', () => {
      meter.endPart();
      if (!failed) resolve();
    });
    inflate.end(data);
  });
}

/** Checks a workbook's archive against {@link UPLOAD_LIMITS} without keeping what it unpacks. */
export async function checkWorkbook(buffer: Buffer): Promise<void> {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) throw unreadable('not a ZIP archive (PK signature)');
  const meter = new Meter();
  for (const entry of entriesOf(buffer)) await meterPart(dataOf(buffer, entry), entry, meter);
}

/** Whether `text` holds a C0 control character other than tab, line feed, vertical tab, form feed, carriage return. */
function hasBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && (c < 0x09 || c > 0x0d)) return true;
  }
  return false;
}

/** Checks that a CSV upload is text with something in it. */
export function checkCsv(buffer: Buffer): void {
  const text = csvText(buffer).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw AppError.validation([{ path: 'file', field: 'file', message: BAD.empty_csv }]);
  // NUL or other C0 controls besides tab and line breaks: a binary file (a workbook renamed .csv, an image…).
  if (hasBinary(text)) throw AppError.validation([{ path: 'file', field: 'file', message: BAD.binary_csv }]);
}

/** The checks of an upload of `kind` before it is read: limits for a workbook, text for a CSV. */
export async function checkUpload(kind: UploadKind, buffer: Buffer): Promise<void> {
  if (kind === 'xlsx') await checkWorkbook(buffer);
  else checkCsv(buffer);
}
