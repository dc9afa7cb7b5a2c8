import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.ts';
import { csvRecords, uploadKind, xlsxRecords } from '../imports/read-upload.ts';
import { checkUpload } from '../imports/upload-limits.ts';

const NO_FILE = {
  'zh-CN': '请上传一个文件（字段 file）',
  ko: '파일 하나를 올리십시오(필드 file)',
  en: 'upload one file (field "file")',
} as const;

const TOO_MANY = {
  'zh-CN': '文件超过 {max} 行，请分批上传',
  ko: '파일이 {max}행을 넘습니다. 나누어 올리십시오',
  en: 'the file has more than {max} rows; upload it in parts',
} as const;

/** Most rows of one lending upload: reports and loan records are validated and checked in memory. */
export const MAX_UPLOAD_ROWS = 20_000;

/**
 * The records of an uploaded .xlsx / .csv (first sheet, keyed by the header as written) and the file name.
 * Not multipart → XW_ERR_UNSUPPORTED_MEDIA_TYPE; a broken body → XW_ERR_BAD_REQUEST; no file, an
 * unreadable workbook or too many rows → XW_ERR_VALIDATION.
 */
export async function readLendingUpload(request: FastifyRequest): Promise<{ fileName: string; records: Record<string, unknown>[] }> {
  if (!request.isMultipart())
    throw new AppError('XW_ERR_UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '').slice(0, 100) });
  let fileName: string;
  let mimeType: string;
  let buffer: Buffer;
  try {
    const file = await request.file();
    if (file === undefined) throw AppError.validation([{ path: 'file', field: 'file', message: NO_FILE }]);
    fileName = file.filename;
    mimeType = file.mimetype;
    buffer = await file.toBuffer();
  } catch (e) {
    if (e instanceof AppError || typeof (e as { statusCode?: unknown }).statusCode === 'number') throw e;
    throw new AppError('XW_ERR_BAD_REQUEST', { detail: String((e as Error).message).slice(0, 200) });
  }
  const kind = uploadKind(fileName, mimeType);
  if (kind === undefined) throw new AppError('XW_ERR_UNSUPPORTED_MEDIA_TYPE', { type: `${fileName.slice(0, 100)} (${mimeType})` });
  await checkUpload(kind, buffer);
  const records: Record<string, unknown>[] = [];
  for await (const record of kind === 'csv' ? csvRecords(buffer) : xlsxRecords(buffer)) {
    records.push(record);
    if (records.length > MAX_UPLOAD_ROWS) {
      const f = (s: string) => s.replace('{max}', String(MAX_UPLOAD_ROWS));
      throw AppError.validation([
        { path: 'file', field: 'file', message: { 'zh-CN': f(TOO_MANY['zh-CN']), ko: f(TOO_MANY.ko), en: f(TOO_MANY.en) } },
      ]);
    }
  }
  return { fileName, records };
}
