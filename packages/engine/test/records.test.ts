import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  decodeRecords,
  decodeValue,
  defineVariable,
  INPUT_MESSAGES,
  LANGS,
  RecordDecoder,
  type VariableDefinition,
} from '../src/index.ts';
import { L, REF } from './helpers/toy.ts';

const v = (def: Omit<VariableDefinition, 'label' | 'reference' | 'entity' | 'definitionPeriod'> & Partial<VariableDefinition>) =>
  defineVariable({ entity: 'household', definitionPeriod: 'year', label: L('甲', '갑', 'X'), reference: REF, ...def });

const employees = v({ id: 'employees', valueType: 'number', min: 0, max: 100_000, integer: true });
const ratio = v({ id: 'ratio', valueType: 'number', min: -1, max: 1, default: 0.5 });
const revenue = v({ id: 'revenue', valueType: 'money', min: 0, max: 1_000_000_000 });
const fee = v({ id: 'fee', valueType: 'money', min: 0.07, max: 0.29, default: 0.1 });
const active = v({ id: 'active', valueType: 'boolean', default: true });
const kind = v({ id: 'kind', valueType: 'enum', possibleValues: ['a', 'b', 'c'], default: 'b' });
const founded = v({ id: 'founded', valueType: 'date', definitionPeriod: 'eternity', default: '2000-01-01' });
const name = v({ id: 'name', valueType: 'string', default: '?' });
const code = v({
  id: 'code',
  valueType: 'string',
  validate: (value) =>
    /^\d{6}$/.test(String(value))
      ? undefined
      : { code: 'bad_code', message: L('代码须为6位数字', '코드는 6자리 숫자', 'a code has 6 digits') },
});
const ALL = [employees, ratio, revenue, fee, active, kind, founded, name, code];

describe('decodeRecords', () => {
  it('with givenOnly, makes columns only for the variables some record gives, defaults filled where others do not', () => {
    const records = [{ employees: '80' }, { revenue: '12.5', employees: '' }, {}];
    const all = decodeRecords(ALL, records);
    expect(Object.keys(all.columns).sort()).toEqual(ALL.map((x) => x.id).sort());
    const given = new RecordDecoder(ALL, { givenOnly: true }).decode(records);
    expect(given.problems).toEqual([]);
    expect(Object.keys(given.columns).sort()).toEqual(['employees', 'revenue']);
    // The columns that exist are those of the full decode, defaults included (NaN: not given).
    expect(given.columns.employees).toEqual(all.columns.employees);
    expect(given.columns.revenue).toEqual(all.columns.revenue);
    expect(Array.from(given.columns.revenue as Float64Array)).toEqual([Number.NaN, 1250, Number.NaN]);
  });

  it('decodes every value type into column units', () => {
    const { columns, problems, n } = decodeRecords(ALL, [
      {
        employees: '80',
        ratio: '-0.25',
        revenue: '1,000.50',
        fee: 0.29,
        active: '否',
        kind: 'c',
        founded: '2012-02-29',
        name: ' Acme ',
        code: '110000',
      },
      { employees: 1000, ratio: 1, revenue: 1234.5, fee: '0.07', active: true, kind: 'a', founded: '1999-12-31', name: 42, code: 310_000 },
    ]);
    expect(problems).toEqual([]);
    expect(n).toBe(2);
    expect(columns.employees).toEqual(Float64Array.of(80, 1000));
    expect(columns.ratio).toEqual(Float64Array.of(-0.25, 1));
    expect(columns.revenue).toEqual(Float64Array.of(100_050, 123_450));
    expect(columns.fee).toEqual(Float64Array.of(29, 7));
    expect(columns.active).toEqual(Uint8Array.of(0, 1));
    expect(columns.kind).toEqual(Uint8Array.of(2, 0));
    expect(columns.founded).toEqual(Int32Array.of(dayNumber('2012-02-29'), dayNumber('1999-12-31')));
    expect(columns.name).toEqual(['Acme', '42']);
    expect(columns.code).toEqual(['110000', '310000']);
  });

  it('empty and absent values take the default; a number without a default is absent (NaN), never 0', () => {
    const { columns, problems } = decodeRecords(ALL, [{}, { employees: '', ratio: null, revenue: '  ', kind: undefined }]);
    expect(problems).toEqual([]);
    expect(columns.employees).toEqual(Float64Array.of(Number.NaN, Number.NaN));
    expect(columns.revenue).toEqual(Float64Array.of(Number.NaN, Number.NaN));
    expect(columns.ratio).toEqual(Float64Array.of(0.5, 0.5));
    expect(columns.fee).toEqual(Float64Array.of(10, 10));
    expect(columns.active).toEqual(Uint8Array.of(1, 1));
    expect(columns.kind).toEqual(Uint8Array.of(1, 1));
    expect(columns.founded).toEqual(Int32Array.of(dayNumber('2000-01-01'), dayNumber('2000-01-01')));
    expect(columns.name).toEqual(['?', '?']);
  });

  it.each([
    [true, 1],
    [false, 0],
    [1, 1],
    [0, 0],
    ['true', 1],
    ['false', 0],
    ['TRUE', 1],
    ['False', 0],
    ['1', 1],
    ['0', 0],
    ['是', 1],
    ['否', 0],
    ['yes', 1],
    ['no', 0],
    ['Yes', 1],
    ['NO', 0],
    ['y', 1],
    ['n', 0],
    ['예', 1],
    ['아니요', 0],
    [' yes ', 1],
  ])('boolean %j → %i', (raw, cell) => {
    expect(decodeValue(active, raw)).toBe(cell);
  });

  it.each(['maybe', '2', 2, -1, '对', 'oui'])('boolean %j is rejected', (raw) => {
    expect(decodeValue(active, raw)).toEqual({
      code: 'not_a_boolean',
      message: expect.objectContaining({ en: expect.stringContaining(String(raw)) }),
    });
  });

  it('an enum value not in the list', () => {
    expect(decodeValue(kind, 'd')).toEqual({
      code: 'not_a_choice',
      message: { 'zh-CN': '“d”不是可选值之一：a, b, c', ko: '“d”은(는) 허용 값이 아닙니다: a, b, c', en: '"d" is not one of: a, b, c' },
    });
    // Enum names are exact.
    expect(decodeValue(kind, 'A')).toMatchObject({ code: 'not_a_choice' });
    expect(decodeValue(kind, ' b ')).toBe(1);
  });

  it.each(['2013-02-30', '2013-13-01', '2013-2-3', '2013/02/03', '20130203', 'yesterday', 20130203])('date %j is rejected', (raw) => {
    expect(decodeValue(founded, raw)).toMatchObject({ code: 'not_a_date' });
  });

  it.each([{ '2014-10': 25000 }, [1], Object.create(null)])(
    'an object or a list where one value belongs is a clear problem (%j)',
    (raw) => {
      for (const variable of [active, kind, founded]) {
        expect(decodeValue(variable, raw)).toEqual({ code: 'not_a_single_value', message: INPUT_MESSAGES.not_a_single_value });
      }
    },
  );

  it('a date object is not an ISO date text', () => {
    expect(decodeValue(founded, new Date('2013-01-01'))).toMatchObject({ code: 'not_a_date' });
  });

  it('numbers: min, max, integer, thousands separators', () => {
    expect(decodeValue(employees, '-1')).toEqual({
      code: 'below_min',
      message: { 'zh-CN': '-1 小于允许的最小值 0', ko: '-1은(는) 허용 최솟값 0보다 작습니다', en: '-1 is below the minimum 0' },
    });
    expect(decodeValue(employees, '100001')).toMatchObject({ code: 'above_max', message: { en: '100001 is above the maximum 100000' } });
    expect(decodeValue(employees, '100000')).toBe(100_000);
    expect(decodeValue(employees, '0')).toBe(0);
    expect(decodeValue(employees, '1.5')).toMatchObject({ code: 'not_an_integer', message: { en: '"1.5" must be a whole number' } });
    expect(decodeValue(employees, 2.5)).toMatchObject({ code: 'not_an_integer' });
    expect(decodeValue(employees, '1,000')).toBe(1000);
    expect(decodeValue(employees, '+12')).toBe(12);
    for (const bad of ['abc', '1e3', '', '12abc', '١٢', Number.NaN, Number.POSITIVE_INFINITY, true]) {
      expect(decodeValue(employees, bad)).toMatchObject({ code: 'not_a_number' });
    }
    expect(decodeValue(ratio, '.5')).toBe(0.5);
    expect(decodeValue(ratio, '-1.01')).toMatchObject({ code: 'below_min' });
  });

  it('money: at most two decimals, bounds in yuan', () => {
    expect(decodeValue(revenue, '1.234')).toEqual({
      code: 'not_an_amount',
      message: {
        'zh-CN': '“1.234”不是金额（元，最多两位小数）',
        ko: '“1.234”은(는) 금액(위안, 소수점 둘째 자리까지)이 아닙니다',
        en: '"1.234" is not an amount (yuan, at most two decimals)',
      },
    });
    expect(decodeValue(revenue, 1.234)).toMatchObject({ code: 'not_an_amount' });
    expect(decodeValue(revenue, '1e5')).toMatchObject({ code: 'not_an_amount' });
    expect(decodeValue(revenue, '-0.01')).toMatchObject({ code: 'below_min' });
    expect(decodeValue(revenue, '1000000000')).toBe(100_000_000_000);
    expect(decodeValue(revenue, '1000000000.01')).toMatchObject({ code: 'above_max' });
    expect(decodeValue(revenue, '399999999.99')).toBe(39_999_999_999);
  });

  it('money bounds are exact at the fen (0.07 and 0.29 yuan are not binary fractions)', () => {
    expect(decodeValue(fee, '0.07')).toBe(7);
    expect(decodeValue(fee, '0.29')).toBe(29);
    expect(decodeValue(fee, '0.06')).toMatchObject({ code: 'below_min' });
    expect(decodeValue(fee, '0.30')).toMatchObject({ code: 'above_max' });
  });

  it('strings, and extra validation', () => {
    expect(decodeValue(name, true)).toMatchObject({ code: 'not_a_text', message: { en: 'must be text' } });
    expect(decodeValue(code, '12345')).toEqual({
      code: 'bad_code',
      message: L('代码须为6位数字', '코드는 6자리 숫자', 'a code has 6 digits'),
    });
  });

  it('reports unknown fields, unless passed through or allowed', () => {
    const records = [{ id: 'e1', employees: 3, colour: 'red' }];
    expect(decodeRecords([employees], records).problems).toEqual([
      {
        row: 1,
        field: 'id',
        code: 'unknown_field',
        message: { 'zh-CN': '未知字段“id”', ko: '알 수 없는 필드 “id”', en: 'unknown field "id"' },
      },
      {
        row: 1,
        field: 'colour',
        code: 'unknown_field',
        message: { 'zh-CN': '未知字段“colour”', ko: '알 수 없는 필드 “colour”', en: 'unknown field "colour"' },
      },
    ]);
    expect(decodeRecords([employees], records, { passThrough: ['id'] }).problems.map((p) => p.field)).toEqual(['colour']);
    expect(decodeRecords([employees], records, { rejectUnknown: false }).problems).toEqual([]);
    expect(decodeRecords([employees], records, { rejectUnknown: false }).columns.employees).toEqual(Float64Array.of(3));
  });

  it('reports required fields that are absent or empty', () => {
    const { problems } = decodeRecords(
      [employees, revenue],
      [{ employees: 1, revenue: 2 }, { revenue: 2 }, { employees: ' ', revenue: '' }],
      {
        required: ['employees', 'revenue'],
      },
    );
    expect(problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [2, 'employees', 'missing_value'],
      [3, 'employees', 'missing_value'],
      [3, 'revenue', 'missing_value'],
    ]);
    expect(problems[0].message).toEqual(INPUT_MESSAGES.missing_value);
  });

  it('numbers rows from `firstRow` and reports every bad cell of every row', () => {
    const { problems, columns } = decodeRecords(
      ALL,
      [
        { employees: '5', revenue: '10' },
        { employees: '-3', revenue: '1.001', active: 'perhaps', kind: 'z', founded: '2013-02-30', fee: '0.06', colour: 'blue' },
        'not a record',
        [1, 2],
        null,
        { employees: 'x' },
      ],
      { firstRow: 2 },
    );
    expect(problems.map((p) => [p.row, p.field, p.code, p.value])).toEqual([
      [3, 'employees', 'below_min', '-3'],
      [3, 'revenue', 'not_an_amount', '1.001'],
      [3, 'active', 'not_a_boolean', 'perhaps'],
      [3, 'kind', 'not_a_choice', 'z'],
      [3, 'founded', 'not_a_date', '2013-02-30'],
      [3, 'fee', 'below_min', '0.06'],
      [3, 'colour', 'unknown_field', undefined],
      [4, '', 'not_an_object', undefined],
      [5, '', 'not_an_object', undefined],
      [6, '', 'not_an_object', undefined],
      [7, 'employees', 'not_a_number', 'x'],
    ]);
    // Every message in every language, filled in.
    for (const p of problems) {
      for (const lang of LANGS) {
        expect(p.message[lang].trim().length, `${p.code} ${lang}`).toBeGreaterThan(0);
        expect(p.message[lang]).not.toMatch(/\{\w+\}/);
        if (p.value !== undefined) expect(p.message[lang]).toContain(String(p.value));
      }
    }
    // Good cells are still decoded; bad ones stay absent (these variables have no default).
    const absent = Number.NaN;
    expect(columns.employees).toEqual(Float64Array.of(5, absent, absent, absent, absent, absent));
    expect(columns.revenue).toEqual(Float64Array.of(1000, absent, absent, absent, absent, absent));
  });

  it('every message exists in every language', () => {
    for (const [id, labels] of Object.entries(INPUT_MESSAGES)) {
      for (const lang of LANGS) expect((labels as Record<string, string>)[lang], `${id} ${lang}`).toMatch(/\S/);
    }
  });

  it('an empty batch', () => {
    const { columns, problems, n } = decodeRecords(ALL, []);
    expect([n, problems]).toEqual([0, []]);
    expect(columns.revenue).toEqual(new Float64Array(0));
  });
});
