/**
 * Enterprise accounts (issue 13 §1): an officer issues single-use activation codes for enterprises of its
 * region; the enterprise activates with its credit code, the code and a new password, which creates (or, after
 * a reissue, resets) its account — a user of role `enterprise` named by the credit code and scoped to that
 * one enterprise (`{ enterpriseId }`, as `enterprise.demo`). Every step is audited in its transaction.
 */
import { randomUUID } from 'node:crypto';
import { readCreditCode } from '@xiaowei/policy/identifiers';
import { sql } from 'kysely';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { type User, userFromRow } from '../repositories/users.ts';
import { type Scope, scopeCondition } from '../scope.ts';
import { statementBatches } from '../statement-batches.ts';
import { usernameKey } from '../text.ts';
import { boolParam } from '../values.ts';
import { ACCOUNT_MESSAGES } from './account-messages.ts';
import { DEFAULT_ACTIVATION_DAYS, hashActivationCode, newActivationCode } from './activation-code.ts';

/** One code as issued: the only time the code itself exists outside the enterprise's hands. */
export interface IssuedActivationCode {
  readonly enterpriseId: string;
  readonly creditCode: string;
  readonly name: string;
  readonly regionCode: string;
  /** `XXXX-XXXX-XXXX`. */
  readonly code: string;
  readonly expiresAt: string;
  /** Whether an open code of the enterprise was revoked by this one. */
  readonly replaced: boolean;
}

/** Which enterprises get codes: these ids, or every enterprise of the scope (and region) with a credit code and no account. */
export type IssueTarget = { readonly enterpriseIds: readonly string[] } | { readonly withoutAccount: { readonly regionPrefix?: string } };

/** At most this many codes in one issue (a printed batch; a province issues by city). */
export const MAX_CODES_PER_ISSUE = 10_000;

/** An enterprise's account state, for the officer's list. */
export interface AccountStatus {
  readonly enterpriseId: string;
  readonly hasAccount: boolean;
  readonly activatedAt: string | null;
  /** The expiry of the open (unused, unrevoked, unexpired) code, if any. */
  readonly openCodeExpiresAt: string | null;
}

/** Why an activation is refused: one answer for an unknown credit code and a wrong or revoked code. */
export class ActivationError extends ValidationError {
  constructor(
    readonly reason: 'invalid' | 'expired' | 'used',
    field: string,
  ) {
    super(field, ACCOUNT_MESSAGES[`activation_${reason}`]);
    // The server tells an activation refusal from other invalid input by this detail.
    this.details.activation = reason;
  }
}

interface EnterpriseRef {
  id: string;
  name: string;
  region_code: string;
  credit_code: string | null;
}

export class EnterpriseAccountRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Issues a new code for each target enterprise (within `scope`; one without a credit code is a
   * ValidationError naming it), revoking its open codes. → the codes, in id order, to export or print now:
   * only their hashes are kept.
   * @example await store.enterpriseAccounts.issueCodes({ enterpriseIds: ['E1'] }, { actor, scope: { regionPrefix: '3702' } })
   */
  async issueCodes(
    target: IssueTarget,
    options: WriteOptions & { scope: Scope; days?: number; now?: Date },
  ): Promise<IssuedActivationCode[]> {
    const days = options.days ?? DEFAULT_ACTIVATION_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > 366) throw new ValidationError('days', ACCOUNT_MESSAGES.bad_days);
    const now = options.now ?? new Date();
    const at = now.toISOString();
    const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
    return inTransaction(this.ctx, async (tx) => {
      const enterprises = await this.targets(tx, target, options.scope);
      if (enterprises.length === 0) throw new ValidationError('enterpriseIds', ACCOUNT_MESSAGES.no_enterprises);
      if (enterprises.length > MAX_CODES_PER_ISSUE) throw new ValidationError('enterpriseIds', ACCOUNT_MESSAGES.too_many);
      const ids = enterprises.map((e) => e.id);
      const open = new Set<string>();
      for (const batch of statementBatches(tx.dialect, ids, 1)) {
        const rows = await tx.db
          .selectFrom('activation_codes')
          .select('enterprise_id')
          .where('enterprise_id', 'in', batch)
          .where('used_at', 'is', null)
          .where('revoked_at', 'is', null)
          .execute();
        for (const r of rows) open.add(r.enterprise_id);
        await tx.db
          .updateTable('activation_codes')
          .set({ revoked_at: at })
          .where('enterprise_id', 'in', batch)
          .where('used_at', 'is', null)
          .where('revoked_at', 'is', null)
          .execute();
      }
      const issued: IssuedActivationCode[] = enterprises.map((e) => ({
        enterpriseId: e.id,
        creditCode: e.credit_code as string,
        name: e.name,
        regionCode: e.region_code,
        code: newActivationCode(),
        expiresAt,
        replaced: open.has(e.id),
      }));
      const rows = issued.map((c) => ({
        id: randomUUID(),
        enterprise_id: c.enterpriseId,
        code_hash: hashActivationCode(c.code),
        issued_by: options.actor,
        issued_at: at,
        expires_at: expiresAt,
        used_at: null,
        revoked_at: null,
      }));
      for (const batch of statementBatches(tx.dialect, rows, 8)) await tx.db.insertInto('activation_codes').values(batch).execute();
      await writeAudit(
        tx,
        options.actor,
        issued.map((c, k) => ({
          action: c.replaced ? 'activation_code.reissue' : 'activation_code.issue',
          entityType: 'enterprise',
          entityId: c.enterpriseId,
          regionCode: c.regionCode,
          // Never the code: its id and expiry only.
          after: { codeId: rows[k].id, creditCode: c.creditCode, expiresAt },
        })),
        at,
      );
      return issued;
    });
  }

  private async targets(tx: StoreContext, target: IssueTarget, scope: Scope): Promise<EnterpriseRef[]> {
    if ('enterpriseIds' in target) {
      const ids = [...new Set(target.enterpriseIds)];
      if (ids.length > MAX_CODES_PER_ISSUE) throw new ValidationError('enterpriseIds', ACCOUNT_MESSAGES.too_many);
      const found = new Map<string, EnterpriseRef>();
      for (const batch of statementBatches(tx.dialect, ids, 1)) {
        const rows = await tx.db
          .selectFrom('enterprises as e')
          .select(['e.id', 'e.name', 'e.region_code', 'e.credit_code'])
          .where('e.id', 'in', batch)
          .where(scopeCondition(scope, 'e', 'id'))
          .execute();
        for (const r of rows) found.set(r.id, r);
      }
      ids.forEach((id) => {
        if (!found.has(id)) throw new NotFoundError('enterprise', id);
      });
      const out = ids.map((id) => found.get(id) as EnterpriseRef).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const missing = out.findIndex((e) => e.credit_code === null);
      if (missing >= 0)
        throw new ValidationError(`enterpriseIds.${missing}`, interpolateId(ACCOUNT_MESSAGES.no_credit_code, out[missing].id));
      return out;
    }
    let q = tx.db
      .selectFrom('enterprises as e')
      .select(['e.id', 'e.name', 'e.region_code', 'e.credit_code'])
      .where('e.credit_code', 'is not', null)
      .where(scopeCondition(scope, 'e', 'id'))
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('users as u')
              .select('u.id')
              .whereRef('u.enterprise_id', '=', 'e.id')
              .where('u.role', '=', 'enterprise')
              .where(sql<boolean>`u.username_key = lower(e.credit_code)`),
          ),
        ),
      );
    const prefix = target.withoutAccount.regionPrefix;
    if (prefix !== undefined && prefix !== '') q = q.where(scopeCondition({ regionPrefix: prefix }, 'e', 'id'));
    return (await q
      .orderBy('e.id')
      .limit(MAX_CODES_PER_ISSUE + 1)
      .execute()) as EnterpriseRef[];
  }

  /**
   * Activates an account: the credit code and an open, unexpired code of its enterprise, and the argon2id
   * hash of the new password (the server checks the password rules and hashes it). Creates the account
   * (user name = the credit code) or, when it exists, sets its new password and enables it; marks the code
   * used. → the account. Refused alike (`ActivationError` 'invalid') for an unknown credit code, a wrong code,
   * a revoked one and one of another enterprise; 'expired' and 'used' for the right code too late or again.
   */
  async activate(
    input: { creditCode: string; code: string; passwordHash: string; locale?: string },
    options: { now?: Date } = {},
  ): Promise<User> {
    const reading = readCreditCode(input.creditCode);
    if (!reading.ok) throw new ValidationError('creditCode', reading.problem.message);
    const at = (options.now ?? new Date()).toISOString();
    return inTransaction(this.ctx, async (tx) => {
      const enterprise = await tx.db
        .selectFrom('enterprises')
        .select(['id', 'name', 'region_code', 'credit_code'])
        .where(sql<boolean>`upper(credit_code) = ${reading.code}`)
        .executeTakeFirst();
      const code =
        enterprise === undefined
          ? undefined
          : await tx.db
              .selectFrom('activation_codes')
              .selectAll()
              .where('code_hash', '=', hashActivationCode(input.code))
              .where('enterprise_id', '=', enterprise.id)
              .executeTakeFirst();
      if (enterprise === undefined || code === undefined || code.revoked_at !== null) throw new ActivationError('invalid', 'code');
      if (code.used_at !== null) throw new ActivationError('used', 'code');
      if (code.expires_at <= at) throw new ActivationError('expired', 'code');
      const marked = await tx.db
        .updateTable('activation_codes')
        .set({ used_at: at })
        .where('id', '=', code.id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      // Two activations with one code at once: the second finds it used.
      if (Number(marked.numUpdatedRows) !== 1) throw new ActivationError('used', 'code');
      const username = reading.code;
      const existing = await tx.db.selectFrom('users').selectAll().where('username_key', '=', usernameKey(username)).executeTakeFirst();
      let user: User;
      if (existing !== undefined) {
        if (existing.role !== 'enterprise' || existing.enterprise_id !== enterprise.id)
          throw new ConflictError(`user name '${username}' is taken`, { username, reason: 'username_taken' });
        await tx.db
          .updateTable('users')
          .set({ password_hash: input.passwordHash, disabled: boolParam(false), updated_at: at })
          .where('id', '=', existing.id)
          .execute();
        user = userFromRow({ ...existing, password_hash: input.passwordHash, disabled: 0, updated_at: at });
        // A new password ends the sessions of the old one.
        await tx.db.deleteFrom('sessions').where('user_id', '=', existing.id).execute();
      } else {
        const id = randomUUID();
        const row = {
          id,
          username,
          username_key: usernameKey(username),
          password_hash: input.passwordHash,
          role: 'enterprise',
          region_prefix: null,
          enterprise_id: enterprise.id,
          budget_unit_id: null,
          bank_id: null,
          department: null,
          display_name: enterprise.name,
          locale: input.locale ?? 'zh-CN',
          disabled: boolParam(false),
          created_at: at,
          updated_at: at,
        };
        await tx.db.insertInto('users').values(row).execute();
        user = userFromRow(row);
      }
      await writeAudit(
        tx,
        user.id,
        [
          {
            action: existing === undefined ? 'enterprise_account.activate' : 'enterprise_account.reactivate',
            entityType: 'enterprise',
            entityId: enterprise.id,
            regionCode: enterprise.region_code,
            after: { userId: user.id, username, codeId: code.id },
          },
        ],
        at,
      );
      return user;
    });
  }

  /** The account of the enterprise with this credit code (as typed; any case), for sign-in; undefined if none. */
  async findByCreditCode(creditCode: string): Promise<User | undefined> {
    const reading = readCreditCode(creditCode);
    if (!reading.ok) return undefined;
    const row = await readerOf(this.ctx)
      .selectFrom('users as u')
      .innerJoin('enterprises as e', 'e.id', 'u.enterprise_id')
      .selectAll('u')
      .where('u.username_key', '=', usernameKey(reading.code))
      .where('u.role', '=', 'enterprise')
      .where(sql<boolean>`upper(e.credit_code) = ${reading.code}`)
      .executeTakeFirst();
    return row === undefined ? undefined : userFromRow(row);
  }

  /** The account state of enterprises within `scope` (those outside it are left out). */
  async status(enterpriseIds: readonly string[], options: { scope: Scope; now?: Date }): Promise<AccountStatus[]> {
    const at = (options.now ?? new Date()).toISOString();
    const db = readerOf(this.ctx);
    const out: AccountStatus[] = [];
    for (const batch of statementBatches(this.ctx.dialect, [...new Set(enterpriseIds)], 1)) {
      const rows = await db
        .selectFrom('enterprises as e')
        .leftJoin('users as u', (j) =>
          j.onRef('u.enterprise_id', '=', 'e.id').on('u.role', '=', 'enterprise').on(sql<boolean>`u.username_key = lower(e.credit_code)`),
        )
        .select(['e.id', 'u.created_at as activated_at'])
        .select((eb) =>
          eb
            .selectFrom('activation_codes as a')
            .select((a) => a.fn.max('a.expires_at').as('x'))
            .whereRef('a.enterprise_id', '=', 'e.id')
            .where('a.used_at', 'is', null)
            .where('a.revoked_at', 'is', null)
            .where('a.expires_at', '>', at)
            .as('open_until'),
        )
        .where('e.id', 'in', batch)
        .where(scopeCondition(options.scope, 'e', 'id'))
        .execute();
      for (const r of rows)
        out.push({
          enterpriseId: r.id,
          hasAccount: r.activated_at !== null,
          activatedAt: r.activated_at ?? null,
          openCodeExpiresAt: (r.open_until as string | null) ?? null,
        });
    }
    return out;
  }
}

function interpolateId(messages: typeof ACCOUNT_MESSAGES.no_credit_code, id: string) {
  return { 'zh-CN': messages['zh-CN'].replace('{id}', id), ko: messages.ko.replace('{id}', id), en: messages.en.replace('{id}', id) };
}
