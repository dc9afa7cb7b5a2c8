import { describe, expect, it } from 'vitest';
import {
  CycleError,
  cellValue,
  DefinitionError,
  dayNumber,
  defineEntity,
  defineVariable,
  EngineError,
  FormulaError,
  formatValue,
  formulaFor,
  LANGS,
  MissingValueError,
  ParameterNotFoundError,
  Period,
  PeriodError,
  Plan,
  Population,
  parameterTreeFrom,
  periodFor,
  Simulation,
  TaxBenefitSystem,
  UnknownVariableError,
  type VariableDefinition,
  vector,
} from '../src/index.ts';
import { formulas, household, inputs, L, populationOf, REF, toySystem } from './helpers/toy.ts';

const system = toySystem();

/** Three households, 2013 (amounts in fen). */
function threeHouseholds(sys = system): Simulation {
  return new Simulation(
    sys,
    populationOf(sys, 3, '2013', {
      income: Float64Array.of(500_000, 1_100_000, 5_000_000),
      size: Float64Array.of(2, 1, 3),
      region: Uint8Array.of(1, 2, 3),
      owner_age: Float64Array.of(70, 30, 45),
      disabled: Uint8Array.of(0, 1, 0),
    }),
  );
}

/** Catches the error `fn` throws. */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

const bare = (def: Partial<VariableDefinition> & Pick<VariableDefinition, 'id'>) =>
  defineVariable({ entity: 'household', valueType: 'number', definitionPeriod: 'year', label: L('甲', '갑', 'X'), reference: REF, ...def });

/** A system of household variables only, with a tiny parameter tree. */
function smallSystem(variables: VariableDefinition[]) {
  return new TaxBenefitSystem({
    name: 'small',
    version: '1',
    entities: [household],
    variables: variables.map((d) => defineVariable(d)),
    parameters: parameterTreeFrom({ reference: REF, p: { values: { '2010-01-01': 2 } } }),
  });
}

describe('Simulation: formulas over a population', () => {
  it('computes every toy formula exactly (2013)', () => {
    const sim = threeHouseholds();
    expect(sim.calculate('taxable_income', '2013')).toEqual(Float64Array.of(300_000, 1_000_000, 4_700_000));
    expect(sim.calculate('tax', '2013')).toEqual(Float64Array.of(60_000, 200_000, 940_000));
    expect(sim.calculate('region_bonus', '2013')).toEqual(Float64Array.of(50_055, 0, 10_000));
    expect(sim.calculate('is_poor', '2013')).toEqual(Uint8Array.of(1, 1, 0));
    expect(sim.calculate('band', '2013')).toEqual(Uint8Array.of(0, 2, 2));
    expect(sim.calculate('senior', '2013')).toEqual(Uint8Array.of(1, 1, 0));
    expect(sim.calculate('benefit', '2013')).toEqual(Float64Array.of(130_055, 0, 0));
    expect(sim.calculate('net_income', '2013')).toEqual(Float64Array.of(580_055, 910_000, 4_060_000));
  });

  it('gives values in the form people see', () => {
    const sim = threeHouseholds();
    const band = system.variable('band');
    const net = system.variable('net_income');
    const poor = system.variable('is_poor');
    expect(cellValue(band, sim.calculate('band', 2013), 0)).toBe('low');
    expect(cellValue(net, sim.calculate('net_income', 2013), 0)).toBe(5800.55);
    expect(formatValue(net, sim.calculate('net_income', 2013), 1)).toBe('9100');
    expect(cellValue(poor, sim.calculate('is_poor', 2013), 2)).toBe(false);
  });

  it('accepts a period as text, number or Period', () => {
    const sim = threeHouseholds();
    const a = sim.calculate('tax', '2013');
    expect(sim.calculate('tax', 2013)).toBe(a);
    expect(sim.calculate('tax', Period.parse('2013'))).toBe(a);
    expect(sim.has('tax', Period.parse('2013'))).toBe(true);
    expect(sim.has('tax', Period.parse('2014'))).toBe(false);
  });

  it('unknown variables', () => {
    const e = thrown(() => threeHouseholds().calculate('nope', 2013));
    expect(e).toBeInstanceOf(UnknownVariableError);
    expect(e.message).toBe("unknown variable 'nope'");
  });
});

describe('dated formulas', () => {
  it('uses the formula in force at the start of the period, with the parameters of that date', () => {
    const sim = new Simulation(system, populationOf(system, 1, '2015', { income: Float64Array.of(500_000), size: Float64Array.of(2) }));
    // 2015: allowance 1200.50 × 2 = 2401 yuan; (5000 − 2401) × 0.15 = 389.85, plus the 5-yuan stamp.
    expect(sim.calculate('tax', '2015')[0]).toBe(39_485);
    expect(formulaFor(system.variable('tax'), Period.parse('2015')).from).toBe('2015-01-01');
    expect(formulaFor(system.variable('tax'), Period.parse('2014')).from).toBe('2010-01-01');
  });

  it('before the first formula: PeriodError naming the start', () => {
    const e = thrown(() => threeHouseholds().calculate('tax', '2009'));
    expect(e).toBeInstanceOf(PeriodError);
    expect(e.message).toBe('tax is not defined for 2009: its rules start on 2010-01-01');
    expect([(e as PeriodError).variable, (e as PeriodError).period]).toEqual(['tax', '2009']);
  });

  it('after a `formula: null` end: PeriodError with the whole covered range and the note', () => {
    const e = thrown(() => threeHouseholds().calculate('tax', '2020'));
    expect(e).toBeInstanceOf(PeriodError);
    // The encoded rules cover both formulas, 2010 to the end of 2019.
    expect(e.message).toBe('tax is not defined for 2020: the encoded rules cover 2010-01-01 to 2019-12-31 (repealed)');
  });

  it('a formula that changes inside the period is an error', () => {
    const sys = smallSystem([
      bare({
        id: 'x',
        formulas: [
          { from: '2010-01-01', formula: (c) => vector.fill(c.n, 1) },
          { from: '2013-07-01', formula: (c) => vector.fill(c.n, 2) },
        ],
      }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 1);
    const sim = new Simulation(sys, pop);
    expect(sim.calculate('x', 2012)[0]).toBe(1);
    expect(sim.calculate('x', 2014)[0]).toBe(2);
    expect(() => sim.calculate('x', 2013)).toThrow(PeriodError);
    expect(() => sim.calculate('x', 2013)).toThrow('x: its formula changes on 2013-07-01, inside 2013');
  });

  it('a formula dated mid-year starts with the first whole period', () => {
    const sys = smallSystem([
      bare({ id: 'x', definitionPeriod: 'month', formulas: [{ from: '2013-07-01', formula: (c) => vector.fill(c.n, 1) }] }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 1);
    const sim = new Simulation(sys, pop);
    expect(sim.calculate('x', '2013-07')[0]).toBe(1);
    expect(() => sim.calculate('x', '2013-06')).toThrow('its rules start on 2013-07-01');
  });

  it('a rule marked fromInsidePeriod answers for the period it starts in, reading its parameters on its start (ADR 0004)', () => {
    const sys = smallSystem([
      bare({
        id: 'x',
        formulas: [{ from: '2013-07-01', fromInsidePeriod: true, formula: (c) => vector.fill(c.n, Number(c.instant.slice(5, 7))) }],
      }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 1);
    const sim = new Simulation(sys, pop);
    // read on 2013-07-01 for the year 2013, on 2014-01-01 for 2014; 2012 ends before the rule starts
    expect(sim.calculate('x', 2013)[0]).toBe(7);
    expect(sim.calculate('x', 2014)[0]).toBe(1);
    expect(() => sim.calculate('x', 2012)).toThrow('x is not defined for 2012: its rules start on 2013-07-01');
    const plan = Plan.compile(sys, { entity: 'household', period: 2013, outputs: ['x'] });
    expect(plan.run({}, 1).x[0]).toBe(7);
  });

  it('enum value labels: only for possible values, and a dateVariable must be a date of the same entity', () => {
    expect(() => bare({ id: 'r', valueType: 'enum', possibleValues: ['a'], valueLabels: { b: L('乙', '을', 'B') } })).toThrow(
      "r: value label for 'b', which is not a possible value",
    );
    const labelled = {
      id: 'r',
      valueType: 'enum',
      possibleValues: ['a'],
      valueLabels: { a: L('甲{date}', '갑{date}', 'A {date}') },
    } as const;
    expect(() => smallSystem([bare({ ...labelled, dateVariable: 'n' }), bare({ id: 'n' })])).toThrow(
      "variable 'r': dateVariable 'n' is not a date variable of household",
    );
    expect(() => smallSystem([bare({ ...labelled, dateVariable: 'd' }), bare({ id: 'd', valueType: 'date' })])).not.toThrow();
  });

  it('the covered range is the run of formulas before the end, across gaps', () => {
    const one = (c: { n: number }) => vector.fill(c.n, 1);
    const sys = smallSystem([
      bare({
        id: 'gappy',
        formulas: [
          { from: '2010-01-01', formula: one },
          { from: '2011-01-01', formula: one },
          { from: '2012-01-01', formula: null },
          { from: '2014-01-01', formula: one },
          { from: '2016-01-01', formula: null, note: 'lapsed again' },
        ],
      }),
      bare({ id: 'never', formulas: [{ from: '2010-01-01', formula: null }] }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 1);
    const sim = new Simulation(sys, pop);
    expect(sim.calculate('gappy', 2011)[0]).toBe(1);
    expect(sim.calculate('gappy', 2015)[0]).toBe(1);
    expect(() => sim.calculate('gappy', 2013)).toThrow('gappy is not defined for 2013: the encoded rules cover 2010-01-01 to 2011-12-31');
    expect(() => sim.calculate('gappy', 2017)).toThrow(
      'gappy is not defined for 2017: the encoded rules cover 2014-01-01 to 2015-12-31 (lapsed again)',
    );
    expect(() => sim.calculate('never', 2013)).toThrow('never is not defined for 2013: the encoded rules cover ? to 2009-12-31');
  });

  it('formula dates must increase', () => {
    expect(() =>
      bare({
        id: 'x',
        formulas: [
          { from: '2013-01-01', formula: (c) => vector.fill(c.n, 1) },
          { from: '2012-01-01', formula: (c) => vector.fill(c.n, 2) },
        ],
      }),
    ).toThrow('x: formula dates must increase');
  });
});

describe('definition periods', () => {
  it('a yearly variable asked for a month is a PeriodError', () => {
    const e = thrown(() => threeHouseholds().calculate('tax', '2013-04'));
    expect(e).toBeInstanceOf(PeriodError);
    expect(e.message).toBe("tax is defined per year; '2013-04' is not a single year");
    expect(() => threeHouseholds().calculate('tax', 'year:2013:2')).toThrow(PeriodError);
    expect(() => threeHouseholds().calculate('rent', '2013')).toThrow("rent is defined per month; '2013' is not a single month");
    expect(() => periodFor(system.variable('tax'), Period.ETERNITY)).toThrow(PeriodError);
  });

  it('a yearly formula may read the months of its year', () => {
    const rent: Record<string, Float64Array> = {};
    for (let m = 1; m <= 12; m++) if (m % 3 === 0) rent[`rent@2013-${String(m).padStart(2, '0')}`] = Float64Array.of(100_000 + m, 1);
    const sim = new Simulation(system, populationOf(system, 2, '2013', rent));
    // Months 3, 6, 9, 12 given; the other eight take the default 0.
    expect(sim.calculate('annual_rent', 2013)).toEqual(Float64Array.of(400_030, 4));
    expect(sim.calculate('rent', '2013-02')).toEqual(Float64Array.of(0, 0));
    // A third of the rent, half away from zero: 133343.33 → 133343; 1.33 → 1.
    expect(sim.calculate('rent_relief', 2013)).toEqual(Float64Array.of(133_343, 1));
  });

  it('a formula may read another period of an input; a period without input takes the default', () => {
    const sim = new Simulation(
      system,
      populationOf(system, 2, '2013', { income: Float64Array.of(500_000, 100), 'income@2012': Float64Array.of(400_000, 300) }),
    );
    expect(sim.calculate('income_change', 2013)).toEqual(Float64Array.of(100_000, -200));
    expect(sim.calculate('income_change', 2014)).toEqual(Float64Array.of(-500_000, -100));
  });

  it('eternity variables have one value for every period', () => {
    const sim = new Simulation(
      system,
      populationOf(system, 2, '2013', { founded: Int32Array.of(dayNumber('2003-06-01'), dayNumber('2012-12-31')) }),
    );
    const a = sim.calculate('founded', '2013');
    expect(sim.calculate('founded', '2000-02-03')).toBe(a);
    expect(sim.calculate('founded', 'eternity')).toBe(a);
    expect(cellValue(system.variable('founded'), a, 0)).toBe('2003-06-01');
    expect(sim.calculate('years_since_founded', 2013)).toEqual(Float64Array.of(9, 0));
    // The period given with an eternal input does not matter.
    const pop = new Population(system);
    pop.addEntity('household', 1);
    pop.setInput('founded', Period.parse('1999'), Int32Array.of(7));
    expect(new Simulation(system, pop).calculate('founded', 2013)[0]).toBe(7);
  });
});

describe('defaults of absent inputs', () => {
  it('use each variable’s default, money converted from yuan to fen', () => {
    const sys = smallSystem([
      bare({ id: 'fee', valueType: 'money', default: 12.34 }),
      bare({ id: 'tiny', valueType: 'money', default: 0.05 }),
      bare({ id: 'big', valueType: 'money', default: 1234567.89 }),
      bare({ id: 'neg', valueType: 'money', default: -0.07 }),
      bare({ id: 'count', default: 3 }),
      bare({ id: 'none' }),
      bare({ id: 'flag', valueType: 'boolean', default: true }),
      bare({ id: 'kind', valueType: 'enum', possibleValues: ['a', 'b', 'c'], default: 'c' }),
      bare({ id: 'first', valueType: 'enum', possibleValues: ['a', 'b'] }),
      bare({ id: 'day', valueType: 'date', definitionPeriod: 'eternity', default: '2013-01-01' }),
      bare({ id: 'text', valueType: 'string', default: 'n/a' }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 2);
    const sim = new Simulation(sys, pop);
    expect(sim.calculate('fee', 2013)).toEqual(Float64Array.of(1234, 1234));
    expect(sim.calculate('tiny', 2013)).toEqual(Float64Array.of(5, 5));
    expect(sim.calculate('big', 2013)).toEqual(Float64Array.of(123_456_789, 123_456_789));
    expect(sim.calculate('neg', 2013)).toEqual(Float64Array.of(-7, -7));
    expect(sim.calculate('count', 2013)).toEqual(Float64Array.of(3, 3));
    // A number without a default is absent where not given: NaN, never 0.
    expect(sim.calculate('none', 2013)).toEqual(Float64Array.of(Number.NaN, Number.NaN));
    expect(sim.calculate('flag', 2013)).toEqual(Uint8Array.of(1, 1));
    expect(sim.calculate('kind', 2013)).toEqual(Uint8Array.of(2, 2));
    expect(sim.calculate('first', 2013)).toEqual(Uint8Array.of(0, 0));
    expect(sim.calculate('day', 2013)).toEqual(Int32Array.of(15_706, 15_706));
    expect(sim.calculate('text', 2013)).toEqual(['n/a', 'n/a']);
  });

  it('toy inputs: region north, owner aged 40, household of 1', () => {
    const sim = new Simulation(system, populationOf(system, 1, '2013', {}));
    expect(sim.calculate('region', 2013)).toEqual(Uint8Array.of(0));
    expect(sim.calculate('owner_age', 2013)).toEqual(Float64Array.of(40));
    expect(sim.calculate('size', 2013)).toEqual(Float64Array.of(1));
    expect(sim.calculate('founded', 2013)).toEqual(Int32Array.of(dayNumber('2000-01-01')));
    // Nothing given: taxable 0 − 1000 → 0; is poor (0 < 12000), low band, north bonus 300 + 800.
    expect(sim.calculate('benefit', 2013)).toEqual(Float64Array.of(110_000));
  });

  it('an enum default must be a possible value', () => {
    expect(() => bare({ id: 'k', valueType: 'enum', possibleValues: ['a'], default: 'z' })).toThrow(
      "k: default 'z' is not a possible value",
    );
    expect(() => bare({ id: 'k', valueType: 'enum', possibleValues: [] })).toThrow('an enum needs 1 to 255 possible values');
  });
});

describe('caching', () => {
  it('calls a formula once per period', () => {
    const calls: string[] = [];
    const sys = smallSystem([
      bare({ id: 'base', default: 0 }),
      bare({
        id: 'counted',
        formulas: [
          {
            from: '2010-01-01',
            formula: (c) => {
              calls.push(c.period.key);
              return vector.add(c.number('base'), c.param('p'));
            },
          },
        ],
      }),
      bare({ id: 'twice', formulas: [{ from: '2010-01-01', formula: (c) => vector.add(c.number('counted'), c.number('counted')) }] }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 2);
    pop.setInput('base', Period.parse('2013'), Float64Array.of(1, 2));
    const sim = new Simulation(sys, pop);
    const first = sim.calculate('counted', 2013);
    expect(first).toEqual(Float64Array.of(3, 4));
    expect(sim.calculate('counted', '2013')).toBe(first);
    expect(sim.calculate('twice', 2013)).toEqual(Float64Array.of(6, 8));
    expect(calls).toEqual(['2013']);
    sim.calculate('counted', 2014);
    sim.calculate('twice', 2014);
    expect(calls).toEqual(['2013', '2014']);
    // A new simulation has its own cache.
    new Simulation(sys, pop).calculate('counted', 2013);
    expect(calls).toEqual(['2013', '2014', '2013']);
  });

  it('a value given for a formula variable replaces the formula for that period only', () => {
    const tax = Float64Array.of(1, 2, 3);
    const sim = threeHouseholds();
    sim.population.setInput('tax', Period.parse('2013'), tax);
    expect(sim.calculate('tax', 2013)).toBe(tax);
    // income − given tax + benefit (+100 for seniors h0 and h1).
    expect(sim.calculate('net_income', 2013)).toEqual(Float64Array.of(640_054, 1_109_998, 4_999_997));
    expect(sim.calculate('tax', 2014)).toEqual(Float64Array.of(0, 0, 0));
  });

  it('given inputs are returned as given', () => {
    const income = Float64Array.of(1, 2, 3);
    const sim = new Simulation(system, populationOf(system, 3, '2013', { income }));
    expect(sim.calculate('income', 2013)).toBe(income);
  });
});

describe('errors in formulas', () => {
  it('a cycle is a CycleError naming the cycle', () => {
    const sys = smallSystem([
      bare({ id: 'a', formulas: [{ from: '2010-01-01', formula: (c) => vector.add(c.number('b'), 1) }] }),
      bare({ id: 'b', formulas: [{ from: '2010-01-01', formula: (c) => vector.add(c.number('a'), 1) }] }),
      bare({ id: 'c', formulas: [{ from: '2010-01-01', formula: (c) => c.number('a') }] }),
      bare({ id: 'selfish', formulas: [{ from: '2010-01-01', formula: (c) => c.number('selfish') }] }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 1);
    const sim = new Simulation(sys, pop);
    const e = thrown(() => sim.calculate('a', 2013));
    expect(e).toBeInstanceOf(CycleError);
    expect(e.message).toBe('circular definition: a → b → a');
    expect((e as CycleError).cycle).toEqual(['a', 'b', 'a']);
    expect((thrown(() => sim.calculate('c', 2013)) as CycleError).cycle).toEqual(['a', 'b', 'a']);
    expect(thrown(() => sim.calculate('selfish', 2013)).message).toBe('circular definition: selfish → selfish');
    // The failed evaluation leaves nothing half-done behind: the same error again.
    expect((thrown(() => sim.calculate('b', 2013)) as CycleError).cycle).toEqual(['b', 'a', 'b']);
  });

  it('reading another period of oneself is not a cycle', () => {
    const sys = smallSystem([
      bare({
        id: 'acc',
        formulas: [
          { from: '2010-01-01', formula: (c) => vector.fill(c.n, 1) },
          { from: '2011-01-01', formula: (c) => vector.add(c.number('acc', c.period.offset(-1)), 1) },
        ],
      }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 1);
    expect(new Simulation(sys, pop).calculate('acc', 2015)[0]).toBe(6);
  });

  it('a formula returning the wrong column type or length', () => {
    const sys = smallSystem([
      bare({ id: 'wrong_type', valueType: 'money', formulas: [{ from: '2010-01-01', formula: (c) => new Uint8Array(c.n) }] }),
      bare({ id: 'wrong_bool', valueType: 'boolean', formulas: [{ from: '2010-01-01', formula: (c) => new Float64Array(c.n) }] }),
      bare({ id: 'wrong_length', formulas: [{ from: '2010-01-01', formula: (c) => new Float64Array(c.n + 1) }] }),
      bare({ id: 'wrong_date', valueType: 'date', formulas: [{ from: '2010-01-01', formula: (c) => new Float64Array(c.n) }] }),
      bare({ id: 'wrong_string', valueType: 'string', formulas: [{ from: '2010-01-01', formula: (c) => new Float64Array(c.n) }] }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 2);
    const sim = new Simulation(sys, pop);
    const e = thrown(() => sim.calculate('wrong_type', 2013));
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).code).toBe('formula_result');
    expect(e.message).toBe('formula of wrong_type returned Uint8Array[2], expected a money column of 2');
    expect(() => sim.calculate('wrong_bool', 2013)).toThrow('expected a boolean column of 2');
    expect(() => sim.calculate('wrong_length', 2013)).toThrow('returned Float64Array[3], expected a number column of 2');
    expect(() => sim.calculate('wrong_date', 2013)).toThrow('expected a date column of 2');
    expect(() => sim.calculate('wrong_string', 2013)).toThrow('expected a string column of 2');
    expect(sim.has('wrong_type', Period.parse('2013'))).toBe(false);
  });

  it('reading a variable with the wrong accessor, or of another entity', () => {
    const sys = toySystem([
      bare({ id: 'as_bool', formulas: [{ from: '2010-01-01', formula: (c) => vector.toNum(c.bool('income')) }] }),
      bare({ id: 'cross', formulas: [{ from: '2010-01-01', formula: (c) => c.number('age') }] }),
    ]);
    const sim = new Simulation(sys, populationOf(sys, 1, '2013', {}));
    expect(() => sim.calculate('as_bool', 2013)).toThrow(DefinitionError);
    expect(() => sim.calculate('as_bool', 2013)).toThrow('formula of as_bool reads income as boolean but it is money');
    expect(() => sim.calculate('cross', 2013)).toThrow('formula of cross (household) reads age of person: use link() or members()');
  });

  it('a missing parameter value surfaces as ParameterNotFoundError', () => {
    const sys = smallSystem([bare({ id: 'early', formulas: [{ from: '2000-01-01', formula: (c) => vector.fill(c.n, c.param('p')) }] })]);
    const pop = new Population(sys);
    pop.addEntity('household', 1);
    expect(() => new Simulation(sys, pop).calculate('early', 2005)).toThrow(ParameterNotFoundError);
  });

  it('ctx.fail stops with a FormulaError naming the member', () => {
    const sys = smallSystem([
      bare({ id: 'picky', formulas: [{ from: '2010-01-01', formula: (c) => c.fail(1, 'cannot map this value') }] }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 2);
    const e = thrown(() => new Simulation(sys, pop).calculate('picky', 2013)) as FormulaError;
    expect(e).toBeInstanceOf(FormulaError);
    expect(e.message).toBe('picky (2013), member 1: cannot map this value');
    expect([e.variable, e.period, e.row, e.code]).toEqual(['picky', '2013', 1, 'formula']);
  });

  it('ctx.failWhere stops at the first bad member and lists every one, each with its own error', () => {
    const sys = smallSystem([
      bare({ id: 'a' }),
      bare({
        id: 'checked',
        formulas: [
          {
            from: '2010-01-01',
            formula: (c) => {
              const a = c.optional('a');
              c.failWhere(vector.gt(a, 5), (row) => `a is ${a[row]}, above 5`);
              return a;
            },
          },
        ],
      }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 5);
    pop.setInput('a', Period.parse('2013'), Float64Array.of(1, 7, 2, 9, 6));
    const e = thrown(() => new Simulation(sys, pop).calculate('checked', 2013)) as FormulaError;
    expect(e.message).toBe('checked (2013), member 1: a is 7, above 5');
    expect(e.failing?.rows).toEqual([1, 3, 4]);
    expect(e.failing?.errorAt(3).message).toBe('checked (2013), member 3: a is 9, above 5');
    // Counted from another first member (a batch's member evaluated alone): the data stays the row's.
    expect(e.failing?.errorAt(4).shifted(-4).message).toBe('checked (2013), member 0: a is 6, above 5');
    pop.setInput('a', Period.parse('2013'), Float64Array.of(1, 2, 3, 4, 5));
    expect(new Simulation(sys, pop).calculate('checked', 2013)).toEqual(Float64Array.of(1, 2, 3, 4, 5));
  });
});

describe('parameter access from formulas', () => {
  const sys = new TaxBenefitSystem({
    name: 'params',
    version: '1',
    entities: [household],
    variables: [
      bare({ id: 'code', valueType: 'string', default: '' }),
      bare({ id: 'base', valueType: 'money' }),
      bare({
        id: 'by_code',
        formulas: [{ from: '2010-01-01', formula: (c) => c.paramByString('by_region', 'amount', c.string('code'), -1) }],
      }),
      bare({
        id: 'flat',
        formulas: [{ from: '2010-01-01', formula: (c) => c.paramByString('flat', '', c.string('code'), -1) }],
      }),
      bare({
        id: 'progressive',
        valueType: 'money',
        formulas: [
          {
            from: '2010-01-01',
            formula: (c) => {
              // Marginal rates slice by slice.
              const { thresholds, values } = c.scale('tax');
              const base = c.number('base');
              let total = vector.fill(c.n, 0);
              for (let k = 0; k < thresholds.length; k++) {
                const top = k + 1 < thresholds.length ? thresholds[k + 1] : Number.POSITIVE_INFINITY;
                const slice = vector.max(vector.sub(vector.min(base, top), thresholds[k]), 0);
                total = vector.add(total, vector.mulRate(slice, values[k]));
              }
              return total;
            },
          },
        ],
      }),
      bare({
        id: 'switch',
        valueType: 'boolean',
        formulas: [{ from: '2010-01-01', formula: (c) => vector.fillBool(c.n, c.paramBool('on')) }],
      }),
      bare({
        id: 'not_bool',
        valueType: 'boolean',
        formulas: [{ from: '2010-01-01', formula: (c) => vector.fillBool(c.n, c.paramBool('flat.110000')) }],
      }),
      bare({ id: 'not_num', formulas: [{ from: '2010-01-01', formula: (c) => vector.fill(c.n, c.param('on')) }] }),
    ],
    parameters: parameterTreeFrom({
      reference: REF,
      by_region: {
        unit: 'currency',
        110000: { amount: { values: { '2010-01-01': 10 } } },
        310000: { amount: { values: { '2010-01-01': 20.5, '2013-01-01': null } } },
      },
      flat: { 110000: { values: { '2010-01-01': 3 } } },
      on: { unit: 'boolean', values: { '2010-01-01': true, '2014-01-01': false } },
      tax: {
        type: 'marginal_rate',
        threshold_unit: 'currency',
        brackets: [
          { threshold: { '2010-01-01': 0 }, rate: { '2010-01-01': 0.1 } },
          { threshold: { '2010-01-01': 1000 }, rate: { '2010-01-01': 0.25 } },
        ],
      },
    }),
  });
  const pop = new Population(sys);
  pop.addEntity('household', 4);
  pop.setInput('code', Period.parse('2012'), ['110000', '310000', '999999', '']);
  pop.setInput('code', Period.parse('2013'), ['110000', '310000', '999999', '']);
  pop.setInput('base', Period.parse('2013'), Float64Array.of(0, 50_000, 100_000, 300_005));
  const sim = new Simulation(sys, pop);

  it('paramByString: by key, `missing` for absent or expired keys', () => {
    expect(sim.calculate('by_code', 2012)).toEqual(Float64Array.of(1000, 2050, -1, -1));
    expect(sim.calculate('by_code', 2013)).toEqual(Float64Array.of(1000, -1, -1, -1));
    expect(sim.calculate('flat', 2013)).toEqual(Float64Array.of(3, -1, -1, -1));
  });

  it('scale: marginal rates with thresholds in fen', () => {
    // 3000.05 yuan: 1000 × 0.1 + 2000.05 × 0.25 = 100 + 500.0125 → 600.01.
    expect(sim.calculate('progressive', 2013)).toEqual(Float64Array.of(0, 5000, 10_000, 60_001));
  });

  it('paramBool, and type checks of parameters', () => {
    expect(sim.calculate('switch', 2013)).toEqual(Uint8Array.of(1, 1, 1, 1));
    expect(sim.calculate('switch', 2014)).toEqual(Uint8Array.of(0, 0, 0, 0));
    expect(() => sim.calculate('not_bool', 2013)).toThrow('parameter flat.110000 is not boolean');
    expect(() => sim.calculate('not_num', 2013)).toThrow('parameter on is not numeric');
  });
});

describe('paramAtDates: parameters at each member’s own date', () => {
  const sys = toySystem([
    bare({ id: 'strict_rate', formulas: [{ from: '2010-01-01', formula: (c) => c.paramAtDates('benefit.rate', c.date('signed')) }] }),
    bare({
      id: 'allowance_at_signing',
      valueType: 'money',
      formulas: [{ from: '2010-01-01', formula: (c) => c.paramAtDates('benefit.allowance', c.date('signed'), 0) }],
    }),
  ]);
  const days = Int32Array.of(
    dayNumber('2009-12-31'),
    dayNumber('2012-05-01'),
    dayNumber('2013-12-31'),
    dayNumber('2014-01-01'),
    dayNumber('2012-05-01'),
  );

  it('looks each date up, `missing` before the history', () => {
    const sim = new Simulation(sys, populationOf(sys, 5, '2013', { signed: days }));
    expect(sim.calculate('rate_at_signing', 2013)).toEqual(Float64Array.of(-1, 0.2, 0.2, 0.15, 0.2));
    expect(sim.calculate('allowance_at_signing', 2013)).toEqual(Float64Array.of(0, 100_000, 100_000, 120_050, 100_000));
  });

  it('without `missing`, a date with no value is a ParameterNotFoundError', () => {
    const sim = new Simulation(sys, populationOf(sys, 5, '2013', { signed: days }));
    expect(() => sim.calculate('strict_rate', 2013)).toThrow(ParameterNotFoundError);
    expect(() => sim.calculate('strict_rate', 2013)).toThrow('parameter benefit.rate has no value on 2009-12-31');
  });
});

describe('links and member aggregates', () => {
  // Households h0 (3 persons), h1 (none), h2 (1 person); one person without a household.
  function linkedSim(options: { trace?: boolean } = {}) {
    const pop = new Population(system);
    pop.addEntity('household', 3, ['h0', 'h1', 'h2']);
    pop.addEntity('person', 5, ['p0', 'p1', 'p2', 'p3', 'p4']);
    pop.setLink('person', 'household', Int32Array.of(0, 0, 2, -1, 0));
    pop.setInput('income', Period.parse('2013'), Float64Array.of(500_000, 2_000_000, 5_000_000));
    pop.setInput('region', Period.parse('2013'), Uint8Array.of(1, 2, 3));
    pop.setInput('age', Period.parse('2013'), Float64Array.of(40, 12, 70, 5, 17));
    return new Simulation(system, pop, options);
  }

  it('link(): values of the linked member, 0 where the link is not set', () => {
    const sim = linkedSim();
    expect(sim.calculate('household_income', 2013)).toEqual(Float64Array.of(500_000, 500_000, 5_000_000, 0, 500_000));
    expect(sim.calculate('household_region', 2013)).toEqual(Uint8Array.of(1, 1, 3, 0, 1));
    // h0 is poor (5000 < 12000), h2 is not; p3 has no household.
    expect(sim.calculate('household_poor', 2013)).toEqual(Uint8Array.of(1, 1, 0, 0, 1));
    expect(sim.calculate('has_household', 2013)).toEqual(Uint8Array.of(1, 1, 1, 0, 1));
  });

  it('members(): count, sum, min, max, any, all', () => {
    const sim = linkedSim();
    expect(sim.calculate('member_count', 2013)).toEqual(Float64Array.of(3, 0, 1));
    expect(sim.calculate('total_age', 2013)).toEqual(Float64Array.of(69, 0, 70));
    expect(sim.calculate('youngest', 2013)).toEqual(Float64Array.of(12, -1, 70));
    expect(sim.calculate('oldest', 2013)).toEqual(Float64Array.of(40, -1, 70));
    expect(sim.calculate('child_count', 2013)).toEqual(Float64Array.of(2, 0, 0));
    expect(sim.calculate('has_child', 2013)).toEqual(Uint8Array.of(1, 0, 0));
    // `all` holds where there are no members.
    expect(sim.calculate('all_children', 2013)).toEqual(Uint8Array.of(0, 1, 0));
  });

  it('a link that is never set reads as absent', () => {
    const pop = new Population(system);
    pop.addEntity('household', 1);
    pop.addEntity('person', 2);
    const sim = new Simulation(system, pop);
    expect(sim.calculate('household_income', 2013)).toEqual(Float64Array.of(0, 0));
    expect(sim.calculate('member_count', 2013)).toEqual(Float64Array.of(0));
  });

  it('bad links and aggregates are definition errors', () => {
    const sys = toySystem([
      bare({ id: 'bad_link', entity: 'person', formulas: [{ from: '2010-01-01', formula: (c) => c.link('employer').number('income') }] }),
      bare({ id: 'bad_members', formulas: [{ from: '2010-01-01', formula: (c) => c.members('household', 'household').count() }] }),
      bare({
        id: 'bad_target',
        entity: 'person',
        formulas: [{ from: '2010-01-01', formula: (c) => c.link('household').number('age') }],
      }),
    ]);
    const pop = new Population(sys);
    pop.addEntity('household', 1);
    pop.addEntity('person', 1);
    const sim = new Simulation(sys, pop);
    expect(() => sim.calculate('bad_link', 2013)).toThrow("entity person has no link 'employer'");
    expect(() => sim.calculate('bad_members', 2013)).toThrow('household.household does not link to household');
    expect(() => sim.calculate('bad_target', 2013)).toThrow('age is a variable of person, not household');
  });
});

describe('populations and systems', () => {
  it('checks input shapes', () => {
    const pop = new Population(system);
    pop.addEntity('household', 2);
    expect(() => pop.setInput('income', Period.parse('2013'), Float64Array.of(1))).toThrow('income: 1 values for 2 household members');
    expect(() => pop.addEntity('household', 2, ['a'])).toThrow('household: 1 ids for 2 members');
    expect(() => pop.addEntity('company', 2)).toThrow("unknown entity 'company'");
    expect(() => pop.setLink('household', 'parent', Int32Array.of(0, 0))).toThrow("entity 'household' has no link 'parent'");
    // An entity of the system that was not added has no members (an enterprise with no fee events).
    expect(pop.entity('person').count).toBe(0);
    expect(() => pop.entity('company')).toThrow("unknown entity 'company'");
    expect(() => pop.setInput('nope', Period.parse('2013'), Float64Array.of(1, 2))).toThrow(UnknownVariableError);
  });

  it('checks definitions', () => {
    const make = (variables: VariableDefinition[], entities = [household]) =>
      new TaxBenefitSystem({
        name: 'x',
        version: '1',
        entities,
        variables: variables.map((v) => defineVariable(v)),
        parameters: parameterTreeFrom({}),
      });
    expect(() => make([bare({ id: 'a' }), bare({ id: 'a' })])).toThrow("variable 'a' is defined twice");
    expect(() => make([bare({ id: 'a', entity: 'firm' })])).toThrow("variable 'a': unknown entity 'firm'");
    const orphan = defineEntity({
      key: 'orphan',
      plural: 'orphans',
      label: L('甲', '갑', 'X'),
      links: { to: { entity: 'nowhere', label: L('甲', '갑', 'X') } },
    });
    expect(() => make([], [household, orphan])).toThrow("entity 'orphan': link 'to' to unknown entity 'nowhere'");
    expect(() => bare({ id: 'Bad-Id' })).toThrow("variable id 'Bad-Id' must be snake_case");
    expect(() => defineEntity({ key: 'Household', plural: 'x', label: L('甲', '갑', 'X') })).toThrow(DefinitionError);
    expect(system.variable('income').isInput).toBe(true);
    expect(system.variable('tax').isInput).toBe(false);
    expect(inputs.region.enumIndex?.get('west')).toBe(2);
    expect(formulas.band.possibleValues).toEqual(['low', 'mid', 'high']);
  });
});

describe('absent inputs (a number or money input declared without a default)', () => {
  const sys = () =>
    smallSystem([
      bare({ id: 'a' }),
      bare({ id: 'b', valueType: 'money' }),
      bare({ id: 'strict', formulas: [{ from: '2010-01-01', formula: (c) => vector.add(c.number('a'), 1) }] }),
      bare({
        // b decides alone when it is above 100 yuan; otherwise the answer needs a.
        id: 'either',
        valueType: 'boolean',
        formulas: [
          {
            from: '2010-01-01',
            formula: (c) => {
              const decided = vector.gt(c.optional('b'), 10_000);
              c.require('a', vector.not(decided));
              return vector.or(decided, vector.gt(c.optional('a'), 5));
            },
          },
        ],
      }),
    ]);

  it('is an error naming the field and the member where a formula reads it as a value', () => {
    const s = sys();
    const pop = new Population(s);
    pop.addEntity('household', 3);
    pop.setInput('a', Period.parse('2013'), Float64Array.of(1, Number.NaN, 3));
    const error = (() => {
      try {
        new Simulation(s, pop).calculate('strict', 2013);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MissingValueError);
    expect(error).toMatchObject({ field: 'a', variable: 'strict', row: 1, period: '2013', code: 'missing_value' });
    expect((error as MissingValueError).labels.en).toBe('"a" is not given: strict depends on it');
    // Every member the check stops, not only the first.
    pop.setInput('a', Period.parse('2013'), Float64Array.of(Number.NaN, 2, Number.NaN));
    const all = thrown(() => new Simulation(s, pop).calculate('strict', 2013)) as MissingValueError;
    expect([all.row, all.failing?.rows]).toEqual([0, [0, 2]]);
    expect(all.failing?.errorAt(2)).toMatchObject({ field: 'a', variable: 'strict', row: 2, name: 'MissingValueError' });
    for (const lang of LANGS) expect((error as MissingValueError).labels[lang]).toContain('a');
  });

  it('is no error where the given values already decide', () => {
    const s = sys();
    const pop = new Population(s);
    pop.addEntity('household', 2);
    pop.setInput('b', Period.parse('2013'), Float64Array.of(10_001, 10_001));
    expect(new Simulation(s, pop).calculate('either', 2013)).toEqual(Uint8Array.of(1, 1));
    pop.setInput('b', Period.parse('2013'), Float64Array.of(10_001, 10_000));
    expect(() => new Simulation(s, pop).calculate('either', 2013)).toThrow(MissingValueError);
  });

  it('a compiled plan reports the member in the whole input, across chunks', () => {
    const s = sys();
    const plan = Plan.compile(s, { entity: 'household', period: '2013', outputs: ['either'] });
    const b = new Float64Array(10).fill(20_000);
    b[7] = 0;
    expect(() => plan.run({ b }, 10, 4)).toThrow(expect.objectContaining({ field: 'a', row: 7, name: 'MissingValueError' }));
    expect(plan.run({ b: b.fill(20_000) }, 10, 4).either).toEqual(new Uint8Array(10).fill(1));
  });
});
