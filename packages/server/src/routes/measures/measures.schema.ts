import { BENEFICIARIES, MEASURE_KINDS } from '@xiaowei/policy';
import type { JsonSchema } from '../../http/json.ts';
import { allRequired, ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

export interface MeasuresQuery {
  readonly kind?: string;
  readonly beneficiary?: string;
  readonly in_force?: string;
  readonly q?: string;
  readonly chapter?: number;
  readonly lang?: string;
}

const BASE_PROPERTIES: Record<string, JsonSchema> = {
  id: { type: 'string', examples: ['gf2012-14/02.1'] },
  kind: { type: 'string', enum: [...MEASURE_KINDS] },
  title: { type: 'string' },
  summary: { type: 'string' },
  beneficiaries: { type: 'array', items: { type: 'string', enum: [...BENEFICIARIES] } },
  effective: {
    type: 'object',
    properties: { from: { type: 'string' }, to: { type: ['string', 'null'], description: 'Last day (null: open-ended).' } },
    required: ['from', 'to'],
  },
  documents: {
    type: 'array',
    items: {
      type: 'object',
      properties: {
        number: { type: 'string' },
        title: { type: 'string' },
        confidence: { type: 'string', enum: ['verified', 'secondary', 'unconfirmed'] },
      },
      required: ['number', 'title', 'confidence'],
    },
  },
  variables: { type: 'array', items: { type: 'string' }, description: 'Variables implementing the measure (empty: informational).' },
  timeline: {
    type: ['array', 'null'],
    description:
      'Stretches 2012-01 … 2027-12 derived from the variables (encoded, partial, not encoded); null for a measure without computed variables. `reason` (English) with lang=en only.',
    items: {
      type: 'object',
      properties: {
        from: { type: 'string', examples: ['2013-08'] },
        to: { type: 'string', examples: ['2016-04'] },
        status: { type: 'string', enum: ['encoded', 'partial', 'not_encoded'] },
        reason: { type: 'string' },
      },
      required: ['from', 'to', 'status'],
    },
  },
};
const { timeline: _, ...WITHOUT_TIMELINE } = BASE_PROPERTIES;

/** A sub-measure in its item (the list and an item's page): every field, its timeline (or null) included. */
const SUB_MEASURE: JsonSchema = allRequired(BASE_PROPERTIES);

/** An item of the Opinions with its sub-measures, as the list and an item's page give it: every field always written. */
export const MEASURE: JsonSchema = allRequired({
  ...BASE_PROPERTIES,
  item: { type: 'integer', description: 'Item number of the Opinions (1–29).' },
  chapter: { type: 'integer' },
  chapter_title: { type: 'string' },
  kinds: { type: 'array', items: { type: 'string', enum: [...MEASURE_KINDS] } },
  tags: { type: 'array', items: { type: 'string' } },
  sub_measures: { type: 'array', items: SUB_MEASURE },
});

/** GET /api/v1/measures/{id} of an item: the item with its Korean full text. */
const ITEM_DETAIL: JsonSchema = allRequired(
  {
    ...MEASURE.properties,
    text_ko: { type: 'string', description: 'The full text of the item (Korean translation; empty when the catalogue has none).' },
  },
  { description: 'An item of the Opinions.' },
);

/** GET /api/v1/measures/{id} of a sub-measure: its own fields (no timeline) and its item's id. */
const SUB_MEASURE_DETAIL: JsonSchema = allRequired(
  { ...WITHOUT_TIMELINE, parent: { type: 'string', description: 'The id of its item.' } },
  { description: 'A sub-measure, with its item as `parent`.' },
);

export const listMeasuresSchema = {
  summary: 'The measures of Guofa [2012] No. 14 (the 29 items and their sub-measures)',
  description:
    'Filter by kind, beneficiary, the date a measure is in force (an item matches when it or one of its sub-measures is), chapter, and text (searched in zh-CN, ko and en whatever the response language: titles, summaries, the Korean text, tags, document numbers and titles).',
  tags: ['policy'],
  querystring: querySchema({
    kind: { type: 'string', enum: [...MEASURE_KINDS] },
    beneficiary: { type: 'string', enum: [...BENEFICIARIES] },
    in_force: { type: 'string', format: 'date', description: 'YYYY-MM-DD' },
    chapter: { type: 'integer', minimum: 1, maximum: 99 },
    q: { type: 'string', maxLength: 200, description: 'Text to search for (any of the three languages).' },
  }),
  response: {
    200: {
      type: 'object',
      properties: { count: { type: 'integer' }, measures: { type: 'array', items: MEASURE } },
      required: ['count', 'measures'],
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const getMeasureSchema = {
  summary: 'One measure (an item, or a sub-measure such as gf2012-14/02.1)',
  description:
    'The id may be sent as is (`/api/v1/measures/gf2012-14/02.1`) or URL-encoded. A sub-measure comes with its item as `parent`.',
  tags: ['policy'],
  params: {
    type: 'object',
    properties: { '*': { type: 'string', maxLength: 200, description: 'Measure id, e.g. gf2012-14/02' } },
    required: ['*'],
  },
  querystring: querySchema({}),
  response: {
    // An item requires `item`, a sub-measure `parent`: one answer matches exactly one of them. A union is
    // written by the generic serializer (http/json.ts), so getMeasure's objects are written as built: the
    // fields above, in this order.
    200: { oneOf: [ITEM_DETAIL, SUB_MEASURE_DETAIL] },
    ...ERROR_RESPONSES,
  },
} as const;
