/**
 * The registry's use case: the size class, the whole-package value and every entitlement of many
 * enterprise-years at once (国发〔2012〕14号 and the measures it lists), as the store's recompute asks for
 * them. One engine `Population` and `Simulation` per year of a batch, every output a column. What cannot
 * be computed is kept apart: an output the rules do not cover for the year (2011 is before the size
 * standard; a measure whose formula ends) fails on an empty population too and is noted for the whole
 * year; an output that fails only for some members is noted for those, with their reason, found in one
 * pass (the engine lists every member a check stops), so bad enterprises do not cost the others. The
 * store keeps the rows and the transaction; the policy runs here.
 */
import {
  type Column,
  dayNumber,
  decodeValue,
  defaultColumn,
  FormulaError,
  Period,
  Population,
  Simulation,
  type TaxBenefitSystem,
  type Variable,
} from '@xiaowei/engine';
import { activeEntitlements, ENTITLEMENTS, type Entitlement, exclusiveGroups } from '@xiaowei/policy';

/** The enterprise figures a registry row holds in columns of its own; every other input comes in `inputs`. */
export const REGISTRY_FIGURES = [
  'industry',
  'region',
  'founded',
  'employees',
  'revenue',
  'total_assets',
  'taxable_income',
  'total_profit',
  'restricted_industry',
] as const;

/** The enterprise inputs other than {@link REGISTRY_FIGURES}, by id, once per system. */
const OTHER_INPUTS = new WeakMap<TaxBenefitSystem, ReadonlyMap<string, Variable>>();
function otherInputVariables(system: TaxBenefitSystem): ReadonlyMap<string, Variable> {
  let found = OTHER_INPUTS.get(system);
  if (found === undefined) {
    const figures: readonly string[] = REGISTRY_FIGURES;
    found = new Map(
      [...system.variables.values()].filter((v) => v.entity === 'enterprise' && v.isInput && !figures.includes(v.id)).map((v) => [v.id, v]),
    );
    OTHER_INPUTS.set(system, found);
  }
  return found;
}

/** What the evaluation needs of one enterprise-year. Money in fen. */
export interface RegistryYearInput {
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
  /** Rows of linked entities fed by departments for the year (graduate hires, fee events). */
  readonly linked?: readonly LinkedInput[];
}

/** One member of a linked entity: the entity, its key and its variables' values in input form. */
export interface LinkedInput {
  readonly entity: string;
  readonly key: string;
  readonly inputs: Readonly<Record<string, unknown>>;
}

/** The link from each fed entity to its enterprise (the policy's entities: a hire's employer, a fee's payer). */
export const LINKS: Readonly<Record<string, string>> = { graduate_hire: 'employer', fee_event: 'payer' };

/**
 * Values a fed row may leave out that the law itself fills: a graduate's place of insurance is "normally the
 * employer's region" (hire_region), so the employer's region stands in.
 */
const FROM_EMPLOYER: Readonly<Record<string, Readonly<Record<string, 'region'>>>> = {
  graduate_hire: { hire_region: 'region' },
};

/** One entitlement of the result: [measure, value variable, eligible, value in fen, counted in the total]. */
export type EntitlementComponent = [
  measure: string,
  valueVariable: string,
  eligible: boolean | null,
  valueFen: number | null,
  counted: boolean,
];

/** The detail of one enterprise-year (compact: the store keeps it as is for millions of rows). */
export interface EntitlementDetail {
  /** Format version of this object. */
  readonly v: 1;
  readonly components: EntitlementComponent[];
  /** Measures with entitlements whose rules are not encoded for the year. */
  readonly notEncoded: string[];
  /** Outputs that could not be computed, and why. */
  readonly problems: { variable: string; message: string }[];
  /** Core figures that were not given (their defaults were used). */
  readonly missingInputs: string[];
}

export interface RegistryYearOutcome {
  readonly sizeClass: string | null;
  readonly isSmallOrMicro: boolean | null;
  readonly totalSupportValueFen: number | null;
  readonly detail: EntitlementDetail;
}

const CORE_FIGURES = [
  ['employees', 'employees'],
  ['revenueFen', 'revenue'],
  ['totalAssetsFen', 'total_assets'],
] as const;

/** Builds the population of `members` for `period`. */
function populationOf(system: TaxBenefitSystem, period: Period, members: readonly RegistryYearInput[]): Population {
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
  const others = otherInputVariables(system);
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
function addLinked(system: TaxBenefitSystem, period: Period, pop: Population, members: readonly RegistryYearInput[]): void {
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

/** Hooks of {@link evaluateRegistryYear}. */
export interface RegistryYearOptions {
  /** Called with the member count of each population evaluated (the probe of the year has none). */
  readonly onPopulation?: (members: number) => void;
}

/**
 * The members that `e` stops, each with its message as if it had been evaluated alone (its rows counted
 * from its own first, as the engine numbers them), or undefined when `e` names no member. A linked row
 * (a hire, a fee) stops the enterprise it belongs to.
 */
function stoppedMembers(system: TaxBenefitSystem, pop: Population, e: unknown): Map<number, string> | undefined {
  if (!(e instanceof FormulaError) || e.row === undefined) return undefined;
  const entity = system.variable(e.variable).entity;
  const link = LINKS[entity];
  const owners = link === undefined ? undefined : pop.entity(entity).links.get(link);
  if (entity !== 'enterprise' && owners === undefined) return undefined;
  const stopped = new Map<number, string>();
  for (const row of e.failing?.rows ?? [e.row]) {
    const member = owners === undefined ? row : owners[row];
    // Alone, a member fails at its first failing row (rows are in member order).
    if (stopped.has(member)) continue;
    let first = row;
    if (owners !== undefined) while (first > 0 && owners[first - 1] === member) first--;
    const error = row === e.row ? e : (e.failing?.errorAt(row) ?? e);
    stopped.set(member, message(error.shifted(-first)));
  }
  return stopped;
}

/**
 * Columns of `ids` over `members`, with per-member errors where a column cannot be computed for all.
 * Members are independent, so a member stops the same check in a batch as alone; the engine lists every
 * member a check stops (an absent core figure, an answer not given), and those are set aside with their
 * reason in one pass while the rest are computed again without them. The passes are bounded by the
 * checks that fail, not by the members. Only an error that names no member falls back to halving.
 */
function computeColumns(
  system: TaxBenefitSystem,
  period: Period,
  members: readonly RegistryYearInput[],
  ids: readonly string[],
  options: RegistryYearOptions,
): { columns: Map<string, (number | null)[]>; errors: Map<string, (string | null)[]> } {
  const n = members.length;
  const columns = new Map<string, (number | null)[]>();
  const errors = new Map<string, (string | null)[]>();
  const pop = populationOf(system, period, members);
  options.onPopulation?.(n);
  const sim = new Simulation(system, pop);
  // Outputs that stopped, grouped by the members they stopped (they are computed again together without them).
  const groups = new Map<string, { aside: number[]; ids: string[] }>();
  const stoppedBy = new Map<string, Map<number, string>>();
  const unnamed: string[] = [];
  for (const id of ids) {
    try {
      const col = sim.calculate(id, period) as Float64Array | Uint8Array;
      columns.set(id, Array.from(col));
    } catch (e) {
      const stopped = stoppedMembers(system, pop, e) ?? (n === 1 ? new Map([[0, message(e)]]) : undefined);
      if (stopped === undefined) {
        unnamed.push(id);
        continue;
      }
      stoppedBy.set(id, stopped);
      const aside = [...stopped.keys()].sort((a, b) => a - b);
      const key = aside.join(',');
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { aside, ids: [id] });
      else group.ids.push(id);
    }
  }
  for (const { aside, ids: again } of groups.values()) {
    const out = new Set(aside);
    const rest: number[] = [];
    for (let i = 0; i < n; i++) if (!out.has(i)) rest.push(i);
    const sub =
      rest.length > 0
        ? computeColumns(
            system,
            period,
            rest.map((i) => members[i]),
            again,
            options,
          )
        : undefined;
    for (const id of again) {
      const stopped = stoppedBy.get(id) ?? new Map<number, string>();
      const col: (number | null)[] = new Array(n).fill(null);
      const err: (string | null)[] = new Array(n).fill(null);
      for (const [i, text] of stopped) err[i] = text;
      const subCol = sub?.columns.get(id);
      const subErr = sub?.errors.get(id);
      rest.forEach((i, k) => {
        col[i] = subCol?.[k] ?? null;
        err[i] = subErr?.[k] ?? null;
      });
      columns.set(id, col);
      errors.set(id, err);
    }
  }
  if (unnamed.length > 0) {
    // An error that names no member (not one of the year: the probe found those): halve until it does.
    const half = n >> 1;
    const a = computeColumns(system, period, members.slice(0, half), unnamed, options);
    const b = computeColumns(system, period, members.slice(half), unnamed, options);
    for (const id of unnamed) {
      columns.set(id, [...(a.columns.get(id) ?? []), ...(b.columns.get(id) ?? [])]);
      const ea = a.errors.get(id) ?? new Array(half).fill(null);
      const eb = b.errors.get(id) ?? new Array(n - half).fill(null);
      errors.set(id, [...ea, ...eb]);
    }
  }
  return { columns, errors };
}

/**
 * Evaluates the size class, the whole-package value and every entitlement of `members` for `year`.
 * @example evaluateRegistryYear(getSystem(), 2013, [{ enterpriseId: 'E1', industry: 'C3311', employees: 80, … }])[0].sizeClass // 'small'
 */
export function evaluateRegistryYear(
  system: TaxBenefitSystem,
  year: number,
  members: readonly RegistryYearInput[],
  options: RegistryYearOptions = {},
): RegistryYearOutcome[] {
  const period = Period.parse(String(year));
  const { ids, entitlements } = outputsFor(system, period);
  const notEncoded = [...new Set(ENTITLEMENTS.filter((e) => !entitlements.includes(e)).map((e) => e.measure))];
  // Outputs the rules do not define for this year fail on no members at all: noted once, not halved.
  const yearWide = new Map<string, string>();
  const probe = new Simulation(system, populationOf(system, period, []));
  for (const id of ids) {
    try {
      probe.calculate(id, period);
    } catch (e) {
      yearWide.set(id, message(e));
    }
  }
  const computable = ids.filter((id) => !yearWide.has(id));
  const { columns, errors } =
    members.length > 0 && computable.length > 0
      ? computeColumns(system, period, members, computable, options)
      : { columns: new Map(), errors: new Map() };
  const sizeNames = system.variable('size_class').possibleValues ?? [];
  const groups = exclusiveGroups(entitlements);

  return members.map((m, i): RegistryYearOutcome => {
    const problems: { variable: string; message: string }[] = [];
    const value = (id: string): number | null => {
      const wide = yearWide.get(id);
      if (wide !== undefined) {
        problems.push({ variable: id, message: wide });
        return null;
      }
      const err = errors.get(id)?.[i];
      if (err) {
        problems.push({ variable: id, message: err });
        return null;
      }
      return columns.get(id)?.[i] ?? null;
    };
    const size = value('size_class');
    const small = value('is_small_or_micro');
    const total = value('total_support_value');
    const components: EntitlementComponent[] = entitlements.map((e) => {
      const eligible = value(e.eligible);
      const fen = value(e.value);
      return [e.measure, e.value, eligible === null ? null : eligible === 1, eligible === 0 ? 0 : fen, false];
    });
    // Of schemes that cannot be combined the largest counts (as total_support_value and assessEntitlements do).
    for (const group of groups) {
      let best = -1;
      for (const e of group) {
        const k = entitlements.indexOf(e);
        const c = components[k];
        if (c[2] === true && c[3] !== null && (best < 0 || c[3] > (components[best][3] ?? 0))) best = k;
      }
      if (best >= 0) components[best][4] = true;
    }
    const missingInputs = CORE_FIGURES.filter(([key]) => m[key] === null).map(([, id]) => id);
    return {
      sizeClass: size === null ? null : (sizeNames[size] ?? null),
      isSmallOrMicro: small === null ? null : small === 1,
      totalSupportValueFen: total,
      detail: { v: 1, components, notEncoded, problems: dedupe(problems), missingInputs },
    };
  });
}

function dedupe(problems: { variable: string; message: string }[]): { variable: string; message: string }[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.variable}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
