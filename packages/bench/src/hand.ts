/**
 * The hand-written reference: one typed-array loop computing size_class, is_small_low_profit and
 * corporate_income_tax per member, with the period's parameter values prepared once and the industry
 * read as a pre-decoded group index (a Uint8Array decoded once, outside the timed loop). It is the speed yardstick for the engine and, being written independently of the
 * formulas, a correctness check on them.
 *
 * Assumes the inputs the bench does not give take their defaults (not in a restricted industry; founded
 * before the period) and a period in which the halving threshold does not change (every year but 2015).
 */
import { Period, type TaxBenefitSystem } from '@xiaowei/engine';
import { INDUSTRY_GROUPS, readIndustry } from '@xiaowei/policy';
import { INDUSTRY_CODES } from './population.ts';

export interface Outputs {
  readonly size_class: Uint8Array;
  readonly is_small_low_profit: Uint8Array;
  readonly corporate_income_tax: Float64Array;
}

export interface HandParams {
  /** Industry code → index in INDUSTRY_GROUPS. */
  readonly groupOf: ReadonlyMap<string, number>;
  /** Lower bounds by group, tier (large, medium, small) and indicator (employees, revenue, total_assets): [g * 9 + tier * 3 + k]; 0 where the group has none. */
  readonly bounds: Float64Array;
  readonly industrialGroup: number;
  readonly incomeLimit: number;
  readonly employeesLimitIndustrial: number;
  readonly assetsLimitIndustrial: number;
  readonly employeesLimitOther: number;
  readonly assetsLimitOther: number;
  readonly halvingThreshold: number;
  /** Tax as an exact fraction of the income: small low-profit, halved; small low-profit; general. */
  readonly halved: readonly [number, number];
  readonly slp: readonly [number, number];
  readonly general: readonly [number, number];
}

const TIERS = ['large', 'medium', 'small'] as const;
const INDICATORS = ['employees', 'revenue', 'total_assets'] as const;
const P = 'tax.corporate_income_tax';

/** The exact fraction of a decimal rate read from YAML (0.25 → 1/4). */
function ratio(rate: number): [number, number] {
  for (let k = 0; k <= 9; k++) {
    const den = 10 ** k;
    const num = Math.round(rate * den);
    if (num / den === rate) {
      const g = gcd(num, den);
      return [num / g, den / g];
    }
  }
  throw new Error(`rate ${rate} has more than 9 decimals`);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The parameter values of `period` and the industry map, prepared once. */
export function handParams(system: TaxBenefitSystem, period: Period | string | number): HandParams {
  const p = Period.parse(period);
  const at = p.start;
  const num = (path: string): number => {
    const v = system.parameterAt(path, at).value;
    if (typeof v !== 'number') throw new Error(`hand loop: parameter ${path} has no numeric value at ${at}`);
    return v;
  };
  const groupOf = new Map<string, number>();
  for (const [code, group] of INDUSTRY_CODES) {
    const reading = readIndustry(code);
    if (!reading.ok || reading.group !== group) {
      throw new Error(
        `industry code '${code}': the bench expects group ${group}, the policy reads ${reading.ok ? reading.group : 'an error'}`,
      );
    }
    groupOf.set(code, (INDUSTRY_GROUPS as readonly string[]).indexOf(group));
  }
  const bounds = new Float64Array(INDUSTRY_GROUPS.length * 9);
  INDUSTRY_GROUPS.forEach((group, g) => {
    TIERS.forEach((tier, t) => {
      INDICATORS.forEach((indicator, k) => {
        const path = `classification.size_standard.${group}.${tier}.${indicator}`;
        if (system.parameters.find(path) !== undefined) bounds[g * 9 + t * 3 + k] = num(path);
      });
    });
  });
  const threshold = num(`${P}.small_low_profit.halving.threshold`);
  for (const month of p.split('month')) {
    const v = system.parameterAt(`${P}.small_low_profit.halving.threshold`, month.start).value;
    if (v !== threshold)
      throw new Error(`hand loop: the halving threshold changes during ${p.key}; the hand loop handles only constant years`);
  }
  const [rn, rd] = ratio(num(`${P}.small_low_profit.rate`));
  const [sn, sd] = ratio(num(`${P}.small_low_profit.halving.taxable_share`));
  const g = gcd(rn * sn, rd * sd);
  return {
    groupOf,
    bounds,
    industrialGroup: (INDUSTRY_GROUPS as readonly string[]).indexOf('industry'),
    incomeLimit: num(`${P}.small_low_profit.taxable_income_limit`),
    employeesLimitIndustrial: num(`${P}.small_low_profit.industrial.employees_limit`),
    assetsLimitIndustrial: num(`${P}.small_low_profit.industrial.total_assets_limit`),
    employeesLimitOther: num(`${P}.small_low_profit.other.employees_limit`),
    assetsLimitOther: num(`${P}.small_low_profit.other.total_assets_limit`),
    halvingThreshold: threshold,
    halved: [(rn * sn) / g, (rd * sd) / g],
    slp: [rn, rd],
    general: ratio(num(`${P}.general_rate`)),
  };
}

/** `a × num / den` for an integer a ≥ 0 (fen), rounded to the fen half away from zero, exactly (a < 2^53). */
function roundRatio(a: number, num: number, den: number): number {
  const r = a % den;
  const t = r * num;
  const tr = t % den;
  return ((a - r) / den) * num + (t - tr) / den + (2 * tr >= den ? 1 : 0);
}

export interface HandInputs {
  /** Each member's index in INDUSTRY_GROUPS (see {@link groupIndex}). */
  readonly group: Uint8Array;
  readonly employees: Float64Array;
  readonly revenue: Float64Array;
  readonly total_assets: Float64Array;
  readonly taxable_income: Float64Array;
}

/** The pre-decoded group index of an industry column (throws on a code the bench does not know). */
export function groupIndex(p: HandParams, industry: readonly string[]): Uint8Array {
  const out = new Uint8Array(industry.length);
  for (let i = 0; i < industry.length; i++) {
    const g = p.groupOf.get(industry[i]);
    if (g === undefined) throw new Error(`hand loop: member ${i}: unknown industry '${industry[i]}'`);
    out[i] = g;
  }
  return out;
}

/** The pre-decoded group index of a column of indices into INDUSTRY_CODES (the generated population's form). */
export function groupIndexOfCodes(p: HandParams, codes: Uint8Array, from = 0, to = codes.length): Uint8Array {
  const table = Uint8Array.from(INDUSTRY_CODES, ([code]) => p.groupOf.get(code) as number);
  const out = new Uint8Array(to - from);
  for (let i = from; i < to; i++) out[i - from] = table[codes[i]];
  return out;
}

/** Allocates the three output columns for `n` members. */
export function newOutputs(n: number): Outputs {
  return { size_class: new Uint8Array(n), is_small_low_profit: new Uint8Array(n), corporate_income_tax: new Float64Array(n) };
}

/** The hand loop over members [0, n) of `input`, into `out`. */
export function handLoop(p: HandParams, input: HandInputs, n: number, out: Outputs = newOutputs(n)): Outputs {
  const { group, employees, revenue, total_assets: assets, taxable_income: income } = input;
  const { bounds, industrialGroup, incomeLimit, halvingThreshold } = p;
  const [hn, hd] = p.halved;
  const [sn, sd] = p.slp;
  const [gn, gd] = p.general;
  const sizeClass = out.size_class;
  const slpOut = out.is_small_low_profit;
  const tax = out.corporate_income_tax;
  for (let i = 0; i < n; i++) {
    const g = group[i];
    const e = employees[i];
    const r = revenue[i];
    const a = assets[i];
    const b = g * 9;
    sizeClass[i] =
      e >= bounds[b] && r >= bounds[b + 1] && a >= bounds[b + 2]
        ? 0
        : e >= bounds[b + 3] && r >= bounds[b + 4] && a >= bounds[b + 5]
          ? 1
          : e >= bounds[b + 6] && r >= bounds[b + 7] && a >= bounds[b + 8]
            ? 2
            : 3;
    const ti = income[i];
    const industrial = g === industrialGroup;
    const slp =
      ti <= incomeLimit &&
      e <= (industrial ? p.employeesLimitIndustrial : p.employeesLimitOther) &&
      a <= (industrial ? p.assetsLimitIndustrial : p.assetsLimitOther);
    slpOut[i] = slp ? 1 : 0;
    const base = Math.max(ti, 0);
    tax[i] = slp ? (base <= halvingThreshold ? roundRatio(base, hn, hd) : roundRatio(base, sn, sd)) : roundRatio(base, gn, gd);
  }
  return out;
}

/** The first member whose outputs differ, described, or undefined when all `n` agree exactly. */
export function firstDifference(expected: Outputs, actual: Outputs, n: number, offset = 0): string | undefined {
  for (const key of ['size_class', 'is_small_low_profit', 'corporate_income_tax'] as const) {
    const x = expected[key];
    const y = actual[key];
    if (x.length < n || y.length < n) return `${key}: ${x.length} and ${y.length} values for ${n} members`;
    for (let i = 0; i < n; i++) {
      if (x[i] !== y[i]) return `${key} of member ${offset + i}: hand loop ${x[i]}, engine ${y[i]}`;
    }
  }
  return undefined;
}
