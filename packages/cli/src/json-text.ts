/** A JSON number written as exact decimal text (money in yuan from integer fen), never through a float. */
export class RawJsonNumber {
  constructor(readonly text: string) {}
}

/** Values the JSON writer accepts. */
export type JsonValue = null | boolean | number | string | RawJsonNumber | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * JSON text of `value`, indented like `JSON.stringify(value, null, 2)`, except that a
 * {@link RawJsonNumber} is written as its text: `123456789.99` stays exactly that. Objects that are
 * not plain data (a trace node is) are written by their own enumerable fields; `undefined` fields are left out.
 * @example toJsonText([{ tax: new RawJsonNumber('43750') }]) // '[\n  {\n    "tax": 43750\n  }\n]'
 */
export function toJsonText(value: unknown, indent = '  ', depth = 0): string {
  if (value instanceof RawJsonNumber) return value.text;
  if (value === null || typeof value !== 'object') {
    return typeof value === 'number' && !Number.isFinite(value) ? 'null' : (JSON.stringify(value) ?? 'null');
  }
  const pad = indent.repeat(depth + 1);
  const end = indent.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad + toJsonText(v ?? null, indent, depth + 1)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${toJsonText(v, indent, depth + 1)}`).join(',\n')}\n${end}}`;
}
