/** Users, their sessions and API tokens. Password hashing (argon2id) is the server's; tokens are kept as SHA-256. */
import { randomUUID } from 'node:crypto';
import type { Labels } from '@xiaowei/engine';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { cleanText, textProblem, usernameKey } from '../text.ts';
import { hashToken } from '../tokens.ts';
import { boolParam, isRegionPrefix, nowIso, toBool } from '../values.ts';
import type { Page } from './enterprises.ts';

export const ROLES = ['enterprise', 'officer', 'procurement', 'bank', 'service_provider', 'analyst', 'admin', 'department'] as const;
export type Role = (typeof ROLES)[number];
/**
 * The departments that feed data (issue 13 §2; migration 0015): market regulation and statistics (yearly figures),
 * human resources and social security (graduate hires), finance, tax (R&D spend, donations), cluster operators
 * (premises and rent), the banking regulator, development and reform (administrative fees and prices).
 */
export const DEPARTMENTS = [
  'market_regulation',
  'statistics',
  'human_resources',
  'finance',
  'tax',
  'cluster_operator',
  'banking_regulator',
  'development_reform',
] as const;
export type Department = (typeof DEPARTMENTS)[number];
export const LOCALES = ['zh-CN', 'ko', 'en'] as const;

export interface User {
  readonly id: string;
  readonly username: string;
  readonly passwordHash: string;
  readonly role: Role;
  /** Officers: the region code prefix they oversee ('37' a province, '3702' a city). */
  readonly regionPrefix: string | null;
  /** Enterprise users: their enterprise. */
  readonly enterpriseId: string | null;
  /** Procurement users: their budget unit. */
  readonly budgetUnitId: string | null;
  /** Bank users: their bank. */
  readonly bankId: string | null;
  /** Department users: which department (scoped by `regionPrefix` like an officer). */
  readonly department: Department | null;
  readonly displayName: string;
  readonly locale: string;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface UserInput {
  readonly id?: string;
  readonly username: string;
  /** The argon2id hash computed by the server (an empty string: no password login until one is set). */
  readonly passwordHash: string;
  readonly role: Role;
  readonly displayName: string;
  readonly locale?: string;
  readonly regionPrefix?: string | null;
  readonly enterpriseId?: string | null;
  readonly budgetUnitId?: string | null;
  readonly bankId?: string | null;
  readonly department?: Department | null;
  readonly disabled?: boolean;
}

export type UserPatch = Partial<Omit<UserInput, 'id' | 'username' | 'passwordHash'>>;

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  role: string;
  region_prefix: string | null;
  enterprise_id: string | null;
  budget_unit_id: string | null;
  bank_id: string | null;
  department: string | null;
  display_name: string;
  locale: string;
  disabled: unknown;
  created_at: string;
  updated_at: string;
}

export function userFromRow(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    passwordHash: r.password_hash,
    role: r.role as Role,
    regionPrefix: r.region_prefix,
    enterpriseId: r.enterprise_id,
    budgetUnitId: r.budget_unit_id,
    bankId: r.bank_id,
    department: (r.department ?? null) as Department | null,
    displayName: r.display_name,
    locale: r.locale,
    disabled: toBool(r.disabled),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The audit image of a user: never the password hash. */
function image(u: User): Record<string, unknown> {
  const { passwordHash: _p, createdAt: _c, ...rest } = u;
  return rest;
}

/** Audit rows of users carry the region they oversee, as a 6-digit code ('37' → '370000'). */
function regionOf(u: { regionPrefix: string | null }): string | null {
  return u.regionPrefix ? u.regionPrefix.padEnd(6, '0') : null;
}

const invalid = (field: string, en: string, zh: string, ko: string) => new ValidationError(field, { 'zh-CN': zh, ko, en } as Labels);

function check(u: Partial<UserInput>, complete: boolean): void {
  if (complete || u.username !== undefined) {
    if (typeof u.username !== 'string' || !/^[\p{L}\p{N}._@-]{2,64}$/u.test(u.username)) {
      throw invalid(
        'username',
        'a user name is 2–64 letters, digits, ".", "_", "@" or "-"',
        '用户名应为 2–64 个字母、数字或 . _ @ -',
        '사용자 이름은 2~64자의 문자, 숫자, . _ @ - 입니다',
      );
    }
  }
  for (const field of ['username', 'displayName'] as const) {
    const value = u[field];
    const unsafe = typeof value === 'string' && value.trim() !== '' ? textProblem(value, field) : undefined;
    if (unsafe) throw new ValidationError(field, unsafe.message);
  }
  if (complete || u.role !== undefined) {
    if (!(ROLES as readonly string[]).includes(u.role as string))
      throw invalid(
        'role',
        `role must be one of ${ROLES.join(', ')}`,
        `角色应为 ${ROLES.join('、')} 之一`,
        `역할은 ${ROLES.join(', ')} 중 하나여야 합니다`,
      );
  }
  if (complete || u.displayName !== undefined) {
    if (typeof u.displayName !== 'string' || u.displayName.trim() === '' || u.displayName.length > 200) {
      throw invalid(
        'displayName',
        'a display name is required (at most 200 characters)',
        '显示名称必填（最多 200 个字符）',
        '표시 이름이 필요합니다(최대 200자)',
      );
    }
  }
  if (u.locale !== undefined && !(LOCALES as readonly string[]).includes(u.locale)) {
    throw invalid('locale', 'locale must be zh-CN, ko or en', '语言应为 zh-CN、ko 或 en', '언어는 zh-CN, ko, en 중 하나여야 합니다');
  }
  if (
    u.regionPrefix !== undefined &&
    u.regionPrefix !== null &&
    (!isRegionPrefix(u.regionPrefix) || u.regionPrefix.length < 2 || u.regionPrefix.length % 2 !== 0)
  ) {
    throw invalid(
      'regionPrefix',
      "a region prefix is 2, 4 or 6 digits ('37', '3702')",
      '地区前缀应为 2、4 或 6 位数字（如 37、3702）',
      '지역 접두사는 2, 4, 6자리 숫자입니다(예: 37, 3702)',
    );
  }
  if (complete && u.role === 'officer' && !u.regionPrefix) {
    throw invalid(
      'regionPrefix',
      'an officer needs a region prefix',
      '主管部门用户必须指定地区前缀',
      '담당 공무원은 지역 접두사가 필요합니다',
    );
  }
  if (u.department !== undefined && u.department !== null && !(DEPARTMENTS as readonly string[]).includes(u.department)) {
    throw invalid(
      'department',
      `department must be one of ${DEPARTMENTS.join(', ')}`,
      `部门应为 ${DEPARTMENTS.join('、')} 之一`,
      `부서는 ${DEPARTMENTS.join(', ')} 중 하나여야 합니다`,
    );
  }
  if (complete && u.role === 'department' && !u.department) {
    throw invalid('department', 'a department user needs a department', '部门用户必须指定部门', '부서 사용자는 부서가 필요합니다');
  }
  if (complete && u.role === 'department' && !u.regionPrefix) {
    throw invalid(
      'regionPrefix',
      'a department user needs a region prefix',
      '部门用户必须指定地区前缀',
      '부서 사용자는 지역 접두사가 필요합니다',
    );
  }
  if (complete && u.role === 'enterprise' && !u.enterpriseId) {
    throw invalid('enterpriseId', 'an enterprise user needs an enterprise', '企业用户必须关联企业', '기업 사용자는 기업이 필요합니다');
  }
  if (complete && u.passwordHash !== undefined && typeof u.passwordHash !== 'string') {
    throw invalid('passwordHash', 'a password hash is text', '密码哈希应为文本', '비밀번호 해시는 텍스트여야 합니다');
  }
}

export class UserRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Creates a user; `passwordHash` is computed by the server (argon2id).
   * @example await store.users.create({ username: 'officer.qd', passwordHash: hash, role: 'officer', regionPrefix: '3702', displayName: '青岛市中小企业局' }, { actor })
   */
  async create(input: UserInput, options: WriteOptions): Promise<User> {
    check(input, true);
    const at = nowIso();
    const user: User = {
      id: input.id ?? randomUUID(),
      username: input.username.normalize('NFC'),
      passwordHash: input.passwordHash,
      role: input.role,
      regionPrefix: input.regionPrefix ?? null,
      enterpriseId: input.enterpriseId ?? null,
      budgetUnitId: input.budgetUnitId ?? null,
      bankId: input.bankId ?? null,
      department: input.role === 'department' ? (input.department ?? null) : null,
      displayName: cleanText(input.displayName),
      locale: input.locale ?? 'zh-CN',
      disabled: input.disabled ?? false,
      createdAt: at,
      updatedAt: at,
    };
    return inTransaction(this.ctx, async (tx) => {
      const taken = await tx.db.selectFrom('users').select('id').where('username_key', '=', usernameKey(user.username)).executeTakeFirst();
      if (taken) throw new ConflictError(`user name '${user.username}' is taken`, { username: user.username });
      await tx.db
        .insertInto('users')
        .values({
          id: user.id,
          username: user.username,
          username_key: usernameKey(user.username),
          password_hash: user.passwordHash,
          role: user.role,
          region_prefix: user.regionPrefix,
          enterprise_id: user.enterpriseId,
          budget_unit_id: user.budgetUnitId,
          bank_id: user.bankId,
          department: user.department,
          display_name: user.displayName,
          locale: user.locale,
          disabled: boolParam(user.disabled),
          created_at: at,
          updated_at: at,
        })
        .execute();
      await writeAudit(tx, options.actor, [
        { action: 'user.create', entityType: 'user', entityId: user.id, regionCode: regionOf(user), after: image(user) },
      ]);
      return user;
    });
  }

  async get(id: string): Promise<User | undefined> {
    const row = await readerOf(this.ctx).selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? userFromRow(row as UserRow) : undefined;
  }

  /** For login: the user with this exact name (disabled ones too: the caller checks `disabled`). */
  async findByUsername(username: string): Promise<User | undefined> {
    // Whatever the case or width it is typed in (usernameKey; migration 0011).
    const row = await readerOf(this.ctx)
      .selectFrom('users')
      .selectAll()
      .where('username_key', '=', usernameKey(username))
      .executeTakeFirst();
    return row ? userFromRow(row as UserRow) : undefined;
  }

  /** Users by user name, keyset-paged; officers' `regionPrefix` filter matches users overseeing within it. */
  async list(query: { role?: Role; regionPrefix?: string; limit?: number; cursor?: string | null } = {}): Promise<Page<User>> {
    const limit = pageSize(query.limit);
    let q = readerOf(this.ctx).selectFrom('users').selectAll();
    if (query.role) q = q.where('role', '=', query.role);
    if (query.regionPrefix !== undefined) {
      if (!isRegionPrefix(query.regionPrefix))
        throw invalid('regionPrefix', 'invalid region prefix', '地区前缀无效', '지역 접두사가 올바르지 않습니다');
      q = q.where('region_prefix', 'like', `${query.regionPrefix}%`);
    }
    if (query.cursor) {
      const [, username] = decodeCursor(query.cursor);
      q = q.where('username', '>', String(username));
    }
    const rows = await q
      .orderBy('username')
      .limit(limit + 1)
      .execute();
    const more = rows.length > limit;
    const items = (more ? rows.slice(0, limit) : rows).map((r) => userFromRow(r as UserRow));
    const last = items[items.length - 1];
    return { items, nextCursor: more && last ? encodeCursor(null, last.username) : null };
  }

  /** Changes a user's role, scope, names, locale or `disabled`. */
  async update(id: string, patch: UserPatch, options: WriteOptions): Promise<User> {
    check(patch, false);
    return inTransaction(this.ctx, async (tx) => {
      const before = await this.require(tx, id);
      const merged = {
        ...before,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
        updatedAt: nowIso(),
      } as User;
      // Only a department user has a department: a role change away from it clears it.
      const after: User = merged.role === 'department' ? merged : { ...merged, department: null };
      if (after.role === 'officer' && !after.regionPrefix)
        check({ role: 'officer', regionPrefix: null, displayName: after.displayName, username: after.username }, true);
      if (after.role === 'department')
        check(
          {
            role: 'department',
            department: after.department,
            regionPrefix: after.regionPrefix,
            displayName: after.displayName,
            username: after.username,
          },
          true,
        );
      await tx.db
        .updateTable('users')
        .set({
          role: after.role,
          region_prefix: after.regionPrefix,
          enterprise_id: after.enterpriseId,
          budget_unit_id: after.budgetUnitId,
          bank_id: after.bankId,
          department: after.department,
          display_name: after.displayName,
          locale: after.locale,
          disabled: boolParam(after.disabled),
          updated_at: after.updatedAt,
        })
        .where('id', '=', id)
        .execute();
      await writeAudit(tx, options.actor, [
        {
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          regionCode: regionOf(after),
          before: image(before),
          after: image(after),
        },
      ]);
      return after;
    });
  }

  /** Replaces the password hash (the audit row records that it changed, not the hash). */
  async setPassword(id: string, passwordHash: string, options: WriteOptions): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const user = await this.require(tx, id);
      await tx.db.updateTable('users').set({ password_hash: passwordHash, updated_at: nowIso() }).where('id', '=', id).execute();
      await writeAudit(tx, options.actor, [{ action: 'user.set_password', entityType: 'user', entityId: id, regionCode: regionOf(user) }]);
    });
  }

  private async require(tx: StoreContext, id: string): Promise<User> {
    const row = await tx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('user', id);
    return userFromRow(row as UserRow);
  }
}

export interface Session {
  readonly tokenHash: string;
  readonly userId: string;
  readonly csrfSecret: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export class SessionRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Stores a session under the SHA-256 of `token` (the cookie value stays with the client).
   * @example await store.sessions.create({ token, userId: user.id, csrfSecret, expiresAt }, { actor: user.id })
   */
  async create(
    input: { token: string; userId: string; csrfSecret: string; expiresAt: string | Date },
    options: WriteOptions,
  ): Promise<Session> {
    const session: Session = {
      tokenHash: hashToken(input.token),
      userId: input.userId,
      csrfSecret: input.csrfSecret,
      createdAt: nowIso(),
      expiresAt: typeof input.expiresAt === 'string' ? new Date(input.expiresAt).toISOString() : input.expiresAt.toISOString(),
    };
    return inTransaction(this.ctx, async (tx) => {
      await tx.db
        .insertInto('sessions')
        .values({
          token_hash: session.tokenHash,
          user_id: session.userId,
          csrf_secret: session.csrfSecret,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
        })
        .execute();
      await writeAudit(tx, options.actor, [
        { action: 'session.create', entityType: 'user', entityId: session.userId, after: { expiresAt: session.expiresAt } },
      ]);
      return session;
    });
  }

  /** The session of `token` and its user, when it has not expired and the user is not disabled. */
  async find(token: string, now: Date = new Date()): Promise<{ session: Session; user: User } | undefined> {
    const row = await readerOf(this.ctx)
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .selectAll('u')
      .select(['s.token_hash', 's.csrf_secret', 's.created_at as s_created_at', 's.expires_at'])
      .where('s.token_hash', '=', hashToken(token))
      .where('s.expires_at', '>', now.toISOString())
      .executeTakeFirst();
    if (!row) return undefined;
    const user = userFromRow(row as unknown as UserRow);
    if (user.disabled) return undefined;
    return {
      session: {
        tokenHash: row.token_hash,
        userId: user.id,
        csrfSecret: row.csrf_secret,
        createdAt: row.s_created_at,
        expiresAt: row.expires_at,
      },
      user,
    };
  }

  /** Logs out. */
  async delete(token: string, options: WriteOptions): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const hash = hashToken(token);
      const row = await tx.db.selectFrom('sessions').select('user_id').where('token_hash', '=', hash).executeTakeFirst();
      if (!row) return;
      await tx.db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
      await writeAudit(tx, options.actor, [{ action: 'session.delete', entityType: 'user', entityId: row.user_id }]);
    });
  }

  /** Removes every session of a user (password change, disabling). */
  async deleteForUser(userId: string, options: WriteOptions): Promise<number> {
    return inTransaction(this.ctx, async (tx) => {
      const r = await tx.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
      const n = Number(r.numDeletedRows);
      if (n > 0)
        await writeAudit(tx, options.actor, [
          { action: 'session.delete_all', entityType: 'user', entityId: userId, after: { sessions: n } },
        ]);
      return n;
    });
  }

  /** Housekeeping: drops expired sessions (one audit row with the count). */
  async deleteExpired(now: Date = new Date(), options: WriteOptions = { actor: 'system' }): Promise<number> {
    return inTransaction(this.ctx, async (tx) => {
      const r = await tx.db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
      const n = Number(r.numDeletedRows);
      if (n > 0)
        await writeAudit(tx, options.actor, [{ action: 'session.expire', entityType: 'session', entityId: null, after: { sessions: n } }]);
      return n;
    });
  }
}

export interface ApiToken {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const tokenFromRow = (r: TokenRow): ApiToken => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export class ApiTokenRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Stores an API token by its SHA-256; the server shows `token` to the user once.
   * @example await store.apiTokens.create({ token: randomBytes(32).toString('base64url'), userId, name: 'ERP sync' }, { actor: userId })
   */
  async create(input: { token: string; userId: string; name: string }, options: WriteOptions): Promise<ApiToken> {
    const token: ApiToken = {
      id: randomUUID(),
      userId: input.userId,
      name: input.name,
      createdAt: nowIso(),
      lastUsedAt: null,
      revokedAt: null,
    };
    return inTransaction(this.ctx, async (tx) => {
      await tx.db
        .insertInto('api_tokens')
        .values({
          id: token.id,
          token_hash: hashToken(input.token),
          user_id: token.userId,
          name: token.name,
          created_at: token.createdAt,
          last_used_at: null,
          revoked_at: null,
        })
        .execute();
      await writeAudit(tx, options.actor, [{ action: 'api_token.create', entityType: 'api_token', entityId: token.id, after: token }]);
      return token;
    });
  }

  /**
   * The token and its (enabled) user, when not revoked; records the use in `lastUsedAt` (not audited:
   * a use is not a change of state anyone acts on).
   */
  async find(token: string, now: Date = new Date()): Promise<{ token: ApiToken; user: User } | undefined> {
    const hash = hashToken(token);
    const row = await readerOf(this.ctx)
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    const user = await new UserRepository(this.ctx).get(row.user_id);
    if (!user || user.disabled) return undefined;
    const at = now.toISOString();
    await this.ctx.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', row.id).execute();
    return { token: { ...tokenFromRow(row), lastUsedAt: at }, user };
  }

  async list(userId: string): Promise<ApiToken[]> {
    const rows = await readerOf(this.ctx)
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    return rows.map(tokenFromRow);
  }

  async revoke(id: string, options: WriteOptions): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const row = await tx.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new NotFoundError('api_token', id);
      if (row.revoked_at !== null) return;
      const at = nowIso();
      await tx.db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
      await writeAudit(tx, options.actor, [
        {
          action: 'api_token.revoke',
          entityType: 'api_token',
          entityId: id,
          before: tokenFromRow(row),
          after: { ...tokenFromRow(row), revokedAt: at },
        },
      ]);
    });
  }
}
