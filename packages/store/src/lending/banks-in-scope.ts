/**
 * The banks a batch of lending rows (quarterly reports or loan records) names, read within the caller's
 * scope: a bank that does not exist, or that the caller may not file for, is a problem of each row that
 * names it — the batch is then refused whole, like any other bad row.
 */
import { interpolate, type Lang } from '@xiaowei/engine';
import { readerOf, type StoreContext } from '../context.ts';
import type { ImportProblem } from '../import/import-row.ts';
import { partyScopeCondition, type Scope } from '../scope.ts';
import { statementBatches } from '../statement-batches.ts';
import { LENDING_MESSAGES } from './lending-messages.ts';

export interface BankOfRow {
  readonly name: string;
  readonly region: string;
}

/**
 * The banks of `rows` within `scope`, by id; pushes an `unknown_bank` problem onto `problems` for each row
 * whose bank is missing or outside the scope.
 */
export async function banksInScope(
  ctx: StoreContext,
  rows: readonly { readonly bankId: string; readonly row?: number }[],
  scope: Scope,
  lang: Lang,
  problems: ImportProblem[],
): Promise<Map<string, BankOfRow>> {
  const ids = [...new Set(rows.map((r) => r.bankId))];
  const banks = new Map<string, BankOfRow>();
  for (const batch of statementBatches(ctx.dialect, ids, 1)) {
    const found = await readerOf(ctx)
      .selectFrom('banks')
      .select(['id', 'name', 'region_code'])
      .where('id', 'in', batch)
      .where(partyScopeCondition(scope, 'bank', 'banks', 'id'))
      .execute();
    for (const b of found) banks.set(b.id, { name: b.name, region: b.region_code });
  }
  for (const r of rows) {
    if (banks.has(r.bankId)) continue;
    const messages = interpolate(LENDING_MESSAGES.unknown_bank, { bank: r.bankId });
    problems.push({ row: r.row ?? 0, column: 'bank_id', field: 'bank_id', code: 'unknown_bank', message: messages[lang], messages });
  }
  return banks;
}
