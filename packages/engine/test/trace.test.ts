import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  defineVariable,
  displayParameterValue,
  EngineError,
  explain,
  Period,
  Population,
  Recorder,
  renderTrace,
  Simulation,
  type TraceNode,
  vector,
} from '../src/index.ts';
import { L, populationOf, REF, TOY_ACT, toySystem } from './helpers/toy.ts';

const system = toySystem();

/** Three households in 2013 and 2014; `disabled` is not given (so it is a default). */
function tracedSim(): Simulation {
  const pop = populationOf(system, 3, '2013', {
    income: Float64Array.of(500_000, 1_100_000, 5_000_000),
    'income@2014': Float64Array.of(500_000, 1_100_000, 5_000_000),
    size: Float64Array.of(2, 1, 3),
    'size@2014': Float64Array.of(2, 1, 3),
    region: Uint8Array.of(1, 2, 3),
    owner_age: Float64Array.of(70, 30, 45),
  });
  return new Simulation(system, pop, { trace: true });
}

/** The tree as nested [variable, kind, value, children]. */
const shape = (n: TraceNode): unknown => [n.variable, n.kind, n.value, n.children.map(shape)];

describe('explain', () => {
  it('builds a tree whose children are the dependencies, in the order they were read', () => {
    const node = explain(tracedSim(), 'benefit', '2013', 0);
    expect(shape(node)).toEqual([
      'benefit',
      'formula',
      1300.55,
      [
        ['is_poor', 'formula', true, [['income', 'input', 5000, []]]],
        ['region_bonus', 'formula', 500.55, [['region', 'input', 'south', []]]],
        ['band', 'formula', 'low', [['income', 'input', 5000, []]]],
      ],
    ]);
    expect(node.entity).toBe('household');
    expect(node.period).toBe('2013');
    expect(node.label).toEqual(L('补贴', '보조금', 'Benefit'));
    expect(node.formulaFrom).toBe('2010-01-01');
    expect(node.references).toEqual(REF);
  });

  it('marks inputs, defaults and formulas', () => {
    const node = explain(tracedSim(), 'senior', 2013, 1);
    expect(shape(node)).toEqual([
      'senior',
      'formula',
      false,
      [
        ['owner_age', 'input', 30, []],
        ['disabled', 'default', false, []],
      ],
    ]);
    expect(node.children[0].formulaFrom).toBeUndefined();
    expect(node.children[1].parameters).toEqual([]);
  });

  it('lists the parameters with value (money in yuan), window, references and confidence', () => {
    const sim = tracedSim();
    const node = explain(sim, 'benefit', '2013', 0);
    expect(node.parameters).toEqual([
      {
        path: 'benefit.supplement.low.amount',
        label: L('低档补充', '저구간 보충', 'Low supplement'),
        value: 800,
        unit: 'currency',
        start: '2010-01-01',
        end: null,
        references: [TOY_ACT],
        confidence: 'verified',
      },
    ]);
    const isPoor = node.children[0];
    expect(isPoor.parameters.map((p) => [p.path, p.value, p.unit])).toEqual([['benefit.poverty_line', 12000, 'currency']]);
    const band = node.children[2];
    expect(band.parameters.map((p) => [p.path, p.value])).toEqual([
      ['benefit.band_limits.low', 6000],
      ['benefit.band_limits.mid', 10000],
    ]);
    const tax = explain(sim, 'tax', '2013', 0);
    expect(tax.parameters).toEqual([
      {
        path: 'benefit.rate',
        label: L('税率', '세율', 'Rate'),
        value: 0.2,
        unit: '/1',
        start: '2010-01-01',
        end: '2013-12-31',
        references: [TOY_ACT],
        confidence: 'verified',
      },
    ]);
  });

  it('shows the entry in force, with its own reference and confidence', () => {
    const sim = tracedSim();
    const taxable = explain(sim, 'taxable_income', '2014', 0);
    expect(taxable.value).toBe(2599);
    expect(taxable.parameters).toEqual([
      {
        path: 'benefit.allowance',
        label: L('免征额', '공제액', 'Allowance per person'),
        value: 1200.5,
        unit: 'currency',
        start: '2014-01-01',
        end: null,
        references: [{ document: 'Toy Notice 2014', article: 'Art. 2' }],
        confidence: 'secondary',
      },
    ]);
  });

  it('paramByEnum shows only the leaf of the member’s own key', () => {
    const sim = tracedSim();
    const bonus = (i: number) => explain(sim, 'region_bonus', 2013, i).parameters.map((p) => [p.path, p.value]);
    expect(bonus(0)).toEqual([['benefit.bonus.south.amount', 500.55]]);
    // West has no leaf: the `missing` value is used and no parameter is listed.
    expect(bonus(1)).toEqual([]);
    expect(bonus(2)).toEqual([['benefit.bonus.east.amount', 100]]);
    const supplement = (i: number) => explain(sim, 'benefit', 2013, i).parameters.map((p) => p.path);
    expect(supplement(0)).toEqual(['benefit.supplement.low.amount']);
    expect(supplement(1)).toEqual(['benefit.supplement.high.amount']);
  });

  it('uses the dated formula’s own references when it has some', () => {
    const pop = populationOf(system, 1, '2015', { income: Float64Array.of(500_000), size: Float64Array.of(2) });
    const node = explain(new Simulation(system, pop, { trace: true }), 'tax', '2015', 0);
    expect(node.formulaFrom).toBe('2015-01-01');
    expect(node.references).toEqual([{ document: 'Toy Amendment 2015', article: 'Art. 9' }]);
    expect(node.value).toBe(394.85);
    expect(node.parameters.map((p) => [p.path, p.value, p.start, p.end])).toEqual([['benefit.rate', 0.15, '2014-01-01', null]]);
  });

  it('explains a dependency on other periods', () => {
    const pop = populationOf(system, 1, '2013', { 'rent@2013-02': Float64Array.of(150) });
    const node = explain(new Simulation(system, pop, { trace: true }), 'annual_rent', '2013', 0);
    expect(node.children.map((c) => [c.period, c.kind, c.value])).toEqual(
      Period.parse('2013')
        .split('month')
        .map((m) => [m.key, m.key === '2013-02' ? 'input' : 'default', m.key === '2013-02' ? 1.5 : 0]),
    );
  });

  it('follows links to the linked member, and aggregates to the first member', () => {
    const pop = new Population(system);
    pop.addEntity('household', 3);
    pop.addEntity('person', 4);
    pop.setLink('person', 'household', Int32Array.of(2, 0, 2, -1));
    pop.setInput('income', Period.parse('2013'), Float64Array.of(100, 200, 300));
    pop.setInput('age', Period.parse('2013'), Float64Array.of(10, 20, 30, 40));
    const sim = new Simulation(system, pop, { trace: true });
    const seen = explain(sim, 'household_income', 2013, 0);
    expect(shape(seen)).toEqual(['household_income', 'formula', 3, [['income', 'input', 3, []]]]);
    expect(seen.children[0].entity).toBe('household');
    // Person 3 has no household: the linked value is not explained.
    expect(explain(sim, 'household_income', 2013, 3).children).toEqual([]);
    expect(shape(explain(sim, 'total_age', 2013, 2))).toEqual(['total_age', 'formula', 40, [['age', 'input', 10, []]]]);
    expect(explain(sim, 'total_age', 2013, 1).children).toEqual([]);
  });

  it('paramAtDates shows only the entry in force on the member’s own date', () => {
    const signed = Int32Array.of(dayNumber('2012-05-01'), dayNumber('2014-03-01'), dayNumber('2009-01-01'), dayNumber('2012-06-01'));
    const sim = new Simulation(system, populationOf(system, 4, '2013', { signed }), { trace: true });
    const at = (i: number) => explain(sim, 'rate_at_signing', 2013, i).parameters.map((p) => [p.path, p.value, p.start, p.end]);
    expect(at(0)).toEqual([['benefit.rate', 0.2, '2010-01-01', '2013-12-31']]);
    expect(at(1)).toEqual([['benefit.rate', 0.15, '2014-01-01', null]]);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual([['benefit.rate', 0.2, '2010-01-01', '2013-12-31']]);
  });

  it('a parameter read again (e.g. month by month) is listed once', () => {
    const sys = toySystem([
      defineVariable({
        id: 'monthly_allowances',
        entity: 'household',
        valueType: 'money',
        definitionPeriod: 'year',
        label: L('月度', '월별', 'Monthly'),
        reference: REF,
        formulas: [
          {
            from: '2010-01-01',
            formula: (c) => {
              let total = vector.fill(c.n, 0);
              for (const m of c.period.split('month')) total = vector.add(total, c.param('benefit.allowance', m.start));
              return total;
            },
          },
        ],
      }),
    ]);
    const sim = new Simulation(sys, populationOf(sys, 1, '2013', {}), { trace: true });
    const node = explain(sim, 'monthly_allowances', 2013, 0);
    expect(node.value).toBe(12_000);
    expect(node.parameters.map((p) => [p.path, p.value])).toEqual([['benefit.allowance', 1000]]);
  });

  it('needs a traced simulation and an existing member', () => {
    const plain = new Simulation(system, populationOf(system, 1, '2013', {}));
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as EngineError;
      }
      throw new Error('expected an error');
    };
    expect(err(() => explain(plain, 'tax', 2013, 0)).code).toBe('no_trace');
    const sim = tracedSim();
    expect(err(() => explain(sim, 'tax', 2013, 3)).code).toBe('no_member');
    expect(err(() => explain(sim, 'tax', 2013, -1)).message).toBe('no household member -1');
    expect(err(() => explain(sim, 'tax', 2013, 0.5)).code).toBe('no_member');
    expect(err(() => explain(sim, 'tax', '2013-01', 0))).toBeInstanceOf(EngineError);
  });

  it('a shared recorder sees every node, in a topological order', () => {
    const recorder = new Recorder();
    const sim = new Simulation(system, populationOf(system, 1, '2013', {}), { recorder });
    sim.calculate('net_income', 2013);
    const order = recorder.order;
    expect(order[order.length - 1]).toBe('net_income@2013');
    for (const key of order) {
      for (const dep of recorder.nodes.get(key)?.deps ?? []) expect(order.indexOf(dep)).toBeLessThan(order.indexOf(key));
    }
    expect(recorder.nodes.get('tax@2013')?.deps).toEqual(['taxable_income@2013']);
  });

  it('a failed evaluation leaves no half-recorded node', () => {
    const sim = tracedSim();
    expect(() => sim.calculate('tax', 2020)).toThrow();
    expect(sim.recorder?.nodes.has('tax@2020')).toBe(false);
    expect(explain(sim, 'tax', 2013, 0).value).toBe(600);
  });

  it('displayParameterValue gives money back in yuan', () => {
    expect(displayParameterValue(120_050, 'currency')).toBe(1200.5);
    expect(displayParameterValue(0.2, '/1')).toBe(0.2);
    expect(displayParameterValue(null, 'currency')).toBeNull();
    expect(displayParameterValue(true)).toBe(true);
  });
});

describe('renderTrace', () => {
  const node = explain(tracedSim(), 'benefit', '2013', 0);

  it('renders in English', () => {
    const text = renderTrace(node, 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('benefit (Benefit) <2013> = 1300.55   [formula from 2010-01-01; Toy Act 2010 Art. 1]');
    expect(lines[1]).toBe(
      '  ◇ benefit.supplement.low.amount (Low supplement) = 800  [2010-01-01 … in force] Toy Act 2010 Art. 1 — verified',
    );
    expect(lines[2]).toBe('  is_poor (is_poor) <2013> = true   [formula from 2010-01-01; Toy Act 2010 Art. 1]');
    expect(lines[3]).toBe('    ◇ benefit.poverty_line (Poverty line) = 12000  [2010-01-01 … in force] Toy Act 2010 Art. 1 — verified');
    expect(lines[4]).toBe('    income (income) <2013> = 5000   [input]');
    for (const id of ['benefit', 'is_poor', 'region_bonus', 'band', 'income', 'region']) expect(text).toContain(`${id} (`);
    expect(text).toContain('◇ benefit.bonus.south.amount (South bonus) = 500.55');
    expect(text).toContain('◇ benefit.band_limits.mid (Middle band ceiling) = 10000');
    expect(lines).toHaveLength(12);
  });

  it('renders in Chinese (the default) and Korean', () => {
    const zh = renderTrace(node);
    expect(renderTrace(node, 'zh-CN')).toBe(zh);
    expect(zh.split('\n')[0]).toBe('benefit (补贴) <2013> = 1300.55   [公式自 2010-01-01; Toy Act 2010 Art. 1]');
    expect(zh).toContain('◇ benefit.supplement.low.amount (低档补充) = 800  [2010-01-01 … 至今有效] Toy Act 2010 Art. 1 — 已核实');
    expect(zh).toContain('income (income) <2013> = 5000   [输入]');
    const ko = renderTrace(node, 'ko');
    expect(ko.split('\n')[0]).toBe('benefit (보조금) <2013> = 1300.55   [공식 시행일 2010-01-01; Toy Act 2010 Art. 1]');
    expect(ko).toContain('◇ benefit.bonus.south.amount (남부 보조금) = 500.55  [2010-01-01 … 현재 유효] Toy Act 2010 Art. 1 — 확인됨');
    expect(ko).toContain('region (region) <2013> = south   [입력]');
  });

  it('shows defaults, closed windows, rates without a unit and other confidences', () => {
    const sim = tracedSim();
    expect(renderTrace(explain(sim, 'senior', 2013, 1), 'en')).toContain('disabled (disabled) <2013> = false   [default]');
    expect(renderTrace(explain(sim, 'senior', 2013, 1), 'zh-CN')).toContain('[默认值]');
    // Units other than currency and rates are shown.
    expect(renderTrace(explain(sim, 'senior', 2013, 1), 'en')).toContain(
      '◇ benefit.senior_age (Senior age) = 60 year  [2010-01-01 … 2015-12-31] Toy Act 2010 Art. 1 — verified',
    );
    expect(renderTrace(explain(sim, 'tax', 2013, 0), 'en')).toContain(
      '◇ benefit.rate (Rate) = 0.2  [2010-01-01 … 2013-12-31] Toy Act 2010 Art. 1 — verified',
    );
    expect(renderTrace(explain(sim, 'taxable_income', 2014, 0), 'en')).toContain(
      '◇ benefit.allowance (Allowance per person) = 1200.5  [2014-01-01 … in force] Toy Notice 2014 Art. 2 — secondary source',
    );
    expect(renderTrace(explain(sim, 'taxable_income', 2014, 0), 'ko')).toContain('— 2차 출처');
  });
});
