import { describe, expect, it } from 'vitest';
import { JsonNumberText, parseJsonExact } from '../../src/records/exact-json.ts';

describe('parseJsonExact', () => {
  it('keeps JSON numbers as written', () => {
    const data = parseJsonExact('[{"revenue": 9999999999999.99, "n": -1.5e3, "s": "a\\"b", "o": {}, "l": []}]') as Record<
      string,
      unknown
    >[];
    expect(data[0].revenue).toEqual(new JsonNumberText('9999999999999.99'));
    expect((data[0].n as JsonNumberText).value).toBe(-1500);
    expect(data[0].s).toBe('a"b');
    expect(() => parseJsonExact('[1,]')).toThrow(SyntaxError);
  });
});
