import { describe, expect, it } from 'vitest';
import { compileSerializer, type JsonSchema, stringify, Yuan } from '../src/http/json.ts';
import { post, testApp } from './helpers.ts';

/** Exact fen of a JSON number text of yuan (decimal arithmetic on the digits, no float). */
function fenOf(text: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new Error(`not a yuan amount with at most two decimals: ${text}`);
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] === '-' ? -fen : fen;
}

/** A deterministic pseudo-random sequence (tests must not flake). */
function* randoms(seed: number): Generator<number> {
  let s = seed >>> 0;
  for (;;) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    yield s / 2 ** 32;
  }
}

describe('money on the way out', () => {
  it('writes every fen amount up to 10^15 fen (10^13 yuan) as the exact decimal', () => {
    const r = randoms(42);
    const amounts = [
      0, 1, 10, 99, 100, 123456789, 99999999999999, 100000000000001, 999999999999999, 1000000000000000, -1, -123456789012345,
    ];
    for (let i = 0; i < 20000; i++)
      amounts.push(Math.floor((r.next().value as number) * 1e15) * ((r.next().value as number) < 0.1 ? -1 : 1));
    for (const fen of amounts) {
      const text = stringify({ v: new Yuan(fen) }).slice(5, -1);
      expect(fenOf(text), `${fen} fen written as ${text}`).toBe(BigInt(fen));
    }
  });

  it('differs from the naive float of yuan where that one is wrong', () => {
    // 1,234,567.89 yuan: fen × 0.01 is 1234567.8900000001 in binary floating point.
    expect(JSON.stringify(123456789 * 0.01)).toBe('1234567.8900000001');
    expect(stringify([new Yuan(123456789)])).toBe('[1234567.89]');
  });

  it('comes out of the API exact near 10^12 and 10^13 yuan', async () => {
    const app = await testApp();
    const amounts = ['1234567890123.45', '9999999999999.99', '999999999999.99', '1000000000000.01', '0.01', '123456789.99'];
    const r = await post(app, '/api/v1/evaluate?period=2015&variables=revenue,taxable_income,corporate_income_tax', {
      enterprises: amounts.map((a, i) => ({ id: `M${i}`, industry: 'C', revenue: a, taxable_income: a, employees: 1000 })),
    });
    expect(r.status).toBe(200);
    // Every amount as written, to the fen, in the raw text of the response.
    amounts.forEach((a) => {
      expect(r.body).toContain(`"revenue":${a.replace(/\.?0+$/, '')},`);
    });
    // The tax of a large enterprise: 25% of the income, rounded once, half away from zero, to the fen.
    const taxes = [...r.body.matchAll(/"corporate_income_tax":([-\d.]+)/g)].map((m) => fenOf(m[1]));
    amounts.forEach((a, i) => {
      const fen = fenOf(a);
      expect(taxes[i], `tax on ${a}`).toBe((fen * 25n + 50n) / 100n);
    });
    // And parsing the response as JSON gives the nearest doubles of those decimals (what clients read).
    expect(r.json.results[1].values.revenue).toBe(9999999999999.99);
    await app.close();
  });
});

describe('stringify', () => {
  it('writes plain data like JSON.stringify', () => {
    const values: unknown[] = [
      null,
      true,
      0,
      -0.5,
      1e21,
      'text "quoted" \\ \u2028 \u0000 汉字',
      [1, 'a', null, [[]], {}],
      { a: 1, b: [true, { c: 'd' }], e: null, f: 'x' },
      { nested: { deep: { deeper: [1, 2, { x: 'y' }] } } },
    ];
    for (const v of values) expect(stringify(v)).toBe(JSON.stringify(v));
    expect(stringify({ a: undefined, b: () => 1, c: Number.NaN, d: [undefined] })).toBe(
      JSON.stringify({ a: undefined, b: () => 1, c: Number.NaN, d: [undefined] }),
    );
    expect(stringify({ date: new Date(0) })).toBe(JSON.stringify({ date: new Date(0) }));
  });
});

describe('compileSerializer', () => {
  const registry = new Map<string, JsonSchema>([
    [
      'Node',
      { $id: 'Node', type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: 'Node#' } } } },
    ],
  ]);

  it('writes only declared properties, in schema order, money exact', () => {
    const s = compileSerializer(
      {
        type: 'object',
        properties: {
          id: { type: ['string', 'null'] },
          amount: { type: 'number' },
          ok: { type: 'boolean' },
          tags: { type: 'array', items: { type: 'string' } },
        },
      },
      registry,
    );
    expect(s({ tags: ['a'], secret: 'x', amount: new Yuan(100000000000001), ok: true, id: null })).toBe(
      '{"id":null,"amount":1000000000000.01,"ok":true,"tags":["a"]}',
    );
    expect(s({ amount: 0.5 })).toBe('{"amount":0.5}');
  });

  it('follows references, recursion and open maps', () => {
    const tree = compileSerializer({ $ref: 'Node#' }, registry);
    expect(tree({ name: 'a', extra: 1, children: [{ name: 'b', children: [] }] })).toBe(
      '{"name":"a","children":[{"name":"b","children":[]}]}',
    );
    const map = compileSerializer(
      { type: 'object', properties: { values: { type: 'object', additionalProperties: { type: ['number', 'string', 'boolean'] } } } },
      registry,
    );
    expect(map({ values: { tax: new Yuan(4375000), small: true, size: 'micro' } })).toBe(
      '{"values":{"tax":43750,"small":true,"size":"micro"}}',
    );
    const union = compileSerializer({ anyOf: [{ type: 'string' }, { type: 'object' }] }, registry);
    expect(union({ a: new Yuan(1) })).toBe('{"a":0.01}');
  });
});
