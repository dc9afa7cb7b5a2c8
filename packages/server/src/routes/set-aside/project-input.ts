import type { AwardInput, ProjectPatch } from '@xiaowei/store';
import { MoneyReader } from '../enterprises/registry-context.ts';

export interface AwardBody {
  supplier_id?: string | null;
  supplier_name: string;
  size_class: string;
  amount: unknown;
}

export interface ProjectBody {
  id?: string;
  year?: number;
  name?: string;
  budget?: unknown;
  reserved_for?: string;
  award?: AwardBody | null;
}

/** A project body (yuan) as the store's patch (fen); XW_ERR_VALIDATION naming every bad amount. */
export function readProjectBody(body: ProjectBody): ProjectPatch & { id?: string } {
  const money = new MoneyReader();
  const budget = money.fen(body.budget, '/budget');
  const award =
    body.award === undefined
      ? undefined
      : body.award === null
        ? null
        : ({
            supplierId: body.award.supplier_id ?? null,
            supplierName: body.award.supplier_name,
            sizeClass: body.award.size_class,
            amountFen: money.fen(body.award.amount, '/award/amount'),
          } as AwardInput);
  money.check();
  return {
    ...(body.id !== undefined ? { id: body.id } : {}),
    ...(body.year !== undefined ? { year: body.year } : {}),
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(budget !== undefined ? { budgetFen: budget as number } : {}),
    ...(body.reserved_for !== undefined ? { reservedFor: body.reserved_for as ProjectPatch['reservedFor'] } : {}),
    ...(award !== undefined ? { award } : {}),
  };
}
