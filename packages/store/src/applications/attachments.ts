/**
 * Attachments of applications and complaints, kept in the database (migration 0020): the bytes, the media type
 * found in them, the size and the SHA-256. Written only inside the transaction of the owner's check, so a
 * refused file leaves no row; read only through the owner's scope.
 */
import { createHash, randomUUID } from 'node:crypto';
import { interpolate } from '@xiaowei/engine';
import { writeAudit } from '../audit.ts';
import type { StoreContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { nowIso, toInt } from '../values.ts';
import { APPLICATION_MESSAGES } from './application-messages.ts';
import { checkAttachment } from './attachment-check.ts';

export type AttachmentOwner = 'application' | 'complaint';

/** An attachment's description (without its bytes). */
export interface Attachment {
  readonly id: string;
  readonly ownerType: AttachmentOwner;
  readonly ownerId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

/** A file as uploaded. */
export interface AttachmentFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** At most this many files on one application or complaint. */
export const MAX_ATTACHMENTS = 20;

const COLUMNS = ['id', 'owner_type', 'owner_id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'uploaded_by', 'uploaded_at'] as const;

function fromRow(r: Record<(typeof COLUMNS)[number], unknown>): Attachment {
  return {
    id: String(r.id),
    ownerType: r.owner_type as AttachmentOwner,
    ownerId: String(r.owner_id),
    fileName: String(r.file_name),
    mediaType: String(r.media_type),
    sizeBytes: toInt(r.size_bytes),
    sha256: String(r.sha256),
    uploadedBy: String(r.uploaded_by),
    uploadedAt: String(r.uploaded_at),
  };
}

/** The attachments of one owner, oldest first. */
export async function listAttachments(db: StoreContext['db'], ownerType: AttachmentOwner, ownerId: string): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('attachments')
    .select([...COLUMNS])
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

/**
 * Stores files for an owner the caller has already found within its scope, in the caller's transaction:
 * every file is checked first (all or nothing), then written with its audit row.
 */
export async function storeAttachments(
  tx: StoreContext,
  owner: { type: AttachmentOwner; id: string; enterpriseId: string; regionCode: string },
  files: readonly AttachmentFile[],
  options: { actor: string; maxBytes: number },
): Promise<Attachment[]> {
  const checked = files.map((f) => ({ ...checkAttachment(f.name, f.bytes, options.maxBytes), bytes: f.bytes }));
  if (checked.length === 0) return [];
  const existing = await tx.db
    .selectFrom('attachments')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('owner_type', '=', owner.type)
    .where('owner_id', '=', owner.id)
    .executeTakeFirstOrThrow();
  if (toInt(existing.n) + checked.length > MAX_ATTACHMENTS)
    throw new ValidationError('file', interpolate(APPLICATION_MESSAGES.too_many_files, { max: MAX_ATTACHMENTS }));
  const at = nowIso();
  const out: Attachment[] = [];
  for (const f of checked) {
    const row = {
      id: randomUUID(),
      owner_type: owner.type,
      owner_id: owner.id,
      file_name: f.name,
      media_type: f.mediaType,
      size_bytes: f.bytes.length,
      sha256: createHash('sha256').update(f.bytes).digest('hex'),
      uploaded_by: options.actor,
      uploaded_at: at,
    };
    await tx.db
      .insertInto('attachments')
      .values({ ...row, content: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) })
      .execute();
    out.push(fromRow(row));
  }
  await writeAudit(
    tx,
    options.actor,
    out.map((a) => ({
      action: 'attachment.create',
      entityType: owner.type,
      entityId: owner.id,
      regionCode: owner.regionCode,
      after: { attachmentId: a.id, fileName: a.fileName, mediaType: a.mediaType, sizeBytes: a.sizeBytes, sha256: a.sha256 },
    })),
    at,
  );
  return out;
}

/** One attachment's description and bytes, if it belongs to the owner. */
export async function readAttachment(
  db: StoreContext['db'],
  ownerType: AttachmentOwner,
  ownerId: string,
  id: string,
): Promise<{ attachment: Attachment; bytes: Uint8Array } | undefined> {
  const row = await db
    .selectFrom('attachments')
    .select([...COLUMNS, 'content'])
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const content = row.content as Uint8Array;
  return { attachment: fromRow(row), bytes: new Uint8Array(content.buffer, content.byteOffset, content.byteLength) };
}
