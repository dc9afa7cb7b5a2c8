/** JSON schemas of the statistics bulletin routes (item 29): validation and the OpenAPI document. */
import type { JsonSchema } from '../../http/json.ts';
import { allRequired, listOf } from '../../http/schemas.ts';

const YUAN: JsonSchema = { type: 'number', description: 'Yuan, exact to the fen.' };
const INT: JsonSchema = { type: 'integer' };
const STR: JsonSchema = { type: 'string' };
const NSTR: JsonSchema = { type: ['string', 'null'] };

const obj = (properties: Record<string, JsonSchema>, description?: string): JsonSchema =>
  allRequired(properties, description ? { description } : {});

const CHANGE = obj({ current: INT, previous: INT, change: INT }, 'A count now and in the period before.');
const CHANGE_YUAN = obj({ current: YUAN, previous: YUAN, change: YUAN }, 'An amount now and in the period before, yuan.');
const KEYED = obj(
  { key: STR, name: STR, current: INT, previous: INT, change: INT },
  '`key`: a size class, an industry group or a region code (6 digits); `name` in the response language.',
);
const PERIOD = obj({ kind: { type: 'string', enum: ['month', 'quarter'] }, key: STR, year: INT, start: STR, end: STR });
const NSTR_DEC: JsonSchema = { type: ['string', 'null'], description: 'Exact decimal cut to 2 places; null when none.' };
const TAKE_UP_FIGURES: Record<string, JsonSchema> = {
  offered: CHANGE,
  offered_amount: CHANGE_YUAN,
  confirmed: CHANGE,
  confirmed_amount: CHANGE_YUAN,
  paid: CHANGE,
  paid_amount: CHANGE_YUAN,
};
/** With `available: false` only `available` is present (no programme or offer in the region; every format-1 bulletin). */
const TAKE_UP: JsonSchema = {
  type: 'object',
  properties: {
    available: { type: 'boolean' },
    programmes: INT,
    ...TAKE_UP_FIGURES,
    by_measure: { type: 'array', items: obj({ key: STR, name: STR, ...TAKE_UP_FIGURES }) },
  },
  required: ['available'],
  description:
    'Offers to enterprises of the region in the period and the one before, by the China day of each event: made, confirmed, paid (count, yuan).',
};
const COMPLAINT_FIGURES: Record<string, JsonSchema> = {
  filed: CHANGE,
  replied: CHANGE,
  replied_in_time: CHANGE,
  rated: CHANGE,
  rating_sum: CHANGE,
};
/** With `available: false` only `available` is present (no complaint ever filed in the region; every format-1 bulletin). */
const COMPLAINTS: JsonSchema = {
  type: 'object',
  properties: {
    available: { type: 'boolean' },
    ...COMPLAINT_FIGURES,
    mean_rating: NSTR_DEC,
    previous_mean_rating: NSTR_DEC,
    by_type: { type: 'array', items: obj({ key: STR, name: STR, ...COMPLAINT_FIGURES }) },
    by_department: { type: 'array', items: obj({ key: STR, name: STR, ...COMPLAINT_FIGURES }) },
  },
  required: ['available'],
  description:
    'Complaints of enterprises of the region (items 06, 11): filed, replied, replied by the due date, ratings given (sum and count) in the period and the one before.',
};

export const BULLETIN_CONTENT: JsonSchema = obj({
  format_version: { type: 'integer', enum: [1, 2], description: '1: take-up and complaints were not recorded yet.' },
  region: { type: 'string', description: 'Region code prefix ("" = national).' },
  region_name: STR,
  period: PERIOD,
  previous_period: PERIOD,
  generated_at: STR,
  policy_version: STR,
  parameter_hash: STR,
  regions: {
    type: 'array',
    items: obj({ code: STR, name: STR }),
    description: 'The regions one level below, rows of the comparison tables.',
  },
  enterprises: obj(
    {
      as_of: STR,
      previous_as_of: STR,
      size_year: INT,
      previous_size_year: INT,
      total: CHANGE,
      by_size_class: { type: 'array', items: KEYED },
      by_industry_group: { type: 'array', items: KEYED },
      by_region: { type: 'array', items: KEYED },
    },
    'Enterprises of the registry founded on or before the day (or with no founding date), by the size class of the year.',
  ),
  entitlements: obj(
    {
      year: INT,
      previous_year: INT,
      available: { type: 'boolean' },
      enterprises: CHANGE,
      amount: CHANGE_YUAN,
      by_measure: { type: 'array', items: obj({ key: STR, name: STR, enterprises: INT, amount: YUAN }) },
      by_region: { type: 'array', items: obj({ key: STR, name: STR, enterprises: INT, amount: YUAN }) },
      take_up: TAKE_UP,
    },
    'Stored entitlements of the year: enterprises with a support value above zero and the value, yuan.',
  ),
  set_aside: obj(
    {
      year: INT,
      available: { type: 'boolean' },
      units: INT,
      units_recorded: INT,
      units_meeting: INT,
      units_below: INT,
      budget: YUAN,
      sme_reserved: YUAN,
      small_micro_reserved: YUAN,
      sme_reserved_share: { type: 'string', description: 'Exact decimal, cut to 6 places.' },
      small_micro_reserved_share: { type: 'string', description: 'Exact decimal, cut to 6 places.' },
      meets: { type: ['boolean', 'null'] },
      by_region: {
        type: 'array',
        items: obj({
          key: STR,
          name: STR,
          units: INT,
          units_recorded: INT,
          units_meeting: INT,
          units_below: INT,
          budget: YUAN,
          sme_reserved: YUAN,
          small_micro_reserved: YUAN,
        }),
      },
    },
    'Budget units of the year against the 30% / 18% lines (财库〔2011〕181号), as the policy decides.',
  ),
  lending: obj(
    {
      year: INT,
      quarter: INT,
      previous_year: INT,
      previous_quarter: INT,
      available: { type: 'boolean' },
      banks: CHANGE,
      banks_meeting_two_targets: CHANGE,
      small_micro_balance: CHANGE_YUAN,
      small_micro_increment: CHANGE_YUAN,
      by_region: {
        type: 'array',
        items: obj({
          key: STR,
          name: STR,
          banks: INT,
          banks_meeting_two_targets: INT,
          small_micro_balance: YUAN,
          small_micro_increment: YUAN,
        }),
      },
    },
    'Banks’ quarterly small/micro lending reports of the latest quarter closed by the period’s end.',
  ),
  complaints: COMPLAINTS,
  targets: {
    type: 'array',
    items: obj({ item: INT, key: STR, target: STR, measured: { type: ['integer', 'null'] }, of: { type: ['integer', 'null'] } }),
    description: 'Targets of the Opinions; `measured: null` where the platform holds no data.',
  },
  text: { type: 'array', items: STR, description: 'What changed, written from the figures, in the response language.' },
});

const SUMMARY_PROPS: Record<string, JsonSchema> = {
  id: STR,
  region: STR,
  period_kind: { type: 'string', enum: ['month', 'quarter'] },
  period: STR,
  status: { type: 'string', enum: ['draft', 'reviewed', 'published'] },
  version: { type: ['integer', 'null'] },
  content_hash: { type: 'string', description: 'sha256 of the content as canonical JSON (store units: fen).' },
  created_by: STR,
  created_at: STR,
  reviewed_by: NSTR,
  reviewed_at: NSTR,
  published_by: NSTR,
  published_at: NSTR,
};

export const BULLETIN_SUMMARY: JsonSchema = obj(SUMMARY_PROPS);
export const BULLETIN: JsonSchema = obj({ ...SUMMARY_PROPS, content: BULLETIN_CONTENT });
export const BULLETIN_LIST: JsonSchema = listOf(BULLETIN_SUMMARY);

export const BULLETIN_ID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 } },
  required: ['id'],
} as const;

export const PERIOD_PARAM = {
  type: 'string',
  minLength: 7,
  maxLength: 7,
  description: 'A month `2013-05` or a quarter `2013-Q2`.',
} as const;
export const REGION_PARAM = { type: 'string', pattern: '^[0-9]{0,6}$', description: 'Region code prefix; "" national.' } as const;
