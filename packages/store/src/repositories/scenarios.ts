/**
 * What-if scenarios (issue 15, migration 0014): saved by their owner, checked against the policy's parameter
 * tree when written (`parseScenario` of @xiaowei/app: all or nothing), readable by other users within the
 * owner's region when shared, changed and deleted by the owner only; every write audited.
 */
import { randomUUID } from 'node:crypto';
import { parseScenario, type Scenario } from '@xiaowei/app';
import { getSystem } from '@xiaowei/policy';
import { sql } from 'kysely';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { ScenariosTable } from '../schema.ts';
import { checkScope, type Scope } from '../scope.ts';
import { nowIso, toInt } from '../values.ts';

export interface StoredScenario {
  readonly id: string;
  readonly ownerId: string;
  /** The owner's region prefix when saved ('' for every region): a shared scenario is read within it. */
  readonly scopePrefix: string;
  readonly scenario: Scenario;
  readonly shared: boolean;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Who is asking: the user and the region scope of their role. */
export interface ScenarioReader {
  readonly userId: string;
  readonly scope: Scope;
}

/** The region prefix of a scope ('' for every region); an enterprise's or another party's scope reads no shared scenario. */
function prefixOf(scope: Scope): string | undefined {
  checkScope(scope);
  if ('all' in scope) return '';
  if ('regionPrefix' in scope) return scope.regionPrefix;
  return undefined;
}

function fromRow(r: ScenariosTable): StoredScenario {
  return {
    id: r.id,
    ownerId: r.owner_id,
    scopePrefix: r.scope_prefix,
    scenario: {
      name: r.name,
      ...(r.description ? { description: r.description } : {}),
      baseYear: toInt(r.base_year),
      changes: JSON.parse(r.changes),
    },
    shared: toInt(r.shared) === 1,
    version: toInt(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The scenario checked against the parameter tree; the first problem as a ValidationError at `changes[row].field`. */
function checked(raw: unknown): Scenario {
  const parsed = parseScenario(getSystem(), raw);
  if (parsed.scenario !== undefined) return parsed.scenario;
  const p = parsed.problems[0];
  throw new ValidationError(p.row === undefined ? p.field : `changes[${p.row - 1}].${p.field}`, p.message);
}

export class ScenarioRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Saves a scenario of `ownerId` (its JSON as the API takes it: `{ name, base_year, changes }`).
   * @example await store.scenarios.create({ ownerId: user.id, scope, scenario, shared: true }, { actor: user.id })
   */
  async create(
    input: { ownerId: string; scope: Scope; scenario: unknown; shared?: boolean },
    options: WriteOptions,
  ): Promise<StoredScenario> {
    const scenario = checked(input.scenario);
    const prefix = prefixOf(input.scope);
    if (prefix === undefined)
      throw new ValidationError('scope', {
        'zh-CN': '该角色不能保存情景',
        ko: '이 역할은 시나리오를 저장할 수 없습니다',
        en: 'This role cannot save scenarios',
      });
    const at = nowIso();
    const row: ScenariosTable = {
      id: randomUUID(),
      owner_id: input.ownerId,
      scope_prefix: prefix,
      name: scenario.name,
      description: scenario.description ?? null,
      base_year: scenario.baseYear,
      changes: JSON.stringify(scenario.changes),
      shared: input.shared ? 1 : 0,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    return inTransaction(this.ctx, async (tx) => {
      await tx.db.insertInto('scenarios').values(row).execute();
      const saved = fromRow(row);
      await writeAudit(tx, options.actor, [{ action: 'scenario.create', entityType: 'scenario', entityId: row.id, after: saved }], at);
      return saved;
    });
  }

  /** The scenario `id` if `reader` owns it or it is shared within a region holding theirs; else NotFoundError. */
  async get(id: string, reader: ScenarioReader): Promise<StoredScenario> {
    const row = (await readerOf(this.ctx).selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst()) as
      | ScenariosTable
      | undefined;
    if (row === undefined || !this.readable(row, reader)) throw new NotFoundError('scenario', id);
    return fromRow(row);
  }

  private readable(row: ScenariosTable, reader: ScenarioReader): boolean {
    if (row.owner_id === reader.userId) return true;
    const prefix = prefixOf(reader.scope);
    return toInt(row.shared) === 1 && prefix !== undefined && (prefix === '' || prefix.startsWith(row.scope_prefix));
  }

  /** The reader's own scenarios and those shared with them, most recently changed first (at most 500). */
  async list(reader: ScenarioReader): Promise<StoredScenario[]> {
    const prefix = prefixOf(reader.scope);
    let q = readerOf(this.ctx).selectFrom('scenarios').selectAll();
    q =
      prefix === undefined
        ? q.where('owner_id', '=', reader.userId)
        : q.where((eb) =>
            eb.or([
              eb('owner_id', '=', reader.userId),
              prefix === '' ? eb('shared', '=', 1) : eb.and([eb('shared', '=', 1), sql<boolean>`${prefix} like (scope_prefix || '%')`]),
            ]),
          );
    const rows = (await q.orderBy('updated_at', 'desc').orderBy('id').limit(500).execute()) as ScenariosTable[];
    return rows.map(fromRow);
  }

  /** Changes the owner's scenario (its content, its sharing); `ConflictError` when `expectedVersion` is not the stored one. */
  async update(
    id: string,
    patch: { scenario?: unknown; shared?: boolean },
    options: WriteOptions & { userId: string; expectedVersion?: number },
  ): Promise<StoredScenario> {
    const scenario = patch.scenario === undefined ? undefined : checked(patch.scenario);
    return inTransaction(this.ctx, async (tx) => {
      const row = (await tx.db.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst()) as ScenariosTable | undefined;
      if (row === undefined || row.owner_id !== options.userId) throw new NotFoundError('scenario', id);
      if (options.expectedVersion !== undefined && options.expectedVersion !== toInt(row.version))
        throw new ConflictError(`scenario '${id}' changed`, { id, version: toInt(row.version) });
      const at = nowIso();
      const next: ScenariosTable = {
        ...row,
        ...(scenario
          ? {
              name: scenario.name,
              description: scenario.description ?? null,
              base_year: scenario.baseYear,
              changes: JSON.stringify(scenario.changes),
            }
          : {}),
        ...(patch.shared === undefined ? {} : { shared: patch.shared ? 1 : 0 }),
        version: toInt(row.version) + 1,
        updated_at: at,
      };
      await tx.db.updateTable('scenarios').set(next).where('id', '=', id).execute();
      const before = fromRow(row);
      const after = fromRow(next);
      await writeAudit(tx, options.actor, [{ action: 'scenario.update', entityType: 'scenario', entityId: id, before, after }], at);
      return after;
    });
  }

  /** Deletes the owner's scenario (the audit row keeps it). */
  async delete(id: string, options: WriteOptions & { userId: string }): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const row = (await tx.db.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst()) as ScenariosTable | undefined;
      if (row === undefined || row.owner_id !== options.userId) throw new NotFoundError('scenario', id);
      await tx.db.deleteFrom('scenarios').where('id', '=', id).execute();
      await writeAudit(tx, options.actor, [{ action: 'scenario.delete', entityType: 'scenario', entityId: id, before: fromRow(row) }]);
    });
  }
}
