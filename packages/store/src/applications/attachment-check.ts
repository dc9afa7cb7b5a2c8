/**
 * What an attachment is, judged by its first bytes (the name and the declared type are the sender's word):
 * PDF (`%PDF-`, ISO 32000-1 §7.5.2), JPEG (SOI marker FF D8 FF, ISO/IEC 10918-1), PNG (the 8-byte signature,
 * ISO/IEC 15948 §5.2). Nothing else is taken: a Word file or a script renamed `.pdf` is refused.
 */
import { interpolate } from '@xiaowei/engine';
import { ValidationError } from '../errors.ts';
import { textProblem } from '../text.ts';
import { APPLICATION_MESSAGES } from './application-messages.ts';

export type AttachmentType = 'application/pdf' | 'image/jpeg' | 'image/png';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** The media type of `bytes` by their signature, or undefined for anything else. */
export function sniffAttachment(bytes: Uint8Array): AttachmentType | undefined {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return undefined;
}

/** The largest attachment unless configured (XW_ATTACHMENT_MAX_BYTES): 5 MiB. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Checks a file before anything is stored: its name, not empty, at most `maxBytes`, a PDF, JPEG or PNG by
 * content. Throws a ValidationError at `file` (or `file_name`) in three languages.
 */
export function checkAttachment(name: string, bytes: Uint8Array, maxBytes: number): { name: string; mediaType: AttachmentType } {
  const clean = typeof name === 'string' ? name.normalize('NFC').trim() : '';
  if (clean === '' || clean.length > 255 || textProblem(clean, 'file_name') !== undefined)
    throw new ValidationError('file_name', APPLICATION_MESSAGES.file_name);
  if (bytes.length === 0) throw new ValidationError('file', APPLICATION_MESSAGES.file_empty);
  if (bytes.length > maxBytes)
    throw new ValidationError('file', interpolate(APPLICATION_MESSAGES.file_too_large, { size: bytes.length, max: maxBytes }));
  const mediaType = sniffAttachment(bytes);
  if (mediaType === undefined) throw new ValidationError('file', APPLICATION_MESSAGES.file_type);
  return { name: clean, mediaType };
}
