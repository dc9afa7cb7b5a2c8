import { describe, expect, it } from 'vitest';
import { applyReform, DefinitionError, defineVariable, Parameter, Simulation, updateParameter, vector } from '../src/index.ts';
import { L, populationOf, REF, toySystem } from './helpers/toy.ts';

const baseline = toySystem();

/** Tax of one household (5000 yuan income, 2 persons) in each year. */
function taxes(system: typeof baseline, years: number[]): number[] {
  const columns: Record<string, Float64Array> = {};
  for (const y of years) {
    columns[`income@${y}`] = Float64Array.of(500_000);
    columns[`size@${y}`] = Float64Array.of(2);
  }
  const sim = new Simulation(system, populationOf(system, 1, String(years[0]), columns));
  return years.map((y) => sim.calculate('tax', y)[0] as number);
}

describe('applyReform: parameters', () => {
  it('changes results from `start` only and leaves the baseline unchanged', () => {
    const before = taxes(baseline, [2013, 2014, 2015]);
    // Baseline: (5000 − 2 × 1000) × 0.2 = 600; 2014: (5000 − 2401) × 0.15 = 389.85; 2015: + 5 stamp.
    expect(before).toEqual([60_000, 38_985, 39_485]);
    const reform = applyReform(baseline, {
      name: 'allowance 2000',
      parameters: { 'benefit.allowance': [{ start: '2014-01-01', value: 2000 }] },
    });
    // Reform: (5000 − 4000) × 0.15 = 150 in 2014, 155 in 2015; 2013 untouched.
    expect(taxes(reform, [2013, 2014, 2015])).toEqual([60_000, 15_000, 15_500]);
    expect(taxes(baseline, [2013, 2014, 2015])).toEqual(before);
    expect(baseline.parameter('benefit.allowance').at('2014-01-01').value).toBe(120_050);
    expect(reform.name).toBe('toy + allowance 2000');
    expect(reform.version).toBe(baseline.version);
  });

  it('a reform starting mid-window closes the earlier value the day before', () => {
    const reform = applyReform(baseline, {
      name: 'mid-year',
      parameters: { 'benefit.allowance': [{ start: '2012-07-01', value: 1100 }] },
    });
    expect(reform.parameter('benefit.allowance').entries.map((e) => [e.start, e.end, e.value])).toEqual([
      ['2010-01-01', '2012-06-30', 100_000],
      ['2012-07-01', null, 110_000],
    ]);
  });

  it('`stop` restores the old value the day after', () => {
    const reform = applyReform(baseline, {
      name: 'one year',
      parameters: { 'benefit.allowance': [{ start: '2013-01-01', stop: '2013-12-31', value: 1500 }] },
    });
    // 2013: (5000 − 3000) × 0.2 = 400.
    expect(taxes(reform, [2012, 2013, 2014, 2015])).toEqual([60_000, 40_000, 38_985, 39_485]);
    const param = reform.parameter('benefit.allowance');
    expect(param.entries.map((e) => [e.start, e.end, e.value, e.confidence])).toEqual([
      ['2010-01-01', '2012-12-31', 100_000, 'verified'],
      ['2013-01-01', '2013-12-31', 150_000, 'unconfirmed'],
      ['2014-01-01', null, 120_050, 'secondary'],
    ]);
    expect(param.entries[2].references).toEqual([{ document: 'Toy Notice 2014', article: 'Art. 2' }]);
  });

  it('`stop` inside a window resumes that window’s value', () => {
    const reform = applyReform(baseline, {
      name: 'half year',
      parameters: { 'benefit.allowance': [{ start: '2013-01-01', stop: '2013-06-30', value: 1500 }] },
    });
    const param = reform.parameter('benefit.allowance');
    expect(param.entries.map((e) => [e.start, e.end, e.value])).toEqual([
      ['2010-01-01', '2012-12-31', 100_000],
      ['2013-01-01', '2013-06-30', 150_000],
      ['2013-07-01', '2013-12-31', 100_000],
      ['2014-01-01', null, 120_050],
    ]);
    expect(param.at('2013-07-01').references).toEqual(REF);
  });

  it('`stop` before the history starts ends the value with null', () => {
    const reform = applyReform(baseline, {
      name: 'early',
      parameters: { 'benefit.allowance': [{ start: '2008-01-01', stop: '2008-12-31', value: 900 }] },
    });
    const param = reform.parameter('benefit.allowance');
    expect(param.entries.map((e) => [e.start, e.end, e.value])).toEqual([
      ['2008-01-01', '2008-12-31', 90_000],
      ['2009-01-01', '2009-12-31', null],
      ['2010-01-01', '2013-12-31', 100_000],
      ['2014-01-01', null, 120_050],
    ]);
  });

  it('reform entries are unconfirmed and cite the reform', () => {
    const reform = applyReform(baseline, { name: 'rate cut', parameters: { 'benefit.rate': [{ start: '2014-01-01', value: 0.1 }] } });
    const entry = reform.parameter('benefit.rate').at('2014-06-01');
    expect(entry).toEqual({
      start: '2014-01-01',
      end: null,
      value: 0.1,
      references: [{ document: 'reform: rate cut' }],
      confidence: 'unconfirmed',
      note: 'reform: rate cut',
    });
    // A rate is not money: kept as written.
    expect(taxes(reform, [2014])).toEqual([25_990]);
  });

  it('currency values are given in yuan', () => {
    const reform = applyReform(baseline, {
      name: 'yuan',
      parameters: {
        'benefit.poverty_line': [{ start: '2013-01-01', value: '15,000.50' }],
        'benefit.bonus.south.amount': [{ start: '2013-01-01', value: 0.05 }],
      },
    });
    expect(reform.parameter('benefit.poverty_line').at('2013-01-01').value).toBe(1_500_050);
    expect(reform.parameter('benefit.bonus.south.amount').at('2013-01-01').value).toBe(5);
    expect(() =>
      applyReform(baseline, { name: 'bad', parameters: { 'benefit.poverty_line': [{ start: '2013-01-01', value: 0.001 }] } }),
    ).toThrow(DefinitionError);
    expect(() =>
      applyReform(baseline, { name: 'bad', parameters: { 'benefit.poverty_line': [{ start: '2013-01-01', value: true }] } }),
    ).toThrow("reform of benefit.poverty_line: 'true' is not an amount");
  });

  it('null ends a parameter', () => {
    const reform = applyReform(baseline, { name: 'abolish', parameters: { 'benefit.rate': [{ start: '2016-01-01', value: null }] } });
    expect(taxes(reform, [2015])).toEqual([39_485]);
    expect(() => taxes(reform, [2016])).toThrow('parameter benefit.rate has no value on 2016-01-01: it ended on 2015-12-31');
  });

  it('several updates of one parameter apply in order', () => {
    const reform = applyReform(baseline, {
      name: 'two steps',
      parameters: {
        'benefit.allowance': [
          { start: '2013-01-01', value: 1500 },
          { start: '2015-01-01', stop: '2015-12-31', value: 2500 },
        ],
      },
    });
    expect(reform.parameter('benefit.allowance').entries.map((e) => [e.start, e.end, e.value])).toEqual([
      ['2010-01-01', '2012-12-31', 100_000],
      ['2013-01-01', '2014-12-31', 150_000],
      ['2015-01-01', '2015-12-31', 250_000],
      ['2016-01-01', null, 150_000],
    ]);
  });

  it('shares what it does not change and changes the parameter hash', () => {
    const reform = applyReform(baseline, { name: 'r', parameters: { 'benefit.rate': [{ start: '2014-01-01', value: 0.1 }] } });
    expect(reform.parameters).not.toBe(baseline.parameters);
    expect(reform.parameters.get('benefit.bonus')).toBe(baseline.parameters.get('benefit.bonus'));
    expect(reform.parameter('benefit.allowance')).toBe(baseline.parameter('benefit.allowance'));
    expect(reform.variable('tax')).toBe(baseline.variable('tax'));
    expect(reform.parameterHash).not.toBe(baseline.parameterHash);
    expect(applyReform(baseline, { name: 'nothing' }).parameterHash).toBe(baseline.parameterHash);
  });

  it('rejects bad dates and unknown or non-leaf paths', () => {
    const bad = (update: { start: string; stop?: string; value: number }) => () =>
      applyReform(baseline, { name: 'bad', parameters: { 'benefit.rate': [update] } });
    expect(bad({ start: '2013-02-30', value: 1 })).toThrow(DefinitionError);
    expect(bad({ start: '2013-01-01', stop: '2012-12-31', value: 1 })).toThrow('reform of benefit.rate: bad dates 2013-01-01 … 2012-12-31');
    expect(bad({ start: '2013-01-01', stop: 'soon', value: 1 })).toThrow(DefinitionError);
    expect(() => applyReform(baseline, { name: 'x', parameters: { 'benefit.nope': [{ start: '2013-01-01', value: 1 }] } })).toThrow(
      "no parameter 'benefit.nope'",
    );
    expect(() => applyReform(baseline, { name: 'x', parameters: { 'benefit.bonus': [{ start: '2013-01-01', value: 1 }] } })).toThrow(
      "'benefit.bonus' is a node, not a single parameter",
    );
  });

  it('updateParameter works on a single parameter', () => {
    const p = baseline.parameter('benefit.rate');
    const q = updateParameter(p, { start: '2012-01-01', value: 0.3 }, { document: 'test' });
    expect(q).toBeInstanceOf(Parameter);
    expect(q.entries.map((e) => [e.start, e.value])).toEqual([
      ['2010-01-01', 0.2],
      ['2012-01-01', 0.3],
    ]);
    expect(p.entries).toHaveLength(2);
    expect(p.entries[1].value).toBe(0.15);
  });
});

describe('applyReform: formulas and variables', () => {
  it('replaces a variable’s formulas, from their dates', () => {
    const reform = applyReform(baseline, {
      name: 'flat tax',
      formulas: {
        tax: [
          { from: '2010-01-01', formula: (c) => vector.mulRate(c.number('taxable_income'), c.param('benefit.rate')) },
          { from: '2014-01-01', formula: (c) => vector.fill(c.n, 10_000) },
        ],
      },
    });
    expect(taxes(reform, [2013, 2014, 2020])).toEqual([60_000, 10_000, 10_000]);
    expect(taxes(baseline, [2013, 2014])).toEqual([60_000, 38_985]);
    expect(() => taxes(baseline, [2020])).toThrow('not defined for 2020');
    expect(reform.variable('tax').label).toEqual(baseline.variable('tax').label);
    expect(reform.variable('tax').isInput).toBe(false);
  });

  it('formulas can turn an input into a computed variable', () => {
    const reform = applyReform(baseline, {
      name: 'fixed size',
      formulas: { size: [{ from: '2000-01-01', formula: (c) => vector.fill(c.n, 4) }] },
    });
    expect(reform.variable('size').isInput).toBe(false);
    const sim = new Simulation(reform, populationOf(reform, 1, '2013', { income: Float64Array.of(500_000) }));
    // (5000 − 4 × 1000) × 0.2 = 200.
    expect(sim.calculate('tax', 2013)[0]).toBe(20_000);
  });

  it('adds a new variable that reads existing ones', () => {
    const reform = applyReform(baseline, {
      name: 'top-up',
      variables: [
        {
          id: 'top_up',
          entity: 'household',
          valueType: 'money',
          definitionPeriod: 'year',
          label: L('加发', '추가 지급', 'Top-up'),
          reference: [{ document: 'reform: top-up' }],
          formulas: [
            { from: '2013-01-01', formula: (c) => vector.where(c.bool('is_poor'), vector.mulRatio(c.number('benefit'), 1, 2), 0) },
          ],
        },
      ],
    });
    const sim = new Simulation(
      reform,
      populationOf(reform, 2, '2013', { income: Float64Array.of(500_000, 5_000_000), region: Uint8Array.of(1, 1) }),
    );
    // Half of 1300.55 is 650.275 → 650.28.
    expect(sim.calculate('top_up', 2013)).toEqual(Float64Array.of(65_028, 0));
    expect(baseline.variables.has('top_up')).toBe(false);
    expect(() =>
      applyReform(baseline, {
        name: 'bad',
        variables: [
          defineVariable({
            id: 'x',
            entity: 'firm',
            valueType: 'number',
            definitionPeriod: 'year',
            label: L('甲', '갑', 'X'),
            reference: REF,
          }),
        ],
      }),
    ).toThrow("variable 'x': unknown entity 'firm'");
  });

  it('rejects formulas for unknown variables', () => {
    expect(() => applyReform(baseline, { name: 'x', formulas: { nope: [] } })).toThrow("unknown variable 'nope'");
  });
});
