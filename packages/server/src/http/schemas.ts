import { LANGS, type Variable } from '@xiaowei/engine';
import { SIZE_CLASSES } from '@xiaowei/policy';
import { type TSchema, type TUnsafe, Type } from 'typebox';
import type { EngineService } from '../engine/engine-service.ts';
import { ERROR_CODES } from '../errors/catalogue.ts';
import type { JsonSchema } from './json.ts';

/** Most records in one batch request (a larger registry goes through imports or the CLI). */
export const MAX_BATCH = 10_000;

/** `enterprise` → `Enterprise`, `loan_contract` → `LoanContract`: the name of an entity's record schema. */
export const recordSchemaId = (entity: string) => entity.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** `{ $ref }` to a shared schema. */
export const ref = (id: string): JsonSchema => ({ $ref: `${id}#` });

/**
 * A JSON schema kept exactly as written (the validation and the OpenAPI document do not change), with the
 * TypeScript type of what it accepts, for a body TypeBox cannot type from the literal alone (one holding a
 * `$ref` to a shared schema): the route's `request.body` gets type `T` (see routes/query.ts, http/typed-app.ts).
 */
export const typed = <T>(schema: JsonSchema): TUnsafe<T> => Type.Unsafe<T>(schema as TSchema);

/** An enterprise size class under the 2011 size standard (工信部联企业〔2011〕300号): the one enum of every `*size_class` field. */
export const SIZE_CLASS = { type: 'string', enum: [...SIZE_CLASSES] } as const;
/** {@link SIZE_CLASS}, or null (none declared, not in the registry, no award). */
export const SIZE_CLASS_OR_NULL = { type: ['string', 'null'], enum: [...SIZE_CLASSES, null] } as const;

/**
 * An answer object whose serializer always writes every property (null when there is no value): every
 * property is required, so the generated web types need no `?`. `more` adds keywords (`$id`, `description`).
 */
export const allRequired = (properties: Record<string, JsonSchema>, more: Readonly<Record<string, unknown>> = {}): JsonSchema => ({
  type: 'object',
  ...more,
  properties,
  required: Object.keys(properties),
});

/** The `lang` query parameter every route takes. */
export const LANG_PARAM = {
  type: 'string',
  enum: LANGS,
  description: 'Language of messages and labels (zh-CN, ko, en). Without it: Accept-Language, else zh-CN.',
} as const;

export const PERIOD_PARAM = {
  type: 'string',
  minLength: 1,
  maxLength: 40,
  description: 'Period of the figures: YYYY (a year), YYYY-MM, YYYY-MM-DD or unit:start:size (e.g. month:2013-01:3).',
  examples: ['2015'],
} as const;

const NULL_OK = (type: string[]) => [...type, 'null'];

/** The JSON schema of one input field: what JSON may carry for the variable (the engine checks the value itself). */
export function fieldSchema(v: Variable): JsonSchema {
  const description = `${v.label.en} — ${v.label['zh-CN']} — ${v.label.ko}${v.unit ? ` (${v.unit})` : ''}${v.required ? '. Required.' : ''}`;
  const bounds = { ...(v.min !== undefined ? { minimum: v.min } : {}), ...(v.max !== undefined ? { maximum: v.max } : {}) };
  switch (v.valueType) {
    case 'money':
      return {
        type: NULL_OK(['number', 'string']),
        description: `${description}. Yuan with at most two decimals, as a number or as text (text keeps every digit).`,
        ...bounds,
      };
    case 'number':
      return { type: NULL_OK(['number', 'string']), description, ...bounds };
    case 'boolean':
      return { type: NULL_OK(['boolean', 'string', 'number']), description: `${description}. true/false (also 是/否, yes/no, 1/0).` };
    case 'enum':
      return { type: NULL_OK(['string']), enum: [...(v.possibleValues ?? []), null], description };
    case 'date':
      return { type: NULL_OK(['string']), format: 'date', description };
    default:
      return { type: NULL_OK(['string', 'number']), maxLength: 200, description };
  }
}

const PERIOD_KEY_EXAMPLES = { month: '2014-11', year: '2014', day: '2014-11-01' } as const;

/**
 * A record field of a variable defined by month, year or day: one value (for the period asked), or values
 * keyed by period as the CLI reads them — `"vat_sales": {"2014-10": 30000, "2014-11": 28000}` (a CSV column
 * `vat_sales@2014-10`). The keys and each value are checked by the app's decoder, which names the key in
 * its message; an enum's choices are checked there too (listed in the description), as one schema keyword
 * would refuse an object.
 */
function byPeriodSchema(v: Variable, single: JsonSchema): JsonSchema {
  if (v.definitionPeriod === 'eternity') return single;
  const { description, enum: choices, type, ...rest } = single;
  const types = (Array.isArray(type) ? type : [type]) as string[];
  const example = PERIOD_KEY_EXAMPLES[v.definitionPeriod as keyof typeof PERIOD_KEY_EXAMPLES];
  const choiceText = Array.isArray(choices) ? ` One of: ${choices.filter((c) => c !== null).join(', ')}.` : '';
  return {
    ...rest,
    type: [...types, 'object'],
    description: `${String(description).replace(/\.$/, '')}.${choiceText} By ${v.definitionPeriod} as well: {"${example}": value, …}.`,
    additionalProperties: { ...rest, type: types },
  };
}

/** The record schema of `entity`: its id, name, input fields and links (a nested record of the linked entity). */
function recordSchema(engine: EngineService, entity: string): JsonSchema {
  const def = engine.system.entity(entity);
  const properties: Record<string, JsonSchema> = {
    id: { type: NULL_OK(['string', 'number']), maxLength: 200, description: 'Your id of the record; echoed in the result.' },
    name: { type: NULL_OK(['string', 'number']), maxLength: 500, description: 'A name; echoed in the result.' },
  };
  for (const v of engine.inputs(entity)) properties[v.id] = byPeriodSchema(v, fieldSchema(v));
  for (const [name, link] of Object.entries(def.links ?? {})) {
    if (engine.inputs(link.entity).length === 0) continue;
    properties[name] = { ...ref(recordSchemaId(link.entity)), description: `${link.label.en}: the linked ${link.entity} record.` };
  }
  return {
    $id: recordSchemaId(entity),
    type: 'object',
    description: `${def.label.en} (${def.label['zh-CN']}, ${def.label.ko}): one input record. Fields not listed are reported by name; computed variables cannot be given.`,
    properties,
  };
}

/** Entities that have input variables (records can be sent for them). */
export function recordEntities(engine: EngineService): string[] {
  return [...engine.system.entities.keys()].filter((e) => engine.inputs(e).length > 0);
}

const PROBLEM: JsonSchema = {
  type: 'object',
  properties: {
    path: { type: 'string', description: 'JSON pointer into the body (`/enterprises/2/revenue`), or `query.period`.' },
    row: { type: 'integer', description: 'Record of a batch (from 1), or row of an uploaded file.' },
    column: { type: 'string', description: 'Column of an uploaded file as written in its header.' },
    field: { type: 'string' },
    message: { type: 'string' },
  },
  required: ['path', 'field', 'message'],
};

/** Every shared schema, registered with Fastify (`addSchema`) and listed in the OpenAPI components. */
export function sharedSchemas(engine: EngineService): JsonSchema[] {
  const entities = recordEntities(engine);
  const records = entities.map((e) => recordSchema(engine, e));
  const enterprise = records.find((r) => r.$id === 'Enterprise') as JsonSchema;
  const batchOf = (entity: string): JsonSchema => ({
    type: 'array',
    maxItems: MAX_BATCH,
    items: ref(recordSchemaId(entity)),
    description: `A batch of ${entity} records (at most ${MAX_BATCH}).`,
  });
  return [
    {
      $id: 'Error',
      type: 'object',
      description:
        'An error: a stable code (docs/errors.md), the HTTP status, a message in the user language, and for validation every problem.',
      properties: {
        code: { type: 'string', enum: ERROR_CODES },
        status: { type: 'integer' },
        message: { type: 'string' },
        problems: { type: 'array', items: PROBLEM },
        request_id: { type: 'string' },
      },
      required: ['code', 'status', 'message'],
    },
    ...records,
    {
      $id: 'EnterpriseInput',
      type: 'object',
      description:
        'One enterprise (its fields at the top level), or a batch: {"enterprises": [ … ]}. Results come back as `result` for one, `results` (same order) for a batch.',
      properties: { enterprises: batchOf('enterprise'), ...(enterprise.properties ?? {}) },
    },
    {
      $id: 'RecordsInput',
      type: 'object',
      description:
        'One record of the entity named by `entity` (default enterprise), fields at the top level, or a batch under the entity plural: {"enterprises": [ … ]}, {"loan_contracts": [ … ]}. Linked records are nested objects ("borrower": { … }).',
      properties: {
        ...Object.fromEntries(entities.map((e) => [engine.system.entity(e).plural, batchOf(e)])),
        ...(enterprise.properties ?? {}),
      },
    },
    {
      $id: 'RuleVersion',
      type: 'object',
      properties: {
        policy_version: { type: 'string', description: 'Version of the encoded policy.' },
        parameter_hash: { type: 'string', description: 'Hash of every parameter value and reference used.' },
      },
      required: ['policy_version', 'parameter_hash'],
    },
  ];
}

/** Error responses of a route, for its `response` schema. */
export const ERROR_RESPONSES: Readonly<Record<string, JsonSchema>> = {
  '4xx': { ...ref('Error'), description: 'A client error (see docs/errors.md).' },
  '5xx': { ...ref('Error'), description: 'A server error (see docs/errors.md).' },
};

/** `next_cursor` of a keyset page: give it back as `cursor` for the next page; null on the last. */
export const NEXT_CURSOR: JsonSchema = { type: ['string', 'null'] };

/**
 * A list answer: `{ items: [item, …] }`, with the fields `beside` the items in that order (a page's
 * `next_cursor`, counts, totals), required unless left out of `required`.
 * @example listOf(ref('StoredTender'), { next_cursor: NEXT_CURSOR }) // { items: StoredTender[], next_cursor: string | null }
 */
export function listOf(
  item: JsonSchema,
  beside: Readonly<Record<string, JsonSchema>> = {},
  required: readonly string[] = Object.keys(beside),
): JsonSchema {
  return { type: 'object', properties: { items: { type: 'array', items: item }, ...beside }, required: ['items', ...required] };
}

/** The `response` of a route answering a list (200, see {@link listOf}), with the error responses. */
export const listResponses = (
  item: JsonSchema,
  beside: Readonly<Record<string, JsonSchema>> = {},
  required: readonly string[] = Object.keys(beside),
) => ({ 200: listOf(item, beside, required), ...ERROR_RESPONSES });
