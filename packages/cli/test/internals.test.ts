import { describe, expect, it } from 'vitest';
import { RawJsonNumber, toJsonText } from '../src/json-text.ts';

describe('CLI internals', () => {
  it('writes money text exactly', () => {
    const text = toJsonText([{ tax: new RawJsonNumber('9999999999999.99'), ok: true, none: null, list: [] }]);
    expect(text).toBe('[\n  {\n    "tax": 9999999999999.99,\n    "ok": true,\n    "none": null,\n    "list": []\n  }\n]');
  });
});
