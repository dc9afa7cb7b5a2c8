/**
 * The store's side of evaluating enterprise-years: the policy runs in the app's use case
 * (`evaluateRegistryYear` of @xiaowei/app, on the system of the rules in force); the store keeps its
 * result as the row's `detail` as it is, and keeps the rows and the transaction (recompute.ts).
 */
import {
  type EntitlementComponent,
  type EntitlementDetail,
  evaluateRegistryYear,
  type RegistryYearInput,
  type RegistryYearOutcome,
} from '@xiaowei/app';
import type { TaxBenefitSystem } from '@xiaowei/engine';

/** What the evaluation needs of one enterprise-year. Money in fen. */
export interface EvaluationInput {
  readonly enterpriseId: string;
  readonly regionCode: string;
  readonly industry: string;
  readonly founded: string | null;
  readonly employees: number | null;
  readonly revenueFen: number | null;
  readonly totalAssetsFen: number | null;
  readonly taxableIncomeFen: number | null;
  readonly totalProfitFen: number | null;
  readonly restrictedIndustry: boolean | null;
  readonly inputs: Readonly<Record<string, unknown>> | null;
  /** Rows of linked entities fed by departments for the year (graduate hires, fee events; migration 0018). */
  readonly linked?: readonly LinkedInput[];
}

/** One member of a linked entity: the entity, its key and its variables' values in input form. */
export interface LinkedInput {
  readonly entity: string;
  readonly key: string;
  readonly inputs: Readonly<Record<string, unknown>>;
}

/** The link from each fed entity to its enterprise (policy entities.ts). */
export const LINKS: Readonly<Record<string, string>> = { graduate_hire: 'employer', fee_event: 'payer' };

/**
 * Values a fed row may leave out that the law itself fills: a graduate's place of insurance is "normally the
 * employer's region" (hire_region), so the employer's region stands in.
 */
const FROM_EMPLOYER: Readonly<Record<string, Readonly<Record<string, 'region'>>>> = {
  graduate_hire: { hire_region: 'region' },
};

/** One entitlement of the result: [measure, value variable, eligible, value in fen, counted in the total]. */
export type StoredComponent = [measure: string, valueVariable: string, eligible: boolean | null, valueFen: number | null, counted: boolean];
/** What the evaluation needs of one enterprise-year (a registry row). Money in fen. */
export type EvaluationInput = RegistryYearInput;

/** One entitlement of the stored detail: [measure, value variable, eligible, value in fen, counted in the total]. */
export type StoredComponent = EntitlementComponent;

/** The stored `detail` (format version 1, compact: a registry has millions of rows). */
export type StoredDetail = EntitlementDetail;

export interface EvaluationResult {
  readonly sizeClass: string | null;
  readonly isSmallOrMicro: boolean | null;
  readonly totalSupportValueFen: number | null;
  readonly detail: StoredDetail;
}

const CORE_FIGURES = [
  ['employees', 'employees'],
  ['revenueFen', 'revenue'],
  ['totalAssetsFen', 'total_assets'],
] as const;

/** Builds the population of `members` for `period`. */
function populationOf(system: TaxBenefitSystem, period: Period, members: readonly EvaluationInput[]): Population {
  const n = members.length;
  const pop = new Population(system);
  pop.addEntity(
    'enterprise',
    n,
    members.map((m) => m.enterpriseId),
  );
  const column = (id: string) => defaultColumn(system.variable(id), n);
  const industry = column('industry') as string[];
  const region = column('region') as string[];
  const founded = column('founded') as Int32Array;
  const employees = column('employees') as Float64Array;
  const revenue = column('revenue') as Float64Array;
  const assets = column('total_assets') as Float64Array;
  const taxable = column('taxable_income') as Float64Array;
  const profit = column('total_profit') as Float64Array;
  const restricted = column('restricted_industry') as Uint8Array;
  for (let i = 0; i < n; i++) {
    const m = members[i];
    industry[i] = m.industry;
    region[i] = m.regionCode;
    if (m.founded !== null) founded[i] = dayNumber(m.founded);
    if (m.employees !== null) employees[i] = m.employees;
    if (m.revenueFen !== null) revenue[i] = m.revenueFen;
    if (m.totalAssetsFen !== null) assets[i] = m.totalAssetsFen;
    if (m.taxableIncomeFen !== null) taxable[i] = m.taxableIncomeFen;
    if (m.totalProfitFen !== null) profit[i] = m.totalProfitFen;
    if (m.restrictedIndustry !== null) restricted[i] = m.restrictedIndustry ? 1 : 0;
  }
  const set = (id: string, col: Column) => pop.setInput(id, period, col);
  set('industry', industry);
  set('region', region);
  set('founded', founded);
  set('employees', employees);
  set('revenue', revenue);
  set('total_assets', assets);
  set('taxable_income', taxable);
  set('total_profit', profit);
  set('restricted_industry', restricted);

  // Other inputs: only the variables some member gives; values were checked when written.
  const others = otherInputVariables();
  const given = new Set<string>();
  for (const m of members) if (m.inputs) for (const k of Object.keys(m.inputs)) given.add(k);
  for (const id of given) {
    const variable = others.get(id);
    if (variable === undefined) continue;
    const periods = variable.definitionPeriod === 'month' ? period.split('month') : [period];
    for (const p of periods) {
      const col = defaultColumn(variable, n) as unknown[];
      for (let i = 0; i < n; i++) {
        const raw = members[i].inputs?.[id];
        if (raw === null || raw === undefined) continue;
        const value =
          variable.definitionPeriod === 'month' && typeof raw === 'object' && !Array.isArray(raw)
            ? (raw as Record<string, unknown>)[p.key]
            : raw;
        if (value === null || value === undefined) continue;
        const cell = decodeValue(variable, value);
        if (typeof cell !== 'object') col[i] = cell;
      }
      pop.setInput(id, p, col as Column);
    }
  }
  addLinked(system, period, pop, members);
  return pop;
}

/** The fed linked entities (graduate hires, fee events) of `members`, each linked to its enterprise. */
function addLinked(system: TaxBenefitSystem, period: Period, pop: Population, members: readonly EvaluationInput[]): void {
  for (const [entity, link] of Object.entries(LINKS)) {
    const rows: { owner: number; row: LinkedInput }[] = [];
    members.forEach((m, owner) => {
      for (const row of m.linked ?? []) if (row.entity === entity) rows.push({ owner, row });
    });
    if (rows.length === 0) continue;
    const n = rows.length;
    pop.addEntity(
      entity,
      n,
      rows.map((r) => `${members[r.owner].enterpriseId}/${r.row.key}`),
    );
    pop.setLink(
      entity,
      link,
      Int32Array.from(rows, (r) => r.owner),
    );
    const given = new Set<string>(Object.keys(FROM_EMPLOYER[entity] ?? {}));
    for (const r of rows) for (const k of Object.keys(r.row.inputs)) given.add(k);
    for (const id of given) {
      const variable = system.variable(id);
      if (variable.entity !== entity) continue;
      const col = defaultColumn(variable, n) as unknown[];
      const fallback = FROM_EMPLOYER[entity]?.[id];
      for (let i = 0; i < n; i++) {
        const raw = rows[i].row.inputs[id] ?? (fallback === 'region' ? members[rows[i].owner].regionCode : undefined);
        if (raw === null || raw === undefined || raw === '') continue;
        const cell = decodeValue(variable, raw);
        if (typeof cell !== 'object') col[i] = cell;
      }
      pop.setInput(id, period, col as Column);
    }
  }
}

interface Outputs {
  readonly ids: readonly string[];
  readonly entitlements: readonly Entitlement[];
}

function outputsFor(system: TaxBenefitSystem, period: Period): Outputs {
  const entitlements = activeEntitlements(ENTITLEMENTS, system.variables, period);
  const ids = ['size_class', 'is_small_or_micro', 'total_support_value', ...entitlements.flatMap((e) => [e.eligible, e.value])];
  return { ids: [...new Set(ids)], entitlements };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Columns of `ids` over `members`, with per-member errors where a column cannot be computed for all. */
function computeColumns(
  system: TaxBenefitSystem,
  period: Period,
  members: readonly EvaluationInput[],
  ids: readonly string[],
): { columns: Map<string, (number | null)[]>; errors: Map<string, (string | null)[]> } {
  const n = members.length;
  const columns = new Map<string, (number | null)[]>();
  const errors = new Map<string, (string | null)[]>();
  const sim = new Simulation(system, populationOf(system, period, members));
  const failed: string[] = [];
  for (const id of ids) {
    try {
      const col = sim.calculate(id, period) as Float64Array | Uint8Array;
      columns.set(id, Array.from(col));
    } catch (e) {
      if (n === 1) {
        columns.set(id, [null]);
        errors.set(id, [message(e)]);
      } else failed.push(id);
    }
  }
  if (failed.length > 0) {
    // Some member makes these fail: halve until the members that fail are found.
    const half = n >> 1;
    const a = computeColumns(system, period, members.slice(0, half), failed);
    const b = computeColumns(system, period, members.slice(half), failed);
    for (const id of failed) {
      columns.set(id, [...(a.columns.get(id) ?? []), ...(b.columns.get(id) ?? [])]);
      const ea = a.errors.get(id) ?? new Array(half).fill(null);
      const eb = b.errors.get(id) ?? new Array(n - half).fill(null);
      errors.set(id, [...ea, ...eb]);
    }
  }
  return { columns, errors };
}
export type EvaluationResult = RegistryYearOutcome;

/**
 * The size class, the whole-package value and every entitlement of `members` for `year`, through the app.
 * @example evaluateYear(getSystem(), 2013, [{ enterpriseId: 'E1', industry: 'C3311', employees: 80, … }])[0].sizeClass // 'small'
 */
export function evaluateYear(system: TaxBenefitSystem, year: number, members: readonly EvaluationInput[]): EvaluationResult[] {
  return evaluateRegistryYear(system, year, members);
}
