/**
 * The one file of a multipart upload (field `file`), read whole: the registry import, the department feeds,
 * the lending reports and loan records, and the tender bids all take their file this way, with the same errors.
 */
import type { Labels } from '@xiaowei/engine';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.ts';
import { type UploadKind, uploadKind } from './read-upload.ts';
import { checkUpload } from './upload-limits.ts';

const NO_FILE: Labels = {
  'zh-CN': '请上传一个文件（字段 file）',
  ko: '파일 하나를 올리십시오(필드 file)',
  en: 'upload one file (field "file")',
};

/** A file as the multipart body carried it: the name and type the client gave, and the bytes. */
export interface MultipartUpload {
  readonly fileName: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** An uploaded table: its name, its kind (.csv or .xlsx) and its bytes, within the unpacking limits. */
export interface UploadedFile {
  readonly fileName: string;
  readonly kind: UploadKind;
  readonly buffer: Buffer;
}

/**
 * The file of a multipart request, whatever its kind. Not multipart → XW_ERR_UNSUPPORTED_MEDIA_TYPE; no file →
 * XW_ERR_VALIDATION with `noFile` (by default "upload one file"); a broken body (the parser's plain errors) →
 * XW_ERR_BAD_REQUEST; a file over the size limit → XW_ERR_PAYLOAD_TOO_LARGE (the parser's error, kept for the
 * error handler, which reads its code).
 */
export async function readMultipartFile(request: FastifyRequest, noFile: Labels = NO_FILE): Promise<MultipartUpload> {
  if (!request.isMultipart())
    throw new AppError('XW_ERR_UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '').slice(0, 100) });
  try {
    const file = await request.file();
    if (file === undefined) throw AppError.validation([{ path: 'file', field: 'file', message: noFile }]);
    return { fileName: file.filename, mimeType: file.mimetype, buffer: await file.toBuffer() };
  } catch (e) {
    if (e instanceof AppError || typeof (e as { statusCode?: unknown }).statusCode === 'number') throw e;
    throw new AppError('XW_ERR_BAD_REQUEST', { detail: String((e as Error).message).slice(0, 200) });
  }
}

/**
 * The uploaded .csv or .xlsx, checked before any reader parses it: {@link readMultipartFile}'s errors, then
 * another kind of file → XW_ERR_UNSUPPORTED_MEDIA_TYPE naming it, and a workbook past the unpacking limits or an
 * empty or binary CSV → the errors of `checkUpload` (upload-limits.ts).
 */
export async function readUploadedFile(request: FastifyRequest): Promise<UploadedFile> {
  const { fileName, mimeType, buffer } = await readMultipartFile(request);
  const kind = uploadKind(fileName, mimeType);
  if (kind === undefined) throw new AppError('XW_ERR_UNSUPPORTED_MEDIA_TYPE', { type: `${fileName.slice(0, 100)} (${mimeType})` });
  await checkUpload(kind, buffer);
  return { fileName, kind, buffer };
}
