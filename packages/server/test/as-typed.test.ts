import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeIntegersAsText } from '../src/http/json-parser.ts';
import { call, testApp } from './helpers.ts';

/** Values are reported as the user typed them, also beyond what a double holds (issue 11: 2^53 + 1 was reported as 2^53). */
let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app?.close());

describe('unsafeIntegersAsText', () => {
  it.each([
    ['{"a": 9007199254740993}', '{"a": "9007199254740993"}'],
    ['[-9007199254740993,1]', '["-9007199254740993",1]'],
    ['{"a": 9007199254740991}', '{"a": 9007199254740991}'],
    ['{"a": 12345678901234567.5, "b": 1e300}', '{"a": 12345678901234567.5, "b": 1e300}'],
    ['{"a": "12345678901234567890", "b\\"": 12345678901234567890}', '{"a": "12345678901234567890", "b\\"": "12345678901234567890"}'],
    ['{"12345678901234567890": 1}', '{"12345678901234567890": 1}'],
  ])('%s → %s', (text, expected) => {
    expect(unsafeIntegersAsText(text)).toBe(expected);
    expect(() => JSON.parse(unsafeIntegersAsText(text))).not.toThrow();
  });
});

describe('messages quote the value as typed', () => {
  const evaluate = (body: string) =>
    call(app, {
      method: 'POST',
      url: '/api/v1/evaluate?period=2015&variables=size_class&lang=en',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });

  it('an integer beyond 2^53', async () => {
    const count = await evaluate('{"industry": "C", "employees": -9007199254740993}');
    expect(count.status).toBe(400);
    expect(count.json.problems).toEqual([{ path: '/employees', field: 'employees', message: '-9007199254740993 is below the minimum 0' }]);
    const amount = await evaluate('{"industry": "C", "employees": 10, "revenue": 9007199254740993}');
    expect(amount.json.problems[0].message).toBe('"9007199254740993" is not an amount (yuan, at most two decimals)');
  });
});
