/**
 * What a published tender relies on is frozen (issue 11): the project a published tender awarded — its unit,
 * year, budget, reservation and the award itself — decides the unit's set-aside shares (财库〔2011〕181号
 * 第五条, 第六条: the reserved and awarded amounts against the annual budget). Editing it afterwards (a budget of
 * 1 yuan under a 408,800-yuan award; an open project turned reserved) would rewrite the published result.
 * The store refuses it as a conflict; these triggers refuse it in the database, for any code path and for
 * SQLite's REPLACE. The project's name stays editable (nothing is computed from it).
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

/** The columns a publication relies on. */
export const FROZEN_PROJECT_COLUMNS = [
  'budget_unit_id',
  'year',
  'budget_fen',
  'reserved_for',
  'awarded_supplier_id',
  'awarded_supplier_name',
  'awarded_size_class',
  'awarded_amount_fen',
  'tender_id',
] as const;

const PUBLISHED_TENDER_OF = (ref: string) => `exists (select 1 from tenders where project_id = ${ref}.id and status = 'published')`;

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const changed = FROZEN_PROJECT_COLUMNS.map((c) => `new.${c} is distinct from old.${c}`).join(' or ');
  if (dialect === 'postgres') {
    await sql
      .raw(`create function xiaowei_frozen_project() returns trigger language plpgsql as $$
      begin
        if ${PUBLISHED_TENDER_OF('old')} and (tg_op = 'DELETE' or ${changed}) then
          raise exception 'procurement project % is awarded by a published tender and cannot be changed (% rejected)', old.id, tg_op
            using errcode = 'P0001';
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end;
    $$`)
      .execute(db);
    await sql`create trigger procurement_projects_frozen before update or delete on procurement_projects
      for each row execute function xiaowei_frozen_project()`.execute(db);
    return;
  }
  const sqliteChanged = FROZEN_PROJECT_COLUMNS.map((c) => `new.${c} is not old.${c}`).join(' or ');
  await sql
    .raw(`create trigger procurement_projects_frozen_update before update on procurement_projects
      when ${PUBLISHED_TENDER_OF('old')} and (${sqliteChanged})
      begin select raise(abort, 'procurement project is awarded by a published tender and cannot be changed (UPDATE rejected)'); end`)
    .execute(db);
  await sql
    .raw(`create trigger procurement_projects_frozen_delete before delete on procurement_projects
      when ${PUBLISHED_TENDER_OF('old')}
      begin select raise(abort, 'procurement project is awarded by a published tender and cannot be changed (DELETE rejected)'); end`)
    .execute(db);
  await sql
    .raw(`create trigger procurement_projects_frozen_replace before insert on procurement_projects
      when ${PUBLISHED_TENDER_OF('new')}
      begin select raise(abort, 'procurement project is awarded by a published tender and cannot be changed (REPLACE rejected)'); end`)
    .execute(db);
}
