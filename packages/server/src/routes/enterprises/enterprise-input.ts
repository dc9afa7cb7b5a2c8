import type { EnterpriseInput, EnterprisePatch, EnterpriseYearInput } from '@xiaowei/store';
import { MoneyReader } from './registry-context.ts';

/** A year of figures as the API takes it (money in yuan). */
export interface YearBody {
  readonly year: number;
  readonly employees?: number | null;
  readonly revenue?: number | string | null;
  readonly total_assets?: number | string | null;
  readonly taxable_income?: number | string | null;
  readonly total_profit?: number | string | null;
  readonly restricted_industry?: boolean | null;
  readonly inputs?: Record<string, unknown> | null;
}

export interface EnterpriseBody {
  readonly id?: string;
  readonly name?: string;
  readonly region_code?: string;
  readonly industry?: string;
  readonly founded?: string | null;
  readonly registered_capital?: number | string | null;
  readonly credit_code?: string | null;
  readonly years?: readonly YearBody[];
  readonly version?: number;
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The store's inputs from an API body: fields renamed, yuan read exactly into fen (bad amounts: XW_ERR_VALIDATION). */
export function readEnterpriseBody(body: EnterpriseBody): { enterprise: EnterprisePatch & { id?: string }; years: EnterpriseYearInput[] } {
  const money = new MoneyReader();
  const enterprise = defined({
    id: body.id,
    name: body.name,
    regionCode: body.region_code,
    industry: body.industry,
    founded: body.founded,
    registeredCapitalFen: money.fen(body.registered_capital, '/registered_capital'),
    creditCode: body.credit_code,
  });
  const years = (body.years ?? []).map(
    (y, i) =>
      defined({
        year: y.year,
        employees: y.employees,
        revenueFen: money.fen(y.revenue, `/years/${i}/revenue`),
        totalAssetsFen: money.fen(y.total_assets, `/years/${i}/total_assets`),
        taxableIncomeFen: money.fen(y.taxable_income, `/years/${i}/taxable_income`),
        totalProfitFen: money.fen(y.total_profit, `/years/${i}/total_profit`),
        restrictedIndustry: y.restricted_industry,
        inputs: y.inputs,
      }) as EnterpriseYearInput,
  );
  money.check();
  return { enterprise, years };
}

export type { EnterpriseInput };
