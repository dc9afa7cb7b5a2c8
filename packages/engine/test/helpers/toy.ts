/**
 * A toy tax-benefit system for the engine's tests: households and persons, a few inputs, ten formula
 * variables (money, enum, boolean, parameters by enum, monthly inputs read by a yearly formula) and a
 * small parameter tree. It knows nothing of any real law.
 */
import {
  type Column,
  dayNumber,
  defineEntity,
  defineVariable,
  type FormulaContext,
  type Labels,
  Period,
  Population,
  parameterTreeFrom,
  TaxBenefitSystem,
  type Variable,
  type VariableDefinition,
  vector,
} from '../../src/index.ts';

/** A label in the three languages. */
export const L = (zh: string, ko: string, en: string): Labels => ({ 'zh-CN': zh, ko, en });

export const TOY_ACT = { document: 'Toy Act 2010', article: 'Art. 1' } as const;
export const REF = [TOY_ACT];

export const REGIONS = ['north', 'south', 'west', 'east'] as const;
export const BANDS = ['low', 'mid', 'high'] as const;

export const household = defineEntity({ key: 'household', plural: 'households', label: L('住户', '가구', 'Household') });
export const person = defineEntity({
  key: 'person',
  plural: 'persons',
  label: L('个人', '개인', 'Person'),
  links: { household: { entity: 'household', label: L('所属住户', '소속 가구', 'Household') } },
});

/** Parameter tree: money in yuan (held in fen), rates as decimals. */
export function toyParameters() {
  return parameterTreeFrom({
    reference: TOY_ACT,
    benefit: {
      allowance: {
        label: L('免征额', '공제액', 'Allowance per person'),
        unit: 'currency',
        values: {
          '2010-01-01': 1000,
          '2014-01-01': { value: 1200.5, reference: { document: 'Toy Notice 2014', article: 'Art. 2' }, confidence: 'secondary' },
        },
      },
      rate: { label: L('税率', '세율', 'Rate'), unit: '/1', values: { '2010-01-01': 0.2, '2014-01-01': 0.15 } },
      poverty_line: { label: L('贫困线', '빈곤선', 'Poverty line'), unit: 'currency', values: { '2010-01-01': 12000 } },
      band_limits: {
        unit: 'currency',
        low: { label: L('低档上限', '저구간 상한', 'Low band ceiling'), values: { '2010-01-01': 6000 } },
        mid: { label: L('中档上限', '중구간 상한', 'Middle band ceiling'), values: { '2010-01-01': 10000 } },
      },
      // `west` has no bonus: paramByEnum gives it the `missing` value.
      bonus: {
        unit: 'currency',
        north: { amount: { label: L('北部补贴', '북부 보조금', 'North bonus'), values: { '2010-01-01': 300 } } },
        south: { amount: { label: L('南部补贴', '남부 보조금', 'South bonus'), values: { '2010-01-01': 500.55 } } },
        east: { amount: { label: L('东部补贴', '동부 보조금', 'East bonus'), values: { '2010-01-01': 100, '2016-01-01': 150 } } },
      },
      supplement: {
        unit: 'currency',
        low: { amount: { label: L('低档补充', '저구간 보충', 'Low supplement'), values: { '2010-01-01': 800 } } },
        mid: { amount: { label: L('中档补充', '중구간 보충', 'Middle supplement'), values: { '2010-01-01': 400.4 } } },
        high: { amount: { label: L('高档补充', '고구간 보충', 'High supplement'), values: { '2010-01-01': 0 } } },
      },
      senior_age: { label: L('老年年龄', '노인 연령', 'Senior age'), unit: 'year', values: { '2010-01-01': 60, '2016-01-01': 65 } },
    },
  });
}

const v = (def: Omit<VariableDefinition, 'reference' | 'label'> & Partial<Pick<VariableDefinition, 'reference' | 'label'>>): Variable =>
  defineVariable({ label: L(def.id, def.id, def.id), reference: REF, ...def });

/** Input variables of households. */
export const inputs = {
  income: v({ id: 'income', entity: 'household', valueType: 'money', definitionPeriod: 'year', default: 0, min: 0 }),
  size: v({ id: 'size', entity: 'household', valueType: 'number', definitionPeriod: 'year', default: 1, integer: true, min: 1 }),
  region: v({ id: 'region', entity: 'household', valueType: 'enum', possibleValues: REGIONS, definitionPeriod: 'year', default: 'north' }),
  owner_age: v({ id: 'owner_age', entity: 'household', valueType: 'number', definitionPeriod: 'year', default: 40 }),
  disabled: v({ id: 'disabled', entity: 'household', valueType: 'boolean', definitionPeriod: 'year' }),
  rent: v({ id: 'rent', entity: 'household', valueType: 'money', definitionPeriod: 'month', default: 0 }),
  founded: v({ id: 'founded', entity: 'household', valueType: 'date', definitionPeriod: 'eternity', default: '2000-01-01' }),
  name: v({ id: 'name', entity: 'household', valueType: 'string', definitionPeriod: 'eternity', default: '' }),
  signed: v({ id: 'signed', entity: 'household', valueType: 'date', definitionPeriod: 'year', default: '2013-01-01' }),
};

const money = (id: string, formulas: VariableDefinition['formulas'], label?: Labels) =>
  v({ id, entity: 'household', valueType: 'money', definitionPeriod: 'year', formulas, ...(label ? { label } : {}) });

/** Formula variables of households, none of which follows a link (so plans can compile them). */
export const formulas = {
  // income − allowance × size, not below 0 (allowance × an integer count stays exact in fen).
  taxable_income: money('taxable_income', [
    {
      from: '2010-01-01',
      formula: (c) => vector.max(vector.sub(c.number('income'), vector.mul(c.number('size'), c.param('benefit.allowance'))), 0),
    },
  ]),
  // Rate on taxable income; from 2015 plus a 5-yuan stamp; repealed from 2020.
  tax: money('tax', [
    { from: '2010-01-01', formula: (c) => vector.mulRate(c.number('taxable_income'), c.param('benefit.rate')) },
    {
      from: '2015-01-01',
      formula: (c) => vector.add(vector.mulRate(c.number('taxable_income'), c.param('benefit.rate')), 500),
      reference: [{ document: 'Toy Amendment 2015', article: 'Art. 9' }],
    },
    { from: '2020-01-01', formula: null, note: 'repealed' },
  ]),
  region_bonus: money('region_bonus', [
    { from: '2010-01-01', formula: (c) => c.paramByEnum('benefit.bonus', 'amount', c.enum('region'), REGIONS, 0) },
  ]),
  is_poor: v({
    id: 'is_poor',
    entity: 'household',
    valueType: 'boolean',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => vector.lt(c.number('income'), c.param('benefit.poverty_line')) }],
  }),
  band: v({
    id: 'band',
    entity: 'household',
    valueType: 'enum',
    possibleValues: BANDS,
    definitionPeriod: 'year',
    formulas: [
      {
        from: '2010-01-01',
        formula: (c) => {
          const income = c.number('income');
          return vector.selectU8(
            [vector.lt(income, c.param('benefit.band_limits.low')), vector.lt(income, c.param('benefit.band_limits.mid'))],
            [0, 1],
            2,
          );
        },
      },
    ],
  }),
  senior: v({
    id: 'senior',
    entity: 'household',
    valueType: 'boolean',
    definitionPeriod: 'year',
    formulas: [
      {
        from: '2010-01-01',
        formula: (c) => vector.or(vector.gte(c.number('owner_age'), c.param('benefit.senior_age')), c.bool('disabled')),
      },
    ],
  }),
  benefit: money(
    'benefit',
    [
      {
        from: '2010-01-01',
        formula: (c) =>
          vector.where(
            c.bool('is_poor'),
            vector.add(c.number('region_bonus'), c.paramByEnum('benefit.supplement', 'amount', c.enum('band'), BANDS)),
            0,
          ),
      },
    ],
    L('补贴', '보조금', 'Benefit'),
  ),
  // 100 yuan more for seniors.
  net_income: money('net_income', [
    {
      from: '2010-01-01',
      formula: (c) =>
        vector.add(
          vector.add(vector.sub(c.number('income'), c.number('tax')), c.number('benefit')),
          vector.where(c.bool('senior'), 10000, 0),
        ),
    },
  ]),
  annual_rent: money('annual_rent', [
    {
      from: '2010-01-01',
      formula: (c: FormulaContext) => {
        let total = vector.fill(c.n, 0);
        for (const month of c.period.split('month')) total = vector.add(total, c.number('rent', month));
        return total;
      },
    },
  ]),
  // A third of the rent, rounded to the fen.
  rent_relief: money('rent_relief', [{ from: '2010-01-01', formula: (c) => vector.mulRatio(c.number('annual_rent'), 1, 3) }]),
  income_change: money('income_change', [
    { from: '2010-01-01', formula: (c) => vector.sub(c.number('income'), c.number('income', c.period.offset(-1))) },
  ]),
  // The rate in force on each household's own date (-1 before the history).
  rate_at_signing: v({
    id: 'rate_at_signing',
    entity: 'household',
    valueType: 'number',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.paramAtDates('benefit.rate', c.date('signed'), -1) }],
  }),
  // A date and a text output, so plans copy every column type.
  review_date: v({
    id: 'review_date',
    entity: 'household',
    valueType: 'date',
    definitionPeriod: 'year',
    formulas: [
      {
        from: '2010-01-01',
        formula: (c) => {
          const signed = c.date('signed');
          const out = new Int32Array(c.n);
          for (let i = 0; i < c.n; i++) out[i] = signed[i] + 30;
          return out;
        },
      },
    ],
  }),
  display_name: v({
    id: 'display_name',
    entity: 'household',
    valueType: 'string',
    definitionPeriod: 'year',
    formulas: [
      {
        from: '2010-01-01',
        formula: (c) => {
          const names = c.string('name');
          const region = c.enum('region');
          return Array.from({ length: c.n }, (_, i) => `${names[i]}/${REGIONS[region[i]]}`);
        },
      },
    ],
  }),
  years_since_founded: v({
    id: 'years_since_founded',
    entity: 'household',
    valueType: 'number',
    definitionPeriod: 'year',
    formulas: [
      {
        from: '2010-01-01',
        formula: (c) => {
          const founded = c.date('founded');
          const out = vector.fill(c.n, 0);
          const start = Date.UTC(c.period.year, 0, 1) / 86_400_000;
          for (let i = 0; i < c.n; i++) out[i] = Math.floor((start - founded[i]) / 365.25);
          return out;
        },
      },
    ],
  }),
};

/** Person variables and household aggregates: these follow links. */
export const linked = {
  age: v({ id: 'age', entity: 'person', valueType: 'number', definitionPeriod: 'year', default: 30 }),
  is_child: v({
    id: 'is_child',
    entity: 'person',
    valueType: 'boolean',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => vector.lt(c.number('age'), 18) }],
  }),
  household_income: v({
    id: 'household_income',
    entity: 'person',
    valueType: 'money',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.link('household').number('income') }],
  }),
  household_region: v({
    id: 'household_region',
    entity: 'person',
    valueType: 'enum',
    possibleValues: REGIONS,
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.link('household').enum('region') }],
  }),
  has_household: v({
    id: 'has_household',
    entity: 'person',
    valueType: 'boolean',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.link('household').present() }],
  }),
  household_poor: v({
    id: 'household_poor',
    entity: 'person',
    valueType: 'boolean',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => vector.and(c.link('household').bool('is_poor'), c.link('household').present()) }],
  }),
  member_count: v({
    id: 'member_count',
    entity: 'household',
    valueType: 'number',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.members('person', 'household').count() }],
  }),
  total_age: v({
    id: 'total_age',
    entity: 'household',
    valueType: 'number',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.members('person', 'household').sum('age') }],
  }),
  youngest: v({
    id: 'youngest',
    entity: 'household',
    valueType: 'number',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.members('person', 'household').min('age', -1) }],
  }),
  oldest: v({
    id: 'oldest',
    entity: 'household',
    valueType: 'number',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.members('person', 'household').max('age', -1) }],
  }),
  child_count: v({
    id: 'child_count',
    entity: 'household',
    valueType: 'number',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.members('person', 'household').sum('is_child') }],
  }),
  has_child: v({
    id: 'has_child',
    entity: 'household',
    valueType: 'boolean',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.members('person', 'household').any('is_child') }],
  }),
  all_children: v({
    id: 'all_children',
    entity: 'household',
    valueType: 'boolean',
    definitionPeriod: 'year',
    formulas: [{ from: '2010-01-01', formula: (c) => c.members('person', 'household').all('is_child') }],
  }),
};

/** The household outputs a plan can compute (no links). */
export const PLAN_OUTPUTS = Object.keys(formulas);

/** The toy system; `extra` variables are added (e.g. a variable built by one test). */
export function toySystem(extra: readonly Variable[] = []): TaxBenefitSystem {
  return new TaxBenefitSystem({
    name: 'toy',
    version: '0.0.1',
    entities: [household, person],
    variables: [...Object.values(inputs), ...Object.values(formulas), ...Object.values(linked), ...extra],
    parameters: toyParameters(),
  });
}

/** A deterministic PRNG (mulberry32): the same seed gives the same population on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi] from `rand`. */
export function randInt(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/**
 * A population of `n` households with the given input columns, keyed like plan inputs: `id` for the
 * value at `period`, `id@period` for another period.
 */
export function populationOf(system: TaxBenefitSystem, n: number, period: string, columns: Readonly<Record<string, Column>>): Population {
  const pop = new Population(system);
  pop.addEntity('household', n);
  for (const [key, col] of Object.entries(columns)) {
    const [id, at] = key.split('@');
    pop.setInput(id, Period.parse(at ?? period), col);
  }
  return pop;
}

/**
 * A seeded random population of households, keyed like plan inputs. Incomes cluster around the
 * thresholds (allowance × size, band limits, poverty line) so both sides of each are exercised.
 */
export function randomHouseholds(n: number, seed: number, period: string): Record<string, Column> {
  const rand = mulberry32(seed);
  const p = Period.parse(period);
  const near = [0, 100_000, 200_000, 240_100, 600_000, 1_000_000, 1_200_000];
  const income = new Float64Array(n);
  const previous = new Float64Array(n);
  const size = new Float64Array(n);
  const region = new Uint8Array(n);
  const age = new Float64Array(n);
  const disabled = new Uint8Array(n);
  const founded = new Int32Array(n);
  const signed = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    income[i] =
      rand() < 0.4 ? near[randInt(rand, 0, near.length - 1)] + randInt(rand, -2, 2) * randInt(rand, 0, 1) : randInt(rand, 0, 3_000_000);
    income[i] = Math.max(0, income[i]);
    previous[i] = randInt(rand, 0, 2_000_000);
    size[i] = randInt(rand, 1, 6);
    region[i] = randInt(rand, 0, 3);
    age[i] = rand() < 0.2 ? [59, 60, 64, 65, 66][randInt(rand, 0, 4)] : randInt(rand, 18, 99);
    disabled[i] = rand() < 0.1 ? 1 : 0;
    founded[i] = dayNumber('1990-01-01') + randInt(rand, 0, 9000);
    // Around the rate's start (2010-01-01) and change (2014-01-01).
    signed[i] = dayNumber('2009-12-25') + randInt(rand, 0, 1500);
  }
  const columns: Record<string, Column> = {
    income,
    [`income@${p.offset(-1).key}`]: previous,
    size,
    region,
    owner_age: age,
    disabled,
    founded,
    signed,
    name: Array.from({ length: n }, (_, i) => `h${i}`),
  };
  // Rent in some months only; the others take the default.
  for (const month of p.split('month')) {
    if (rand() < 0.7) columns[`rent@${month.key}`] = Float64Array.from({ length: n }, () => randInt(rand, 0, 500_001));
  }
  return columns;
}
