/**
 * `enterprise_years.employees` holds the annual average of persons employed, which is fractional: the average
 * of a month is (start + end) / 2 and the year's is the mean of the months or quarters (财税〔2009〕69号
 * art. 7), so 12.5 or 25/24 are lawful values. The policy variable `employees` takes any finite number ≥ 0;
 * the column holds exactly what the variable takes (issue 11: 1.5 was accepted by /evaluate, refused by import).
 * - PostgreSQL: `double precision`, the same IEEE double the engine computes with, so every value the variable
 *   takes is stored and read back unchanged (node-postgres returns float8 as a JS number). `numeric(12,2)` would
 *   round 25/24 and come back as text.
 * - SQLite: nothing to change. The column's INTEGER affinity keeps a REAL that is not a whole number as REAL
 *   (https://sqlite.org/datatype3.html §3.4: a real is converted to integer only when lossless), and rebuilding
 *   the table would mean recreating its keys and triggers for no stored difference.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`alter table enterprise_years alter column employees type double precision`.execute(db);
}
