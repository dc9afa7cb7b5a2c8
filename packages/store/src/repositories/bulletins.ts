/**
 * Statistics bulletins (item 29 of 国发〔2012〕14号: SME statistics, monitoring and their regular publication):
 * generated as drafts (by an officer or analyst on demand, or by the scheduled job as `system`), reviewed by a
 * second person, then published as an immutable, numbered version (migration 0021). A correction is a new draft of
 * the same region and period, published as the next version; the archive shows every published version.
 *
 * Review: the reviewer must not be who generated the draft (four eyes: a figure published in the government's name
 * is checked by someone other than its author); a draft the scheduled job generated may be reviewed by any officer
 * or analyst of the region. Publishing needs a reviewed bulletin; the reviewer may publish it.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type WriteOptions, writeAudit } from '../audit.ts';
import type { BulletinContent } from '../bulletins/content.ts';
import { contentHash } from '../bulletins/content-hash.ts';
import { generateBulletinContent } from '../bulletins/generate-content.ts';
import { parsePeriod } from '../bulletins/period.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { BulletinsTable } from '../schema.ts';
import { checkScope, type Scope } from '../scope.ts';
import { fromJson, isRegionPrefix, nowIso, toInt, toIntOrNull, toJson } from '../values.ts';

export type BulletinStatus = 'draft' | 'reviewed' | 'published';

export interface BulletinSummary {
  readonly id: string;
  readonly regionPrefix: string;
  readonly periodKind: 'month' | 'quarter';
  readonly period: string;
  readonly status: BulletinStatus;
  /** The published version (1, 2, …); null before publication. */
  readonly version: number | null;
  readonly contentHash: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
  readonly publishedBy: string | null;
  readonly publishedAt: string | null;
}

export interface Bulletin extends BulletinSummary {
  readonly content: BulletinContent;
}

type Row = Omit<BulletinsTable, 'version' | 'content'> & { version: unknown; content?: unknown };

function summaryOf(r: Row): BulletinSummary {
  return {
    id: r.id,
    regionPrefix: r.region_prefix,
    periodKind: r.period_kind === 'month' ? 'month' : 'quarter',
    period: r.period,
    status: r.status as BulletinStatus,
    version: toIntOrNull(r.version),
    contentHash: r.content_hash,
    createdBy: r.created_by,
    createdAt: r.created_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    publishedBy: r.published_by,
    publishedAt: r.published_at,
  };
}

const bulletinOf = (r: Row): Bulletin => ({ ...summaryOf(r), content: fromJson<BulletinContent>(r.content) });

const SUMMARY_COLUMNS = [
  'id',
  'region_prefix',
  'period_kind',
  'period',
  'status',
  'version',
  'content_hash',
  'created_by',
  'created_at',
  'reviewed_by',
  'reviewed_at',
  'published_by',
  'published_at',
] as const;

/** The region a bulletin of `scope` covers: the requested one inside the scope, by default the scope's own. */
function bulletinRegion(scope: Scope, requested: string | undefined): string {
  checkScope(scope);
  if (requested !== undefined && !isRegionPrefix(requested)) {
    throw new ValidationError('regionPrefix', {
      'zh-CN': '地区代码前缀无效（0–6 位数字）',
      ko: '지역 코드 접두사가 올바르지 않습니다(0~6자리 숫자)',
      en: 'invalid region code prefix (0–6 digits)',
    });
  }
  if ('all' in scope) return requested ?? '';
  if ('regionPrefix' in scope) {
    const wanted = requested ?? scope.regionPrefix;
    if (!wanted.startsWith(scope.regionPrefix)) throw new NotFoundError('region', wanted);
    return wanted;
  }
  throw new NotFoundError('region', requested ?? '');
}

/** Whether a bulletin of `region` lies within `scope` (its region or inside it). */
function visible(scope: Scope, region: string): boolean {
  checkScope(scope);
  if ('all' in scope) return true;
  if ('regionPrefix' in scope) return region.startsWith(scope.regionPrefix);
  return false;
}

const auditRegion = (prefix: string) => (prefix === '' ? null : prefix.padEnd(6, '0'));

function stateError(b: BulletinSummary, expected: BulletinStatus): ConflictError {
  return new ConflictError(`bulletin ${b.id} is ${b.status}, not ${expected}`, {
    reason: 'bulletin_state',
    id: b.id,
    status: b.status,
    expected,
  });
}

export class BulletinRepository {
  constructor(private readonly ctx: StoreContext) {}

  private async fetch(db: StoreContext['db'], id: string, scope: Scope): Promise<Bulletin> {
    const row = await db.selectFrom('bulletins').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || !visible(scope, row.region_prefix)) throw new NotFoundError('bulletin', id);
    return bulletinOf(row);
  }

  /**
   * Generates a draft bulletin of a region (default the scope's) for a month `2013-05` or quarter `2013-Q2`,
   * computed now from the registry, audited.
   * @example await store.bulletins.generate({ scope: { regionPrefix: '37' }, period: '2013-Q1' }, { actor: 'u1' })
   */
  async generate(query: { scope: Scope; regionPrefix?: string; period: string }, options: WriteOptions): Promise<Bulletin> {
    const period = parsePeriod(query.period);
    const region = bulletinRegion(query.scope, query.regionPrefix);
    return inTransaction(this.ctx, async (tx) => {
      const content = await generateBulletinContent(tx, region, period);
      const row = {
        id: randomUUID(),
        region_prefix: region,
        period_kind: period.kind,
        period: period.key,
        status: 'draft',
        version: null,
        content: toJson(content),
        content_hash: contentHash(content),
        created_by: options.actor,
        created_at: content.generatedAt,
        reviewed_by: null,
        reviewed_at: null,
        published_by: null,
        published_at: null,
      };
      await tx.db.insertInto('bulletins').values(row).execute();
      await writeAudit(tx, options.actor, [
        {
          action: 'bulletin.generate',
          entityType: 'bulletin',
          entityId: row.id,
          regionCode: auditRegion(region),
          after: { period: period.key, regionPrefix: region, contentHash: row.content_hash },
        },
      ]);
      return { ...summaryOf(row), content };
    });
  }

  /** Marks a draft reviewed. Refused for the user who generated it (four eyes), and for a bulletin not a draft. */
  async review(id: string, options: WriteOptions & { scope: Scope }): Promise<Bulletin> {
    return inTransaction(this.ctx, async (tx) => {
      const b = await this.fetch(tx.db, id, options.scope);
      if (b.status !== 'draft') throw stateError(b, 'draft');
      if (b.createdBy === options.actor) {
        throw new ConflictError(`bulletin ${id} is reviewed by someone other than who generated it`, {
          reason: 'bulletin_same_reviewer',
          id,
        });
      }
      const at = nowIso();
      const done = await tx.db
        .updateTable('bulletins')
        .set({ status: 'reviewed', reviewed_by: options.actor, reviewed_at: at })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1) throw stateError(b, 'draft');
      await writeAudit(tx, options.actor, [
        {
          action: 'bulletin.review',
          entityType: 'bulletin',
          entityId: id,
          regionCode: auditRegion(b.regionPrefix),
          before: { status: 'draft' },
          after: { status: 'reviewed' },
        },
      ]);
      return { ...b, status: 'reviewed', reviewedBy: options.actor, reviewedAt: at };
    });
  }

  /**
   * Publishes a reviewed bulletin as the next version of its region and period; from then on the database refuses
   * any change to it. The content is the one reviewed (its hash is checked again).
   */
  async publish(id: string, options: WriteOptions & { scope: Scope }): Promise<Bulletin> {
    return inTransaction(this.ctx, async (tx) => {
      const b = await this.fetch(tx.db, id, options.scope);
      if (b.status !== 'reviewed') throw stateError(b, 'reviewed');
      if (contentHash(b.content) !== b.contentHash) throw new ConflictError(`bulletin ${id}: content does not match its hash`, { id });
      const last = await tx.db
        .selectFrom('bulletins')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('region_prefix', '=', b.regionPrefix)
        .where('period', '=', b.period)
        .executeTakeFirst();
      const version = last?.v === null || last?.v === undefined ? 1 : toInt(last.v) + 1;
      const at = nowIso();
      try {
        const done = await tx.db
          .updateTable('bulletins')
          .set({ status: 'published', version, published_by: options.actor, published_at: at })
          .where('id', '=', id)
          .where('status', '=', 'reviewed')
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) !== 1) throw stateError(b, 'reviewed');
      } catch (e) {
        const code = String((e as { code?: unknown }).code ?? '');
        if (code === '23505' || code.startsWith('SQLITE_CONSTRAINT')) {
          throw new ConflictError(`bulletin ${b.regionPrefix || '*'}/${b.period} v${version} was published meanwhile; publish again`, {
            id,
          });
        }
        throw e;
      }
      await writeAudit(tx, options.actor, [
        {
          action: 'bulletin.publish',
          entityType: 'bulletin',
          entityId: id,
          regionCode: auditRegion(b.regionPrefix),
          before: { status: 'reviewed' },
          after: { status: 'published', version, period: b.period, contentHash: b.contentHash },
        },
      ]);
      return { ...b, status: 'published', version, publishedBy: options.actor, publishedAt: at };
    });
  }

  /** Discards a draft or reviewed bulletin (a published one stays: the database refuses its deletion), audited. */
  async discard(id: string, options: WriteOptions & { scope: Scope }): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const b = await this.fetch(tx.db, id, options.scope);
      if (b.status === 'published') throw stateError(b, 'draft');
      await tx.db.deleteFrom('bulletins').where('id', '=', id).where('status', '!=', 'published').execute();
      await writeAudit(tx, options.actor, [
        {
          action: 'bulletin.discard',
          entityType: 'bulletin',
          entityId: id,
          regionCode: auditRegion(b.regionPrefix),
          before: { status: b.status, period: b.period },
        },
      ]);
    });
  }

  /** The bulletins a scope may see (newest period first), without their content. */
  async list(query: { scope: Scope; status?: BulletinStatus; period?: string }): Promise<BulletinSummary[]> {
    checkScope(query.scope);
    let q = readerOf(this.ctx).selectFrom('bulletins').select(SUMMARY_COLUMNS);
    if ('regionPrefix' in query.scope) {
      const p = query.scope.regionPrefix;
      q = q.where(sql<boolean>`substr(region_prefix, 1, ${p.length}) = ${p} and length(region_prefix) >= ${p.length}`);
    } else if (!('all' in query.scope)) return [];
    if (query.status !== undefined) q = q.where('status', '=', query.status);
    if (query.period !== undefined) q = q.where('period', '=', parsePeriod(query.period).key);
    const rows = await q.orderBy('period', 'desc').orderBy('region_prefix').orderBy('created_at', 'desc').limit(1000).execute();
    return rows.map((r) => summaryOf(r as Row));
  }

  /** One bulletin with its content, if the scope may see it. */
  async get(id: string, options: { scope: Scope }): Promise<Bulletin> {
    return this.fetch(readerOf(this.ctx), id, options.scope);
  }

  /** The public archive: every published version (newest period first, then region, newest version first). */
  async listPublished(query: { regionPrefix?: string; period?: string } = {}): Promise<BulletinSummary[]> {
    let q = readerOf(this.ctx).selectFrom('bulletins').select(SUMMARY_COLUMNS).where('status', '=', 'published');
    if (query.regionPrefix !== undefined) q = q.where('region_prefix', '=', bulletinRegion({ all: true }, query.regionPrefix));
    if (query.period !== undefined) q = q.where('period', '=', parsePeriod(query.period).key);
    const rows = await q.orderBy('period', 'desc').orderBy('region_prefix').orderBy('version', 'desc').limit(1000).execute();
    return rows.map((r) => summaryOf(r as Row));
  }

  /** One published bulletin, for anyone (a draft is "not found"). */
  async getPublished(id: string): Promise<Bulletin> {
    const row = await readerOf(this.ctx)
      .selectFrom('bulletins')
      .selectAll()
      .where('id', '=', id)
      .where('status', '=', 'published')
      .executeTakeFirst();
    if (!row) throw new NotFoundError('bulletin', id);
    return bulletinOf(row);
  }
}
