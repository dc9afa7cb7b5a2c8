import { formatMoney } from '@xiaowei/engine';

/**
 * An amount of money on its way out: integer fen, written as a JSON number of yuan exactly
 * (`formatMoney`), never through a float of yuan — 1234567890123.45 stays exactly that.
 * @example stringify({ tax: new Yuan(4375000) }) // '{"tax":43750}'
 */
export class Yuan {
  constructor(readonly fen: number) {}

  /** The JSON number text. */
  get text(): string {
    return formatMoney(this.fen);
  }

  /** For a generic `JSON.stringify` (exact up to 15 significant digits); the service's serializers write {@link text}. */
  toJSON(): number {
    return Number(this.text);
  }
}

type Write = (value: unknown) => string;

const str = (s: string) => JSON.stringify(s);

function num(v: number): string {
  return Number.isFinite(v) ? String(v) : 'null';
}

/**
 * JSON text of any value, like `JSON.stringify`, except that a {@link Yuan} is written as its exact
 * text. `undefined` fields and functions are left out; non-finite numbers are written as null.
 */
export function stringify(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return str(value);
    case 'number':
      return num(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'object': {
      if (value === null) return 'null';
      if (value instanceof Yuan) return value.text;
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          const v = value[i];
          out += (i > 0 ? ',' : '') + (v === undefined || typeof v === 'function' ? 'null' : stringify(v));
        }
        return `${out}]`;
      }
      const withJson = value as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === 'function') return stringify(withJson.toJSON());
      if (ArrayBuffer.isView(value)) return stringify(Array.from(value as unknown as ArrayLike<number>));
      let out = '{';
      let first = true;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
        out += `${first ? '' : ','}${str(key)}:${stringify(v)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      return 'null';
  }
}

/** A JSON schema, as far as the serializer reads it. */
export interface JsonSchema {
  readonly $id?: string;
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly [key: string]: unknown;
}

/** Shared schemas by `$id`, for `$ref`. */
export type SchemaRegistry = ReadonlyMap<string, JsonSchema>;

/**
 * A serializer for data of `schema` (what Fastify's fast-json-stringify does for response schemas, plus
 * {@link Yuan}): objects with declared properties write only those, in schema order, so nothing
 * undeclared leaks into a response; arrays, strings, numbers and booleans are written directly; unions
 * and open maps (`additionalProperties`) fall back to {@link stringify}.
 */
export function compileSerializer(schema: JsonSchema, registry: SchemaRegistry): Write {
  return build(schema, registry, new Map());
}

function resolve(schema: JsonSchema, registry: SchemaRegistry): JsonSchema {
  let s = schema;
  for (let depth = 0; s.$ref !== undefined && depth < 32; depth++) {
    const id = s.$ref.replace(/#.*$/, '');
    const target = registry.get(id);
    if (target === undefined) throw new Error(`unknown schema $ref '${s.$ref}'`);
    s = target;
  }
  return s;
}

function build(input: JsonSchema, registry: SchemaRegistry, seen: Map<JsonSchema, Write>): Write {
  const schema = resolve(input, registry);
  const cached = seen.get(schema);
  if (cached) return cached;
  // Recursive schemas: a forwarding function filled in once the real one is built.
  let real: Write = stringify;
  const forward: Write = (v) => real(v);
  seen.set(schema, forward);
  real = buildOne(schema, registry, seen);
  seen.set(schema, real);
  return real;
}

function buildOne(schema: JsonSchema, registry: SchemaRegistry, seen: Map<JsonSchema, Write>): Write {
  if (schema.anyOf || schema.oneOf || schema.type === undefined || Array.isArray(schema.type)) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [];
    // `["string", "null"]` and the like: the single non-null type, or null.
    const nonNull = types.filter((t) => t !== 'null');
    if (!schema.anyOf && !schema.oneOf && nonNull.length === 1 && types.length === 2) {
      const inner = buildOne({ ...schema, type: nonNull[0] }, registry, seen);
      return (v) => (v === null || v === undefined ? 'null' : inner(v));
    }
    return stringify;
  }
  switch (schema.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? str(v) : stringify(v));
    case 'number':
    case 'integer':
      return (v) => (typeof v === 'number' ? num(v) : v instanceof Yuan ? v.text : stringify(v));
    case 'boolean':
      return (v) => (v === true ? 'true' : v === false ? 'false' : stringify(v));
    case 'null':
      return () => 'null';
    case 'array': {
      if (!schema.items) return stringify;
      const item = build(schema.items, registry, seen);
      return (v) => {
        if (!Array.isArray(v)) return stringify(v);
        let out = '[';
        for (let i = 0; i < v.length; i++) out += (i > 0 ? ',' : '') + (v[i] === undefined ? 'null' : item(v[i]));
        return `${out}]`;
      };
    }
    case 'object': {
      if (schema.properties === undefined) return stringify;
      const props = Object.entries(schema.properties ?? {}).map(([key, sub]) => ({
        key,
        prefix: `${str(key)}:`,
        write: build(sub, registry, seen),
      }));
      const extra = schema.additionalProperties;
      const extraWrite = extra === undefined || extra === false ? undefined : extra === true ? stringify : build(extra, registry, seen);
      const declared = new Set(props.map((p) => p.key));
      return (v) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return stringify(v);
        const o = v as Record<string, unknown>;
        let out = '{';
        let first = true;
        for (let k = 0; k < props.length; k++) {
          const p = props[k];
          const x = o[p.key];
          if (x === undefined) continue;
          out += (first ? '' : ',') + p.prefix + p.write(x);
          first = false;
        }
        if (extraWrite !== undefined) {
          for (const key in o) {
            if (declared.has(key) || !Object.hasOwn(o, key)) continue;
            const x = o[key];
            if (x === undefined || typeof x === 'function') continue;
            out += `${first ? '' : ','}${str(key)}:${extraWrite(x)}`;
            first = false;
          }
        }
        return `${out}}`;
      };
    }
    default:
      return stringify;
  }
}
