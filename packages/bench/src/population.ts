/**
 * A seeded synthetic population of enterprises, built straight into typed columns (no per-member
 * objects): industry as a string[] drawn from a small set of codes (group codes and GB/T 4754-2011
 * codes of every one of the 16 groups), money as Float64Array of integer fen.
 */
import { Categorical } from '@xiaowei/engine';
import { mulberry32 } from './prng.ts';

/** The industry codes drawn, with the size-standard group each must read as (checked against the policy by the hand loop). */
export const INDUSTRY_CODES: ReadonlyArray<readonly [code: string, group: string]> = [
  ['agriculture', 'agriculture'],
  ['A', 'agriculture'],
  ['A0111', 'agriculture'],
  ['industry', 'industry'],
  ['C3311', 'industry'],
  ['B0610', 'industry'],
  ['D4411', 'industry'],
  ['C', 'industry'],
  ['construction', 'construction'],
  ['E4700', 'construction'],
  ['wholesale', 'wholesale'],
  ['F5111', 'wholesale'],
  ['retail', 'retail'],
  ['F5211', 'retail'],
  ['52', 'retail'],
  ['transport', 'transport'],
  ['G5411', 'transport'],
  ['warehousing', 'warehousing'],
  ['G5910', 'warehousing'],
  ['postal', 'postal'],
  ['G6010', 'postal'],
  ['accommodation', 'accommodation'],
  ['H6110', 'accommodation'],
  ['catering', 'catering'],
  ['H6210', 'catering'],
  ['information_transmission', 'information_transmission'],
  ['I6311', 'information_transmission'],
  ['64', 'information_transmission'],
  ['software_it', 'software_it'],
  ['I6510', 'software_it'],
  ['real_estate_development', 'real_estate_development'],
  ['K7010', 'real_estate_development'],
  ['property_management', 'property_management'],
  ['K7020', 'property_management'],
  ['leasing_business_services', 'leasing_business_services'],
  ['L7111', 'leasing_business_services'],
  ['L', 'leasing_business_services'],
  ['other', 'other'],
  ['M7310', 'other'],
  ['O8010', 'other'],
  ['R8510', 'other'],
  ['K7090', 'other'],
];

/** The codes grouped by group, in first-seen order, so each group is drawn with the same weight. */
const CODES_BY_GROUP: readonly (readonly number[])[] = (() => {
  const byGroup = new Map<string, number[]>();
  INDUSTRY_CODES.forEach(([, group], i) => {
    const list = byGroup.get(group) ?? [];
    list.push(i);
    byGroup.set(group, list);
  });
  return [...byGroup.values()];
})();

/**
 * Exact-precision cases placed at the start of every population (when it is large enough), with the
 * outputs they must have. Money in yuan as decimal text.
 */
export interface EdgeCase {
  readonly industry: string;
  readonly employees: number;
  readonly revenue: string;
  readonly total_assets: string;
  readonly taxable_income: string;
  readonly expect: { readonly size_class: string; readonly is_small_low_profit: boolean; readonly corporate_income_tax: string };
}

export const EDGE_CASES: readonly EdgeCase[] = [
  // 工业 large revenue bound: 40000 万元, inclusive.
  edge('C3311', 1000, '400000000', '0', '0', 'large', false, '0'),
  edge('C3311', 1000, '399999999', '0', '0', 'medium', false, '0'),
  edge('industry', 1000, '399999999.99', '0', '0', 'medium', false, '0'),
  edge('industry', 999, '400000000', '0', '0', 'medium', false, '0'),
  edge('C3311', 1000, '1000000000000', '1000000000000', '1000000000000', 'large', false, '250000000000'),
  edge('C3311', 20, '3000000', '0', '0', 'small', true, '0'),
  edge('C3311', 20, '2999999.99', '0', '0', 'micro', true, '0'),
  edge('C3311', 19.5, '3000000', '0', '0', 'micro', true, '0'),
  // Amounts near 10^12 yuan stay exact to the fen: 999999999999.99 × 25% = 249999999999.9975 → …250000000000.00.
  edge('E4700', 5000, '1000000000000', '1000000000000', '999999999999.99', 'large', false, '250000000000'),
  edge('E4700', 0, '800000000', '799999999.99', '999999999999.97', 'medium', false, '249999999999.99'),
  // Small low-profit (other enterprises: ≤ 80 employees, ≤ 10,000,000 yuan assets, income ≤ 300,000) and the 2013 halving at 60,000.
  edge('F5211', 80, '1000000', '10000000', '60000', 'small', true, '6000'),
  edge('F5211', 80, '1000000', '10000000', '60000.01', 'small', true, '12000'),
  edge('F5211', 80, '999999.99', '10000000', '59999.99', 'micro', true, '6000'),
  edge('F5211', 80, '1000000', '10000000', '300000', 'small', true, '60000'),
  edge('F5211', 80, '1000000', '10000000', '300000.01', 'small', false, '75000'),
  edge('F5211', 80.5, '1000000', '10000000', '60000', 'small', false, '15000'),
  edge('F5211', 80, '1000000', '10000000.01', '60000', 'small', false, '15000'),
  // Industrial enterprises: ≤ 100 employees, ≤ 30,000,000 yuan assets.
  edge('C3311', 100, '5000000', '30000000', '60000', 'small', true, '6000'),
  edge('C3311', 101, '5000000', '30000000', '60000', 'small', false, '15000'),
  edge('B0610', 100, '5000000', '30000000.01', '60000', 'small', false, '15000'),
  // Half a fen rounds away from zero: 0.05 × 10% = 0.005; 0.02 × 25% = 0.005; 0.15 × 10% = 0.015; 0.01 × 25% = 0.0025.
  edge('retail', 1, '0', '0', '0.05', 'micro', true, '0.01'),
  edge('retail', 500, '0', '0', '0.02', 'micro', false, '0.01'),
  edge('retail', 1, '0', '0', '0.15', 'micro', true, '0.02'),
  edge('retail', 500, '0', '0', '0.01', 'micro', false, '0'),
  // Losses: no tax, and a loss-making enterprise can be small low-profit.
  edge('other', 300, '0', '0', '-1000', 'large', false, '0'),
  edge('other', 299.5, '0', '0', '-1000000000000', 'medium', false, '0'),
  edge('other', 10, '0', '0', '-0.01', 'small', true, '0'),
  // Groups bounded on assets: 建筑业 and 房地产开发经营.
  edge('K7010', 0, '2000000000', '100000000', '1', 'large', false, '0.25'),
  edge('K7010', 80, '2000000000', '10000000', '1', 'micro', true, '0.1'),
  edge('real_estate_development', 0, '2000000000', '99999999.99', '1', 'medium', false, '0.25'),
  edge('L', 300, '0', '1200000000', '0', 'large', false, '0'),
  edge('leasing_business_services', 300, '0', '1199999999.99', '0', 'medium', false, '0'),
];

function edge(
  industry: string,
  employees: number,
  revenue: string,
  total_assets: string,
  taxable_income: string,
  size_class: string,
  is_small_low_profit: boolean,
  corporate_income_tax: string,
): EdgeCase {
  return { industry, employees, revenue, total_assets, taxable_income, expect: { size_class, is_small_low_profit, corporate_income_tax } };
}

/** Fen of a yuan decimal text (at most two decimals), exactly. */
export function yuanToFen(text: string): number {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new Error(`bad yuan amount '${text}'`);
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** Yuan decimal text of an integer fen amount (for CSV and per-case records). */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  const cents = a % 100;
  const whole = (a - cents) / 100;
  return cents === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(cents).padStart(2, '0')}`;
}

/** The input columns the bench evaluates (the plan's other inputs take their defaults). */
export interface PopulationColumns {
  readonly n: number;
  /** Index of each member's code in {@link INDUSTRY_CODES} (what workers share). */
  readonly industryIndex: Uint8Array;
  readonly employees: Float64Array;
  readonly revenue: Float64Array;
  readonly total_assets: Float64Array;
  readonly taxable_income: Float64Array;
}

export interface GenerateOptions {
  readonly seed?: number;
  /** Back the typed arrays with SharedArrayBuffers so worker threads can read them without copying. */
  readonly shared?: boolean;
  /** Put {@link EDGE_CASES} first (default true). */
  readonly edgeCases?: boolean;
}

export const DEFAULT_SEED = 20120419; // Guofa [2012] No. 14 was issued on 19 April 2012.

/** Lower bounds of the size standard (yuan) and the tax tests, to put members on both sides of them. */
const ROUND_YUAN = [5e5, 1e6, 2e6, 3e6, 5e6, 1e7, 2e7, 3e7, 5e7, 6e7, 8e7, 1e8, 2e8, 3e8, 4e8, 8e8, 1e9, 1.2e9, 2e9];
const ROUND_EMPLOYEES = [5, 10, 20, 50, 80, 100, 200, 300, 1000, 2000];
const TAX_THRESHOLDS_YUAN = [60000, 100000, 200000, 300000];

function f64(n: number, shared: boolean): Float64Array {
  return shared ? new Float64Array(new SharedArrayBuffer(n * 8)) : new Float64Array(n);
}

/**
 * Generates `n` enterprises. Every group is drawn with equal weight, then one of its codes; indicators
 * are log-uniform over several decades with a share snapped to the bounds (and one fen or one person
 * below), so every size class of every group and both sides of every small-low-profit test occur.
 */
export function generatePopulation(n: number, options: GenerateOptions = {}): PopulationColumns {
  const shared = options.shared ?? false;
  const rand = mulberry32(options.seed ?? DEFAULT_SEED);
  const industryIndex = shared ? new Uint8Array(new SharedArrayBuffer(n)) : new Uint8Array(n);
  const employees = f64(n, shared);
  const revenue = f64(n, shared);
  const total_assets = f64(n, shared);
  const taxable_income = f64(n, shared);
  const logUniform = (lo: number, hi: number) => Math.exp(Math.log(lo) + rand() * (Math.log(hi) - Math.log(lo)));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const fenOf = (yuan: number) => Math.floor(yuan * 100);
  /** A money amount: log-uniform between lo and hi yuan, sometimes a round bound or a fen below it, rarely up to 10^12. */
  const money = (lo: number, hi: number) => {
    const u = rand();
    if (u < 0.03) return 0;
    if (u < 0.13) return ROUND_YUAN[Math.floor(rand() * ROUND_YUAN.length)] * 100 - (rand() < 0.5 ? 1 : 0);
    if (u < 0.135) return fenOf(logUniform(hi, 1e12));
    return fenOf(logUniform(lo, hi));
  };

  for (let i = 0; i < n; i++) {
    industryIndex[i] = pick(CODES_BY_GROUP[Math.floor(rand() * CODES_BY_GROUP.length)]);
    const e = rand();
    employees[i] =
      e < 0.02
        ? 0
        : e < 0.12
          ? pick(ROUND_EMPLOYEES) - (rand() < 0.5 ? 1 : 0)
          : e < 0.17
            ? Math.floor(logUniform(1, 200)) + 0.5 // an annual average
            : Math.floor(logUniform(1, 5000));
    revenue[i] = money(1e3, 5e10);
    total_assets[i] = money(1e3, 2e11);
    const t = rand();
    taxable_income[i] =
      t < 0.15
        ? -fenOf(logUniform(0.01, 1e8))
        : t < 0.18
          ? 0
          : t < 0.24
            ? pick(TAX_THRESHOLDS_YUAN) * 100 + Math.floor(rand() * 3) - 1 // the threshold, a fen below or above
            : t < 0.79
              ? fenOf(logUniform(1, 1e6))
              : t < 0.99
                ? fenOf(logUniform(1e6, 1e10))
                : fenOf(logUniform(1e10, 1e12));
  }
  if (options.edgeCases ?? true) {
    const codeIndex = new Map(INDUSTRY_CODES.map(([code], i) => [code, i]));
    for (let i = 0; i < EDGE_CASES.length && i < n; i++) {
      const c = EDGE_CASES[i];
      const index = codeIndex.get(c.industry);
      if (index === undefined) throw new Error(`edge case industry '${c.industry}' is not in INDUSTRY_CODES`);
      industryIndex[i] = index;
      employees[i] = c.employees;
      revenue[i] = yuanToFen(c.revenue);
      total_assets[i] = yuanToFen(c.total_assets);
      taxable_income[i] = yuanToFen(c.taxable_income);
    }
  }
  return { n, industryIndex, employees, revenue, total_assets, taxable_income };
}

/**
 * The industry column as the engine reads it: a string[] whose entries are the shared code strings.
 * Built with push so that V8 keeps it a packed array even for ten million members.
 */
export function industryStrings(index: Uint8Array, from = 0, to = index.length): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(INDUSTRY_DICTIONARY[index[i]]);
  return out;
}

/** The industry codes in INDUSTRY_CODES order: the dictionary of the coded industry column. */
export const INDUSTRY_DICTIONARY: readonly string[] = INDUSTRY_CODES.map(([code]) => code);

/**
 * The engine's input columns (by variable id) for members [from, to) of a population: the industry as a
 * dictionary-coded column (the population's code indices and the code texts), as a decoder coding the
 * industry column would give it.
 */
export function engineColumns(pop: PopulationColumns, from = 0, to = pop.n) {
  return {
    industry: new Categorical(pop.industryIndex.subarray(from, to), INDUSTRY_DICTIONARY),
    employees: pop.employees.subarray(from, to),
    revenue: pop.revenue.subarray(from, to),
    total_assets: pop.total_assets.subarray(from, to),
    taxable_income: pop.taxable_income.subarray(from, to),
  };
}
