import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.ts';
import { csvRecords, xlsxRecords } from '../imports/read-upload.ts';
import { readUploadedFile } from '../imports/read-uploaded-file.ts';

const TOO_MANY = {
  'zh-CN': '文件超过 {max} 行，请分批上传',
  ko: '파일이 {max}행을 넘습니다. 나누어 올리십시오',
  en: 'the file has more than {max} rows; upload it in parts',
} as const;

/** Most rows of one lending upload: reports and loan records are validated and checked in memory. */
export const MAX_UPLOAD_ROWS = 20_000;

/**
 * The records of an uploaded .xlsx / .csv (first sheet, keyed by the header as written) and the file name.
 * The file's errors are those of `readUploadedFile`; an unreadable workbook or too many rows → XW_ERR_VALIDATION.
 */
export async function readLendingUpload(request: FastifyRequest): Promise<{ fileName: string; records: Record<string, unknown>[] }> {
  const { fileName, kind, buffer } = await readUploadedFile(request);
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
