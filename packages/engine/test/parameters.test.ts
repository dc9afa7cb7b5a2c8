import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DefinitionError,
  loadParameters,
  type Parameter,
  type ParameterNode,
  ParameterNotFoundError,
  parameterTreeFrom,
  type Scale,
  TaxBenefitSystem,
} from '../src/index.ts';
import { household, L } from './helpers/toy.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const tree = loadParameters(join(FIXTURES, 'parameters'));
const leaf = (path: string) => tree.get(path) as Parameter;

describe('loadParameters: a folder of YAML files', () => {
  it('builds nodes from folders and files, leaves from `values`, scales from `brackets`', () => {
    expect(tree.kind).toBe('node');
    expect([...tree.children.keys()].sort()).toEqual(['benefit', 'scales']);
    const benefit = tree.get('benefit') as ParameterNode;
    // notes.md is not YAML and index.yaml is metadata, not a child.
    expect([...benefit.children.keys()].sort()).toEqual(['allowance', 'bonus', 'rate', 'stamp']);
    expect(tree.get('benefit.bonus').kind).toBe('node');
    expect(leaf('benefit.bonus.south.amount').kind).toBe('parameter');
    expect(tree.get('scales.income_tax').kind).toBe('scale');
    expect(leaf('benefit.allowance').path).toBe('benefit.allowance');
    expect(tree.find('benefit.nothing')).toBeUndefined();
    expect(tree.find('benefit.allowance.deeper')).toBeUndefined();
    expect(tree.find('')).toBe(tree);
    expect(() => tree.get('benefit.nothing')).toThrow(DefinitionError);
    expect(() => tree.get('benefit.nothing')).toThrow("no parameter 'benefit.nothing' below '(root)'");
  });

  it('answers a path asked again as the first time (found, absent, or past a leaf), and a reform tree by its own leaves', () => {
    for (let round = 0; round < 3; round++) {
      expect(tree.find('benefit.allowance')).toBe(leaf('benefit.allowance'));
      expect(tree.find('benefit.nothing')).toBeUndefined();
      expect(tree.find('benefit.allowance.deeper')).toBeUndefined();
      expect(tree.find('benefit')).toBe(tree.get('benefit'));
    }
    const original = leaf('benefit.allowance');
    const reformed = tree.withLeaves(new Map([['benefit.allowance', Object.create(original) as typeof original]]));
    expect(reformed.find('benefit.allowance')).not.toBe(original);
    expect(tree.find('benefit.allowance')).toBe(original);
    // Paths without end, as asked from outside: still answered right (the answers kept are bounded).
    for (let i = 0; i < 12_000; i++) expect(tree.find(`benefit.nothing_${i}`)).toBeUndefined();
    expect(tree.find('benefit.allowance')).toBe(original);
  });

  it('inherits metadata from index.yaml and enclosing nodes', () => {
    const allowance = leaf('benefit.allowance');
    expect(allowance.metadata.unit).toBe('currency');
    expect(allowance.metadata.confidence).toBe('secondary');
    expect(allowance.metadata.references).toEqual([{ document: 'Toy Benefit Rules 2011' }]);
    expect(allowance.metadata.label).toEqual(L('免征额', '공제액', 'Allowance'));
    // A scale with no index.yaml in its folder inherits the root's metadata.
    const scale = tree.get('scales.income_tax') as Scale;
    expect(scale.metadata.confidence).toBe('verified');
    expect(scale.metadata.references).toEqual([{ document: 'Toy Act 2010', article: 'Art. 1', url: 'https://example.org/toy-act' }]);
    // A node's own reference overrides the inherited one for everything below it.
    expect(leaf('benefit.bonus.south.amount').entries[0].references).toEqual([{ document: 'Toy South Decree' }]);
    expect(leaf('benefit.bonus.north.amount').entries[0].references).toEqual([{ document: 'Toy Benefit Rules 2011' }]);
    // Labels describe one item and are not inherited.
    expect((tree.get('benefit') as ParameterNode).metadata.label).toEqual(L('补贴', '보조금', 'Benefits'));
    expect((tree.get('benefit.bonus.north') as ParameterNode).metadata.label).toBeUndefined();
    // A file may override the folder's unit.
    expect(leaf('benefit.rate').metadata.unit).toBe('/1');
  });

  it('reads shorthand values, per-value reference, confidence and note, and a null end', () => {
    expect(leaf('benefit.allowance').entries).toEqual([
      {
        start: '2010-01-01',
        end: '2013-12-31',
        value: 100_000,
        references: [{ document: 'Toy Benefit Rules 2011' }],
        confidence: 'secondary',
      },
      {
        start: '2014-01-01',
        end: '2017-12-31',
        value: 120_050,
        references: [{ document: 'Toy Notice 2014', article: 'Art. 2' }],
        confidence: 'verified',
        note: 'raised by the 2014 notice',
      },
      { start: '2018-01-01', end: null, value: null, references: [{ document: 'Toy Benefit Rules 2011' }], confidence: 'secondary' },
    ]);
    expect(leaf('benefit.stamp').entries[2].references).toEqual([
      { document: 'Toy Notice 2014' },
      { document: 'Toy Circular 7', article: 'Item 3' },
    ]);
  });

  it('converts currency from yuan to fen exactly', () => {
    const stamp = leaf('benefit.stamp');
    expect(stamp.at('2012-06-01').value).toBe(5);
    expect(stamp.at('2013-06-01').value).toBe(123_456);
    expect(stamp.at('2014-06-01').value).toBe(39_999_999_999);
    expect(leaf('benefit.bonus.south.amount').numberAt('2013-01-01')).toBe(50_055);
    // Rates are not currency: kept as written.
    expect(leaf('benefit.rate').at('2012-06-30').value).toBe(0.2);
    expect(leaf('benefit.rate').at('2012-07-01').value).toBe(0.00005);
  });

  it('closes each window the day before the next start', () => {
    const rate = leaf('benefit.rate');
    expect(rate.entries.map((e) => [e.start, e.end])).toEqual([
      ['2010-01-01', '2012-06-30'],
      ['2012-07-01', null],
    ]);
    const allowance = leaf('benefit.allowance');
    expect(allowance.at('2013-12-31').value).toBe(100_000);
    expect(allowance.at('2014-01-01').value).toBe(120_050);
    expect(allowance.at('2017-12-31').value).toBe(120_050);
  });

  it('at() before the history starts throws ParameterNotFoundError with a clear message', () => {
    const allowance = leaf('benefit.allowance');
    expect(() => allowance.at('2009-12-31')).toThrow(ParameterNotFoundError);
    expect(() => allowance.at('2009-12-31')).toThrow(
      'parameter benefit.allowance has no value on 2009-12-31: its history starts on 2010-01-01',
    );
    try {
      allowance.at('2009-12-31');
    } catch (e) {
      const err = e as ParameterNotFoundError;
      expect([err.code, err.parameter, err.instant]).toEqual(['parameter_not_found', 'benefit.allowance', '2009-12-31']);
    }
    expect(allowance.entryAt('2009-12-31')).toBeUndefined();
  });

  it('at() after a null end throws ParameterNotFoundError naming the end date', () => {
    const allowance = leaf('benefit.allowance');
    expect(() => allowance.at('2018-01-01')).toThrow(ParameterNotFoundError);
    expect(() => allowance.at('2030-05-05')).toThrow('parameter benefit.allowance has no value on 2030-05-05: it ended on 2017-12-31');
    // entryAt still shows the window in which there is no value.
    expect(allowance.entryAt('2030-05-05')?.value).toBeNull();
  });

  it('scales: marginal_rate thresholds (currency) and rates by date', () => {
    const scale = tree.get('scales.income_tax') as Scale;
    expect(scale.type).toBe('marginal_rate');
    expect(scale.at('2011-06-01')).toEqual({ thresholds: [0, 100_000], values: [0.1, 0.2] });
    expect(scale.at('2013-01-01')).toEqual({ thresholds: [0, 100_000, 500_000], values: [0.1, 0.2, 0.3] });
    expect(scale.at('2015-01-01')).toEqual({ thresholds: [0, 150_050, 500_000], values: [0.1, 0.2, 0.3] });
    // The top bracket's rate ended: the bracket is left out.
    expect(scale.at('2016-01-01')).toEqual({ thresholds: [0, 150_050], values: [0.1, 0.2] });
    expect(scale.at('2009-01-01')).toEqual({ thresholds: [], values: [] });
    expect(scale.brackets[1].rate?.metadata.unit).toBe('/1');
    expect(scale.brackets[1].threshold.metadata.unit).toBe('currency');
  });

  it('scales: single_amount thresholds (persons) and amounts (currency)', () => {
    const scale = tree.get('scales.fee') as Scale;
    expect(scale.type).toBe('single_amount');
    expect(scale.at('2013-01-01')).toEqual({ thresholds: [0, 20, 100], values: [5000, 12_050, 30_000] });
    expect(scale.at('2014-01-01')).toEqual({ thresholds: [0, 20, 100], values: [5000, 15_000, 30_000] });
  });

  it('lists every leaf, including scale brackets', () => {
    const paths = [...tree.leaves()].map((p) => p.path);
    expect(paths).toContain('benefit.allowance');
    expect(paths).toContain('benefit.bonus.south.amount');
    expect(paths).toContain('scales.income_tax.brackets[2].rate');
    expect(paths).toContain('scales.fee.brackets[1].amount');
    expect(paths).toHaveLength(5 + 6 + 6);
  });
});

describe('loadParameters: malformed definitions', () => {
  const load = (name: string) => () => loadParameters(join(FIXTURES, 'bad-parameters', name));

  it('a value without any reference', () => {
    expect(load('no-reference')).toThrow(DefinitionError);
    expect(load('no-reference')).toThrow('x @ 2010-01-01: every value needs a reference');
  });

  it('a bad confidence', () => {
    expect(load('bad-confidence')).toThrow(DefinitionError);
    expect(load('bad-confidence')).toThrow("x @ 2010-01-01: bad confidence 'probably'");
  });

  it('a label missing a language', () => {
    expect(load('bad-label')).toThrow(DefinitionError);
    expect(load('bad-label')).toThrow('x: label lacks ko');
  });

  it('a currency amount with more than two decimals', () => {
    expect(load('bad-amount')).toThrow(DefinitionError);
    expect(load('bad-amount')).toThrow("'0.001' is not an amount with at most 2 decimals");
  });

  it('a YAML syntax error names the file', () => {
    expect(load('bad-yaml')).toThrow(DefinitionError);
    expect(load('bad-yaml')).toThrow(/bad-yaml[/\\]x\.yaml/);
  });

  it('a reference without a document number', () => {
    expect(load('bad-reference')).toThrow(DefinitionError);
    expect(load('bad-reference')).toThrow('a reference needs at least a document number');
  });
});

describe('parameterTreeFrom', () => {
  const ref = { document: 'Toy Act 2010' };
  const label = L('甲', '갑', 'X');

  it('builds the same shapes from an object', () => {
    const t = parameterTreeFrom({
      reference: ref,
      a: { label, unit: 'currency', values: { '2010-01-01': 0.05, '2011-01-01': null, '2012-01-01': 7 } },
      b: { flag: { label, unit: 'boolean', values: { '2010-01-01': true } } },
    });
    const a = t.get('a') as Parameter;
    expect(a.entries.map((e) => [e.start, e.end, e.value])).toEqual([
      ['2010-01-01', '2010-12-31', 5],
      ['2011-01-01', '2011-12-31', null],
      ['2012-01-01', null, 700],
    ]);
    // A parameter may come back after a gap.
    expect(() => a.at('2011-06-01')).toThrow('it ended on 2010-12-31');
    expect(a.at('2012-06-01').value).toBe(700);
    expect((t.get('b.flag') as Parameter).at('2010-01-01').value).toBe(true);
  });

  it('sorts entries by date', () => {
    const t = parameterTreeFrom({ reference: ref, a: { values: { '2012-01-01': 2, '2010-01-01': 1 } } });
    expect((t.get('a') as Parameter).entries.map((e) => [e.start, e.end, e.value])).toEqual([
      ['2010-01-01', '2011-12-31', 1],
      ['2012-01-01', null, 2],
    ]);
  });

  it.each([
    ['missing reference', { a: { values: { '2010-01-01': 1 } } }, 'every value needs a reference'],
    ['bad value confidence', { reference: ref, a: { values: { '2010-01-01': { value: 1, confidence: 'sure' } } } }, 'bad confidence'],
    ['bad node confidence', { reference: ref, confidence: 'sure', a: { values: { '2010-01-01': 1 } } }, 'confidence must be one of'],
    ['label lacking zh-CN', { reference: ref, a: { label: { ko: '갑', en: 'X' }, values: { '2010-01-01': 1 } } }, 'label lacks zh-CN'],
    ['empty label text', { reference: ref, a: { label: { ...label, en: ' ' }, values: { '2010-01-01': 1 } } }, 'label lacks en'],
    [
      'description lacking a language',
      { reference: ref, a: { description: { en: 'x' }, values: { '2010-01-01': 1 } } },
      'description lacks',
    ],
    ['not an ISO date', { reference: ref, a: { values: { '2010-13-01': 1 } } }, "'2010-13-01' is not an ISO date"],
    ['no values', { reference: ref, a: { values: {} } }, 'a: no values'],
    ['values not a mapping', { reference: ref, a: { values: [1, 2] } }, 'values must map ISO dates'],
    ['unknown unit', { reference: ref, a: { unit: 'furlong', values: { '2010-01-01': 1 } } }, "unknown unit 'furlong'"],
    ['a list as a value', { reference: ref, a: { values: { '2010-01-01': [1] } } }, 'a value must be a number, boolean or string'],
    ['money with 3 decimals', { reference: ref, a: { unit: 'currency', values: { '2010-01-01': 1.005 } } }, 'not an amount'],
    ['a scalar where a node is expected', { reference: ref, a: 5 }, 'a: expected a mapping'],
    ['unknown scale type', { reference: ref, s: { type: 'bands', brackets: [] } }, "unknown scale type 'bands'"],
    ['reference with no document', { a: { reference: { article: '3' }, values: { '2010-01-01': 1 } } }, 'needs at least a document'],
  ])('%s → DefinitionError', (_name, data, message) => {
    expect(() => parameterTreeFrom(data as Record<string, unknown>)).toThrow(DefinitionError);
    expect(() => parameterTreeFrom(data as Record<string, unknown>)).toThrow(message);
  });

  it('the root must be a node', () => {
    expect(() => parameterTreeFrom({ reference: ref, values: { '2010-01-01': 1 } })).toThrow(DefinitionError);
  });
});

describe('TaxBenefitSystem parameter access', () => {
  const system = new TaxBenefitSystem({ name: 't', version: '1', entities: [household], variables: [], parameters: tree });

  it('finds leaves and entries, and rejects non-leaves', () => {
    expect(system.parameter('benefit.stamp').path).toBe('benefit.stamp');
    expect(system.parameterAt('benefit.stamp', '2013-02-01').value).toBe(123_456);
    expect(system.parameterAt('benefit.stamp', '2013-02-01')).toBe(system.parameterAt('benefit.stamp', '2013-02-01'));
    expect(() => system.parameter('benefit')).toThrow("'benefit' is a node, not a single parameter");
    expect(() => system.parameter('scales.fee')).toThrow("'scales.fee' is a scale, not a single parameter");
    expect(() => system.parameterAt('benefit.allowance', '2020-01-01')).toThrow(ParameterNotFoundError);
  });

  it('hashes the parameter values', () => {
    expect(system.parameterHash).toMatch(/^[0-9a-f]{16}$/);
    const same = new TaxBenefitSystem({ name: 'u', version: '2', entities: [household], variables: [], parameters: tree });
    expect(same.parameterHash).toBe(system.parameterHash);
    const other = new TaxBenefitSystem({
      name: 'v',
      version: '1',
      entities: [household],
      variables: [],
      parameters: loadParameters(join(FIXTURES, 'parameters', 'benefit')),
    });
    expect(other.parameterHash).not.toBe(system.parameterHash);
  });
});
