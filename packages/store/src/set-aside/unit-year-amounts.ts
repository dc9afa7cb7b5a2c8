/**
 * The amounts the set-aside is measured on, summed from a unit's projects of a year (财库〔2011〕181号):
 * reserved for SMEs = projects reserved for SMEs + projects reserved for small and micro enterprises
 * (those count toward the SME part too); reserved for small/micro = the latter; awarded to SMEs =
 * contracts awarded to medium, small and micro suppliers; awarded to small/micro = small and micro.
 * Summed in the database (integer fen; PostgreSQL's numeric sums come back as text, converted exactly).
 */

import type { SetAsideAmounts } from '@xiaowei/app';
import { type Kysely, sql } from 'kysely';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Database } from '../schema.ts';
import { toInt } from '../values.ts';
import { amountTotal } from './amount-total.ts';

/** The project sums of each unit with projects in `year` (units without projects are absent: all zero). */
export async function projectSums(
  db: Kysely<Database>,
  year: number,
  unitIds: readonly string[],
): Promise<Map<string, Omit<SetAsideAmounts, 'budgetFen'>>> {
  const out = new Map<string, Omit<SetAsideAmounts, 'budgetFen'>>();
  if (unitIds.length === 0) return out;
  // Chunks keep the bound parameters well under SQLite's limit for a region with many units.
  for (let i = 0; i < unitIds.length; i += 500) {
    const rows = await db
      .selectFrom('procurement_projects as p')
      .select([
        'p.budget_unit_id',
        sql<unknown>`coalesce(sum(case when p.reserved_for in ('sme', 'small_micro') then p.budget_fen else 0 end), 0)`.as('sme_reserved'),
        sql<unknown>`coalesce(sum(case when p.reserved_for = 'small_micro' then p.budget_fen else 0 end), 0)`.as('small_micro_reserved'),
        sql<unknown>`coalesce(sum(case when p.awarded_size_class in ('medium', 'small', 'micro') then p.awarded_amount_fen else 0 end), 0)`.as(
          'sme_awarded',
        ),
        sql<unknown>`coalesce(sum(case when p.awarded_size_class in ('small', 'micro') then p.awarded_amount_fen else 0 end), 0)`.as(
          'small_micro_awarded',
        ),
      ])
      .where('p.year', '=', year)
      .where('p.budget_unit_id', 'in', unitIds.slice(i, i + 500))
      .groupBy('p.budget_unit_id')
      .execute();
    for (const r of rows) {
      out.set(r.budget_unit_id, {
        smeReservedFen: amountTotal(r.sme_reserved, 'budgetFen'),
        smallMicroReservedFen: amountTotal(r.small_micro_reserved, 'budgetFen'),
        smeAwardedFen: amountTotal(r.sme_awarded, 'award.amountFen'),
        smallMicroAwardedFen: amountTotal(r.small_micro_awarded, 'award.amountFen'),
      });
    }
  }
  return out;
}

export const ZERO_SUMS: Omit<SetAsideAmounts, 'budgetFen'> = {
  smeReservedFen: 0,
  smallMicroReservedFen: 0,
  smeAwardedFen: 0,
  smallMicroAwardedFen: 0,
};

/** The amounts of one unit's year (the year must be recorded). */
export async function unitYearAmounts(db: Kysely<Database>, unitId: string, year: number): Promise<SetAsideAmounts> {
  const row = await db
    .selectFrom('budget_unit_years')
    .select('procurement_budget_fen')
    .where('budget_unit_id', '=', unitId)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('budget_unit_year', `${unitId}/${year}`);
  const sums = (await projectSums(db, year, [unitId])).get(unitId) ?? ZERO_SUMS;
  return { budgetFen: toInt(row.procurement_budget_fen), ...sums };
}

/** The year of a unit must be recorded (with its budget) before projects are added to it. */
export function yearMissing(unitId: string, year: number): ValidationError {
  return new ValidationError('year', {
    'zh-CN': `预算单位 ${unitId} 尚未登记 ${year} 年度的政府采购预算，请先登记年度预算`,
    ko: `예산 단위 ${unitId}의 ${year}년 정부구매 예산이 등록되지 않았습니다. 먼저 연간 예산을 등록하십시오`,
    en: `budget unit ${unitId} has no procurement budget recorded for ${year}: record the year's budget first`,
  });
}
