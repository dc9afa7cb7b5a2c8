/**
 * Reading the files of an attachment upload (multipart, field `file`, up to 5) and sending one back. The
 * multipart limit is one byte over the configured attachment limit, so a file just over it reaches the store's
 * own check (a clear "over the limit of N bytes"); a much larger one is cut off by the parser (413).
 */
import type { Attachment, AttachmentFile } from '@xiaowei/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.ts';

const NO_FILE = {
  'zh-CN': '请上传至少一个文件（字段 file）',
  ko: '파일을 하나 이상 올리십시오(필드 file)',
  en: 'upload at least one file (field "file")',
} as const;

export const MAX_FILES_PER_UPLOAD = 5;

/** The files of a multipart request, read whole. */
export async function readFiles(request: FastifyRequest): Promise<AttachmentFile[]> {
  if (!request.isMultipart())
    throw new AppError('XW_ERR_UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '').slice(0, 100) });
  const files: AttachmentFile[] = [];
  try {
    for await (const part of request.files()) files.push({ name: part.filename, bytes: new Uint8Array(await part.toBuffer()) });
  } catch (e) {
    if (e instanceof AppError || typeof (e as { statusCode?: unknown }).statusCode === 'number') throw e;
    throw new AppError('XW_ERR_BAD_REQUEST', { detail: String((e as Error).message).slice(0, 200) });
  }
  if (files.length === 0) throw AppError.validation([{ path: '/file', field: 'file', message: NO_FILE }]);
  return files;
}

export function attachmentJson(a: Attachment): Record<string, unknown> {
  return { id: a.id, file_name: a.fileName, media_type: a.mediaType, size_bytes: a.sizeBytes, sha256: a.sha256, uploaded_at: a.uploadedAt };
}

/** Sends a stored file as a download under its own name (RFC 6266 / RFC 5987 for non-ASCII names). */
export function sendFile(reply: FastifyReply, file: { attachment: Attachment; bytes: Uint8Array }): FastifyReply {
  const ascii = file.attachment.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  reply.header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.attachment.fileName)}`);
  reply.header('x-content-type-options', 'nosniff');
  reply.type(file.attachment.mediaType);
  return reply.send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}
