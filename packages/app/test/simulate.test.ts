import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeRecords, loadParameters, Period, Population, Simulation, TaxBenefitSystem } from '@xiaowei/engine';
import { buildSystem, ENTITIES, getSystem, PARAMETERS_DIR, VARIABLES } from '@xiaowei/policy';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  parseScenario,
  prepareSimulation,
  readAndSimulate,
  recordColumns,
  runSimulation,
  type Scenario,
  SimulationCancelled,
  type SimulationInput,
  SimulationWorkers,
  simulatePart,
} from '../src/index.ts';

const LIMIT = 'tax.corporate_income_tax.small_low_profit.taxable_income_limit';
const REFORM: Scenario = {
  name: 'taxable income limit 500,000 in 2016',
  baseYear: 2016,
  changes: [{ kind: 'parameter', path: LIMIT, value: '500000', from: '2016-01-01', until: '2016-12-31' }],
};

/** Enterprises at, below and above both limits (300,000 and 500,000 yuan), industrial and other. */
const TAXABLE = ['299999.99', '300000', '300000.01', '400000', '499999.99', '500000', '500000.01', '800000', '0', '120000'];
const RECORDS = TAXABLE.flatMap((taxable, i) => [
  {
    id: `I${i}`,
    region: '370202',
    industry: 'C3311',
    employees: 90,
    revenue: '9000000',
    total_assets: '28000000',
    taxable_income: taxable,
  },
  { id: `O${i}`, region: '440305', industry: 'F5221', employees: 70, revenue: '6000000', total_assets: '9000000', taxable_income: taxable },
  // Above the employee limit of art. 92 (100 for industry): never small low-profit.
  {
    id: `X${i}`,
    region: '110105',
    industry: 'C3311',
    employees: 101,
    revenue: '9000000',
    total_assets: '28000000',
    taxable_income: taxable,
  },
]);

function inputOf(records: readonly Record<string, unknown>[], scenario = REFORM): SimulationInput {
  prepareSimulation(scenario, 2016);
  return { n: records.length, ids: records.map((r) => String(r.id)), columns: recordColumns(getSystem(), 2016, records) };
}

/** The law with the limit changed in its YAML, built and simulated directly (no reform involved). */
const dir = mkdtempSync(join(tmpdir(), 'xw-params-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function editedSystem(): TaxBenefitSystem {
  cpSync(PARAMETERS_DIR, dir, { recursive: true });
  const file = join(dir, 'tax/corporate_income_tax/small_low_profit/taxable_income_limit.yaml');
  const yaml = readFileSync(file, 'utf8').replace(
    '  2017-01-01:\n',
    '  2016-01-01:\n    value: 500000\n    reference: { document: test }\n  2017-01-01:\n',
  );
  writeFileSync(file, yaml);
  return new TaxBenefitSystem({
    name: 'edited',
    version: 'test',
    entities: ENTITIES,
    variables: VARIABLES,
    parameters: loadParameters(dir),
  });
}

function direct(system: TaxBenefitSystem, record: Record<string, unknown>, id: string): number {
  const population = new Population(system);
  population.addEntity('enterprise', 1);
  for (const [k, v] of Object.entries(record))
    if (k !== 'id' && v !== undefined)
      population.setInput(k, Period.parse(2016), decodeRecords([system.variable(k)], [{ [k]: v }]).columns[k]);
  return (new Simulation(system, population).calculate(id, 2016) as Float64Array)[0];
}

describe('what-if simulation', () => {
  it('equals a direct simulation of the law with the parameter changed, enterprise by enterprise and in sum', async () => {
    const edited = editedSystem();
    const base = buildSystem();
    expect(edited.parameterAt(LIMIT, '2016-06-30').value).toBe(50_000_000);
    const outcome = await runSimulation(REFORM, 2016, inputOf(RECORDS), { workers: 0, top: 100 });
    expect(outcome.incomplete).toBe(0);
    let baseSum = 0;
    let reformSum = 0;
    let gainers = 0;
    let gainFen = 0;
    const changes = new Map(outcome.top.map((c) => [c.id, c]));
    for (const r of RECORDS) {
      const b = direct(base, r, 'total_support_value');
      const e = direct(edited, r, 'total_support_value');
      baseSum += b;
      reformSum += e;
      if (e > b) {
        gainers++;
        gainFen += e - b;
      }
      expect(changes.get(r.id)?.changeFen ?? 0).toBe(e - b);
    }
    expect(outcome.totals.baselineFen).toBe(BigInt(baseSum));
    expect(outcome.totals.reformFen).toBe(BigInt(reformSum));
    expect(outcome.totals.gainers).toBe(gainers);
    expect(outcome.totals.gainFen).toBe(BigInt(gainFen));
    expect(outcome.totals.losers).toBe(0);
    // Exactly the enterprises within art. 92's employees and assets whose income is above 300,000 and at most 500,000 gain.
    expect([...changes.keys()].sort()).toEqual(['I2', 'I3', 'I4', 'I5', 'O2', 'O3', 'O4', 'O5'].sort());
    // 400,000 taxed at 20% instead of 25%: 20,000 yuan less (no halving above the 300,000 halving threshold).
    expect(changes.get('I3')?.changeFen).toBe(2_000_000);
    expect(changes.get('I3')?.explanations.map((x) => [x.measure, x.baseline.variable, x.reform.variable])).toEqual([
      ['gf2012-14/02.2', 'corporate_income_tax_relief', 'corporate_income_tax_relief'],
    ]);
  });

  it('breaks the totals down by region, industry group, size class and measure, each adding up to the total', async () => {
    const o = await runSimulation(REFORM, 2016, inputOf(RECORDS), { workers: 0 });
    for (const rows of [o.byRegion, o.byIndustryGroup, o.bySizeClass, o.byMeasure]) {
      expect(rows.reduce((a, r) => a + r.changeFen, 0n)).toBe(o.totals.changeFen);
    }
    expect(o.byRegion.map((r) => r.key).sort()).toEqual(['110000', '370000', '440000']);
    expect(o.byRegion.find((r) => r.key === '110000')?.changeFen).toBe(0n);
    expect(o.byMeasure.find((r) => r.key === 'gf2012-14/02.2')?.changeFen).toBe(o.totals.changeFen);
    expect(o.top.length).toBe(8);
  });

  it('gives the same answer on worker threads, with progress', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...RECORDS[i % RECORDS.length], id: `M${i}` }));
    const seen: number[] = [];
    const one = await runSimulation(REFORM, 2016, inputOf(many), { workers: 0 });
    const two = await runSimulation(REFORM, 2016, inputOf(many), { workers: 2, onProgress: (d) => seen.push(d) });
    expect(two.workers).toBe(2);
    expect(two.totals).toEqual(one.totals);
    expect(two.byMeasure).toEqual(one.byMeasure);
    expect(two.top.map((c) => c.id)).toEqual(one.top.map((c) => c.id));
    expect(seen.at(-1)).toBe(3000);
  });

  it('stops on cancel', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...RECORDS[i % RECORDS.length], id: `M${i}` }));
    const controller = new AbortController();
    const run = runSimulation(REFORM, 2016, inputOf(many), { workers: 2, signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(SimulationCancelled);
  });

  describe('workers started while the input is read', () => {
    const many = Array.from({ length: 25_000 }, (_, i) => ({ ...RECORDS[i % RECORDS.length], id: `R${i}` }));
    // A read in batches of 10,000, as the registry's: the workers start once 20,000 rows are in.
    const reading =
      (fail = false) =>
      async (onRows: (rows: number) => void) => {
        for (const rows of [10_000, 20_000, 25_000]) {
          await new Promise((resolve) => setImmediate(resolve));
          onRows(rows);
          if (fail && rows === 20_000) throw new Error('the read failed');
        }
        return inputOf(many);
      };

    it('gives the answer of one thread, on the workers started during the read', async () => {
      const terminate = vi.spyOn(SimulationWorkers.prototype, 'terminate');
      try {
        const started: number[] = [];
        const inputs: number[] = [];
        const one = await runSimulation(REFORM, 2016, inputOf(many), { workers: 0 });
        const read = await readAndSimulate(REFORM, 2016, reading(), {
          workers: 2,
          onRead: (rows) => started.push(rows),
          onInput: (input) => inputs.push(input.n),
        });
        expect(started).toEqual([10_000, 20_000, 25_000]);
        expect(inputs).toEqual([25_000]);
        expect(read.workers).toBe(2);
        expect(read.totals).toEqual(one.totals);
        expect(read.byMeasure).toEqual(one.byMeasure);
        expect(read.top.map((c) => c.id)).toEqual(one.top.map((c) => c.id));
        expect(terminate).not.toHaveBeenCalled();
      } finally {
        terminate.mockRestore();
      }
    });

    it('stops the workers when the read fails or the run is cancelled meanwhile; 0 workers starts none', async () => {
      const terminate = vi.spyOn(SimulationWorkers.prototype, 'terminate');
      try {
        await expect(readAndSimulate(REFORM, 2016, reading(true), { workers: 2 })).rejects.toThrow('the read failed');
        expect(terminate).toHaveBeenCalledTimes(1);
        const controller = new AbortController();
        const cancelled = readAndSimulate(REFORM, 2016, reading(), {
          workers: 2,
          signal: controller.signal,
          onRead: (rows) => rows === 25_000 && controller.abort(),
        });
        await expect(cancelled).rejects.toBeInstanceOf(SimulationCancelled);
        expect(terminate).toHaveBeenCalledTimes(2);
        const inline = await readAndSimulate(REFORM, 2016, reading(), { workers: 0 });
        expect(inline.workers).toBe(0);
        expect(terminate).toHaveBeenCalledTimes(2);
      } finally {
        terminate.mockRestore();
      }
    });

    it('refuses workers started for another scenario, and stops them', async () => {
      const workers = new SimulationWorkers(REFORM, '2015', 2);
      const terminate = vi.spyOn(workers, 'terminate');
      await expect(runSimulation(REFORM, 2016, inputOf(many), { workers })).rejects.toThrow('another scenario or period');
      expect(terminate).toHaveBeenCalled();
    });
  });

  it('leaves out an enterprise lacking a figure, reported at its row, never counted as 0', async () => {
    const records = [RECORDS[0], { ...RECORDS[3], taxable_income: undefined }, RECORDS[9]];
    const o = await runSimulation(REFORM, 2016, inputOf(records), { workers: 0 });
    expect(o.incomplete).toBe(1);
    expect(o.totals.enterprises).toBe(2);
    expect(o.problems[0]).toMatchObject({ row: 2, field: 'taxable_income' });
    expect(o.problems[0].message.ko).toBeTruthy();
  });

  it('sets aside every enterprise lacking a figure at once, each reported at its row, the others as if alone', async () => {
    // Every third enterprise lacks its taxable income; some lack employees too (another check).
    const records = RECORDS.map((r, i) =>
      i % 3 === 1 ? { ...r, taxable_income: undefined, ...(i % 2 === 0 ? { employees: undefined } : {}) } : r,
    );
    const lacking = records.flatMap((_, i) => (i % 3 === 1 ? [i + 1] : []));
    const complete = records.filter((_, i) => i % 3 !== 1);
    const alone = await runSimulation(REFORM, 2016, inputOf(complete), { workers: 0 });
    for (const step of [16384, 7, 2]) {
      const o = simulatePart(prepareSimulation(REFORM, 2016), inputOf(records), { step, top: 100 });
      expect(o.incomplete).toBe(lacking.length);
      expect(o.totals).toEqual(alone.totals);
      expect(o.byRegion).toEqual(alone.byRegion);
      expect(o.byMeasure).toEqual(alone.byMeasure);
      expect(o.problems.map((p) => p.row as number).sort((a, b) => a - b)).toEqual(lacking);
      for (const p of o.problems) expect(['taxable_income', 'employees']).toContain(p.field);
    }
  });

  it('switches a measure off and applies a later year’s values to an earlier one', async () => {
    const off = await runSimulation(
      { name: 'no relief', baseYear: 2016, changes: [{ kind: 'measure_off', measure: 'gf2012-14/02.2', from: '2016-01-01' }] },
      2016,
      inputOf(RECORDS),
      { workers: 0 },
    );
    expect(off.byMeasure.find((r) => r.key === 'gf2012-14/02.2')?.reformFen).toBe(0n);
    expect(off.totals.losers).toBeGreaterThan(0);
    expect(off.totals.gainers).toBe(0);
    // 2017's limit (500,000, 财税〔2017〕43号) applied to 2016: the same as the parameter change.
    const copy: Scenario = {
      name: '2017 limits in 2016',
      baseYear: 2016,
      changes: [
        {
          kind: 'copy_values',
          source: '2017-01-01',
          from: '2016-01-01',
          until: '2016-12-31',
          path: 'tax.corporate_income_tax.small_low_profit.taxable_income_limit',
        },
      ],
    };
    const copied = await runSimulation(copy, 2016, inputOf(RECORDS, copy), { workers: 0 });
    const changed = await runSimulation(REFORM, 2016, inputOf(RECORDS), { workers: 0 });
    expect(copied.totals).toEqual(changed.totals);
  });
});

describe('values the reform leaves unchanged, taken from the baseline', () => {
  const THRESHOLD = 'tax.vat_business_tax.individual_threshold.by_province.370000.vat_goods_monthly';
  const scenarios: Scenario[] = [
    REFORM,
    { name: 'no relief', baseYear: 2016, changes: [{ kind: 'measure_off', measure: 'gf2012-14/02.2', from: '2016-01-01' }] },
    {
      name: 'two changes',
      baseYear: 2016,
      changes: [
        { kind: 'parameter', path: THRESHOLD, value: '5000', from: '2016-01-01' },
        { kind: 'parameter', path: LIMIT, value: '350000', from: '2016-07-01', until: '2016-12-31' },
      ],
    },
  ];
  // A lacking figure in the middle: its step falls back to computing both systems in full.
  const records = [...RECORDS, { ...RECORDS[4], id: 'gap', taxable_income: undefined }, ...RECORDS.map((r) => ({ ...r, id: `${r.id}b` }))];

  it('names exactly the leaves and variables the reform replaced', () => {
    expect(prepareSimulation(REFORM, 2016).difference).toEqual({ leaves: new Set([LIMIT]), variables: new Set() });
    const off = prepareSimulation(scenarios[1], 2016).difference;
    expect(off?.leaves.size).toBe(0);
    expect([...(off?.variables ?? [])].sort()).toEqual(['corporate_income_tax_relief', 'is_small_low_profit'].sort());
  });

  it('gives every tally and change exactly as computing both systems in full, step by step', () => {
    for (const scenario of scenarios) {
      const plans = prepareSimulation(scenario, 2016);
      expect(plans.difference).toBeDefined();
      const input = inputOf(records, scenario);
      const shared = simulatePart(plans, input, { step: 7, top: 100 });
      expect(shared).toEqual(simulatePart({ ...plans, difference: undefined }, input, { step: 7, top: 100 }));
      expect(shared.incomplete).toBe(1);
    }
    expect(simulatePart(prepareSimulation(REFORM, 2016), inputOf(records), { top: 100 }).totals.changeFen).toBeGreaterThan(0n);
  });

  it('takes nothing from the baseline when a changed leaf gains or loses a value on some day (such look-ups are not traced)', () => {
    const earlier: Scenario = {
      name: 'limit from 2000',
      baseYear: 2016,
      changes: [{ kind: 'parameter', path: LIMIT, value: '500000', from: '2000-01-01' }],
    };
    const plans = prepareSimulation(earlier, 2016);
    expect(plans.difference).toBeUndefined();
    expect(simulatePart(plans, inputOf(RECORDS, earlier)).totals).toEqual(
      simulatePart(prepareSimulation(REFORM, 2016), inputOf(RECORDS)).totals,
    );
  });
});

describe('scenario validation', () => {
  const system = getSystem();
  it('accepts the example scenario', () => {
    const r = parseScenario(system, {
      name: ' 限额 50 万 ',
      base_year: 2016,
      changes: [{ kind: 'parameter', path: LIMIT.replace(/\./g, '/'), value: 500000, from: '2016-01-01', until: '2016-12-31' }],
    });
    expect(r.problems).toEqual([]);
    expect(r.scenario?.name).toBe('限额 50 万');
    expect(r.scenario?.changes[0]).toMatchObject({ path: LIMIT, value: '500000' });
  });

  it('reports every problem with its row and field in three languages, and returns no scenario', () => {
    const r = parseScenario(system, {
      name: '',
      base_year: 1999,
      changes: [
        { kind: 'parameter', path: 'tax.nothing', value: 1, from: '2016-01-01' },
        { kind: 'parameter', path: 'tax.corporate_income_tax.small_low_profit', value: 1, from: '2016-01-01' },
        { kind: 'parameter', path: LIMIT, value: '500000.001', from: '2016-02-30' },
        { kind: 'parameter', path: LIMIT, value: -1, from: '2016-01-01' },
        { kind: 'parameter', path: 'tax.corporate_income_tax.small_low_profit.employees_limit', value: 80.5, from: '2016-01-01' },
        { kind: 'parameter', path: LIMIT, value: 1, from: '2016-06-01', until: '2016-05-31' },
        { kind: 'measure_off', measure: 'gf2012-14/99', from: '2016-01-01' },
        { kind: 'raise', from: '2016-01-01' },
        { kind: 'copy_values', source: '1990-01-01', from: '2016-01-01', path: LIMIT },
      ],
    });
    expect(r.scenario).toBeUndefined();
    const got = r.problems.map((p) => [p.row ?? null, p.field, p.code]);
    expect(got).toEqual([
      [null, 'name', 'XW_SCENARIO_NAME_REQUIRED'],
      [null, 'base_year', 'XW_SCENARIO_BAD_YEAR'],
      [1, 'path', 'XW_SCENARIO_UNKNOWN_PARAMETER'],
      [2, 'path', 'XW_SCENARIO_NOT_A_LEAF'],
      [3, 'from', 'XW_SCENARIO_BAD_DATE'],
      [3, 'value', 'XW_SCENARIO_NOT_AN_AMOUNT'],
      [4, 'value', 'XW_SCENARIO_NOT_AN_AMOUNT'],
      [5, 'value', 'XW_SCENARIO_NOT_A_COUNT'],
      [6, 'until', 'XW_SCENARIO_UNTIL_BEFORE_FROM'],
      [7, 'measure', 'XW_SCENARIO_UNKNOWN_MEASURE'],
      [8, 'kind', 'XW_SCENARIO_BAD_KIND'],
      [9, 'source', 'XW_SCENARIO_NO_VALUE_ON_SOURCE'],
    ]);
    for (const p of r.problems) for (const lang of ['zh-CN', 'ko', 'en'] as const) expect(p.message[lang]).not.toMatch(/\{\w+\}/);
  });
});
