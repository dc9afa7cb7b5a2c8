import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../src/index.ts';
import { loadYamlTests, runYamlTest, type YamlTestCase } from '../src/testing/index.ts';
import { toySystem } from './helpers/toy.ts';

const DIR = join(import.meta.dirname, 'fixtures', 'yaml-tests');
const system = toySystem();

describe('loadYamlTests', () => {
  it('loads every .yaml below a folder, sorted and recursive, with file and index', () => {
    const cases = loadYamlTests(join(DIR, 'passing'));
    expect(cases.map((c) => `${c.file}#${c.index}`)).toEqual([
      'households.yaml#0',
      'households.yaml#1',
      'households.yaml#2',
      'households.yaml#3',
      'households.yaml#4',
      'links.yaml#0',
      'links.yaml#1',
      'more/errors.yaml#0',
      'more/errors.yaml#1',
      'more/errors.yaml#2',
      'more/errors.yaml#3',
      'more/errors.yaml#4',
      'more/errors.yaml#5',
    ]);
    expect(cases[0].name).toBe('a poor household of two in the south gets the bonus and the low-band supplement');
    expect(cases[0].period).toBe(2013);
    expect(cases[2].absolute_error_margin).toBe(0.01);
  });

  it('loads a file holding a single case', () => {
    const cases = loadYamlTests(join(DIR, 'single.yaml'));
    expect(cases).toHaveLength(1);
    expect(cases[0].file).toBe(join(DIR, 'single.yaml'));
    expect(runYamlTest(system, cases[0]).ok).toBe(true);
  });

  it('rejects a case without output or error', () => {
    let error: unknown;
    try {
      loadYamlTests(join(DIR, 'malformed.yaml'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('bad_test');
    expect((error as EngineError).message).toMatch(/malformed\.yaml case 2: a test needs name, period and output \(or error\)$/);
  });
});

describe('runYamlTest: passing cases', () => {
  const cases = loadYamlTests(join(DIR, 'passing'));
  it.each(cases.map((c) => [`${c.file}: ${c.name}`, c] as const))('%s', (_title, test) => {
    const result = runYamlTest(system, test);
    expect(result.failures).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.test).toBe(test);
  });
});

describe('runYamlTest: failing cases report what went wrong', () => {
  const cases = new Map(loadYamlTests(join(DIR, 'failing.yaml')).map((c) => [c.name, c]));
  const run = (name: string) => {
    const test = cases.get(name) as YamlTestCase;
    expect(test, name).toBeDefined();
    const result = runYamlTest(system, test);
    expect(result.ok).toBe(false);
    return result.failures;
  };

  it('a wrong amount', () => {
    expect(run('wrong amount')).toEqual(['tax<2013>: expected 601, got 600']);
  });

  it('an expected error that does not happen', () => {
    expect(run('expects an error that does not happen')).toEqual(['expected an error containing "boom", but the evaluation succeeded']);
  });

  it('another error than expected', () => {
    expect(run('expects another error')).toEqual([
      'expected an error containing "repealed", got PeriodError: tax is not defined for 2009: its rules start on 2010-01-01',
    ]);
  });

  it('an unexpected error', () => {
    expect(run('an unexpected error')).toEqual(['PeriodError: tax is not defined for 2009: its rules start on 2010-01-01']);
  });

  it('a difference of one fen without a margin', () => {
    expect(run('no margin')).toEqual(['rent_relief<2013>: expected 666.84, got 666.83']);
  });

  it('every wrong value of several entities, named by id', () => {
    expect(run('two wrong values of several entities')).toEqual([
      'member_count<2013>: expected 3, got 2',
      'household_income[p2]<2013>: expected 999, got 1000',
    ]);
  });

  it('wrong enum, boolean, date and number', () => {
    expect(run('wrong enum, boolean, date and number')).toEqual([
      'band<2013>: expected "mid", got "low"',
      'is_poor<2013>: expected false, got true',
      'founded<2013>: expected 2003-06-02, got 2003-06-01',
      'years_since_founded<2013>: expected 10, got 9',
    ]);
  });

  it('an expected amount that is not an amount', () => {
    expect(run('an expected value that is not an amount')).toEqual(['tax<2013>: expected value abc is not an amount']);
  });

  it('an unknown variable', () => {
    expect(run('an unknown variable')).toEqual(["UnknownVariableError: unknown variable 'nope'"]);
  });
});

describe('runYamlTest: cases built in code', () => {
  const base = { file: 'inline', index: 0 } as const;

  it('never throws, even for a bad period', () => {
    const result = runYamlTest(system, { ...base, name: 'bad period', period: '2013-13', output: { tax: 0 } });
    expect(result.ok).toBe(false);
    expect(result.failures[0]).toMatch(/^PeriodError: /);
  });

  it('an input of another entity given in the single-entity form is rejected', () => {
    const result = runYamlTest(system, { ...base, name: 'mixed', period: 2013, input: { income: 1, age: 3 }, output: { tax: 0 } });
    expect(result.failures).toEqual(['EngineError: age is a variable of person, not household']);
  });

  it('an invalid input value is reported with its message', () => {
    const result = runYamlTest(system, { ...base, name: 'bad money', period: 2013, input: { income: 1.234 }, output: { tax: 0 } });
    expect(result.failures).toEqual(['EngineError: input income: "1.234" is not an amount (yuan, at most two decimals)']);
  });

  it('an output for an unknown member', () => {
    const result = runYamlTest(system, {
      ...base,
      name: 'ghost',
      period: 2013,
      input: { persons: { p1: {} } },
      output: { persons: { p2: { age: 30 } } },
    });
    expect(result.failures).toEqual(["EngineError: output for unknown person 'p2'"]);
  });
});
