import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, ref } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

const CHANGE = {
  type: 'object',
  description:
    'One change: `{ kind: "parameter", path, value, from, until? }` (a dated parameter of the catalogue, money in yuan), `{ kind: "measure_off", measure, from, until? }` (a measure switched off) or `{ kind: "copy_values", source, from, until?, path? }` (the values in force on `source` applied from `from`). Checked against the parameter tree; problems name the change (row, from 1) and field.',
  properties: {
    kind: { type: 'string', maxLength: 40 },
    path: { type: 'string', maxLength: 300 },
    value: { type: ['number', 'string', 'boolean'] },
    measure: { type: 'string', maxLength: 40 },
    source: { type: 'string', maxLength: 20 },
    from: { type: 'string', maxLength: 20 },
    until: { type: ['string', 'null'], maxLength: 20 },
  },
} as const;

export const SCENARIO_BODY = {
  type: 'object',
  properties: {
    name: { type: 'string', maxLength: 400 },
    description: { type: ['string', 'null'], maxLength: 4000 },
    base_year: { type: 'integer' },
    changes: { type: 'array', items: CHANGE, maxItems: 100 },
    shared: { type: 'boolean', description: 'Readable by the other users within the owner’s region.' },
  },
  required: ['name', 'base_year', 'changes'],
} as const;

/** The dates every kind of change has. */
const DATED = { from: { type: 'string' }, until: { type: ['string', 'null'] } } as const;

/**
 * A change as saved: one of the three kinds, each with its own fields. The body's {@link CHANGE} stays one loose
 * object because the service checks it against the parameter tree and names each problem itself; what it saved
 * passed that check, so the answer can say which fields each kind has (the web reads them by `kind`).
 */
const SAVED_CHANGE: JsonSchema = {
  description: CHANGE.description,
  oneOf: [
    {
      type: 'object',
      properties: {
        kind: { type: 'string', enum: ['parameter'] },
        path: { type: 'string' },
        value: { type: ['number', 'string', 'boolean'] },
        ...DATED,
      },
      required: ['kind', 'path', 'value', 'from'],
    },
    {
      type: 'object',
      properties: { kind: { type: 'string', enum: ['measure_off'] }, measure: { type: 'string' }, ...DATED },
      required: ['kind', 'measure', 'from'],
    },
    {
      type: 'object',
      properties: { kind: { type: 'string', enum: ['copy_values'] }, source: { type: 'string' }, path: { type: 'string' }, ...DATED },
      required: ['kind', 'source', 'from'],
    },
  ],
};

const SCENARIO: JsonSchema = {
  $id: 'Scenario',
  type: 'object',
  properties: {
    id: { type: 'string' },
    owner_id: { type: 'string' },
    owned: { type: 'boolean', description: 'Whether the caller owns it (may change, share and delete it).' },
    scope_prefix: { type: 'string', description: 'The owner’s region prefix when saved ("" for every region).' },
    name: { type: 'string' },
    description: { type: ['string', 'null'] },
    base_year: { type: 'integer' },
    changes: { type: 'array', items: SAVED_CHANGE },
    shared: { type: 'boolean' },
    version: { type: 'integer' },
    created_at: { type: 'string' },
    updated_at: { type: 'string' },
  },
  required: ['id', 'owner_id', 'owned', 'name', 'base_year', 'changes', 'shared', 'version'],
};

const ID_PARAMS = { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] } as const;

const STR = { type: 'string' } as const;
const INT = { type: 'integer' } as const;
const YUAN = { type: 'number', description: 'Yuan, exact to the fen.' } as const;

/** Baseline and reform side by side for a set of enterprises (outcome-json.ts). */
const TALLY: JsonSchema = {
  $id: 'SimulationTally',
  type: 'object',
  properties: {
    enterprises: INT,
    baseline: YUAN,
    reform: YUAN,
    change: YUAN,
    beneficiaries_baseline: INT,
    beneficiaries_reform: INT,
    gainers: INT,
    gain: YUAN,
    losers: INT,
    loss: YUAN,
  },
  required: [
    'enterprises',
    'baseline',
    'reform',
    'change',
    'beneficiaries_baseline',
    'beneficiaries_reform',
    'gainers',
    'gain',
    'losers',
    'loss',
  ],
};
/** The tally of one region, industry group, size class or measure (the four breakdowns). */
const GROUP_TALLY: JsonSchema = {
  $id: 'SimulationGroupTally',
  allOf: [
    {
      type: 'object',
      properties: {
        key: STR,
        name: { type: ['string', 'null'], description: 'Regions and measures by name in the language asked; null for the other codes.' },
      },
      required: ['key', 'name'],
    },
    ref('SimulationTally'),
  ],
};
const GROUPS: JsonSchema = { type: 'array', items: ref('SimulationGroupTally') };

const LARGEST_CHANGE: JsonSchema = {
  type: 'object',
  properties: {
    id: STR,
    region: STR,
    industry_group: STR,
    size_class: STR,
    baseline: YUAN,
    reform: YUAN,
    change: YUAN,
    explanations: {
      type: 'array',
      description: 'Why each entitlement that changes had its value under the law in force and under the reform.',
      items: {
        type: 'object',
        properties: {
          measure: STR,
          title: { type: ['string', 'null'] },
          variable: STR,
          baseline: ref('TraceNode'),
          reform: ref('TraceNode'),
        },
        required: ['measure', 'title', 'variable', 'baseline', 'reform'],
      },
    },
  },
  required: ['id', 'region', 'industry_group', 'size_class', 'baseline', 'reform', 'change', 'explanations'],
};

/**
 * A completed run's result (outcome-json.ts). Open to more fields: the scenario, the policy version, the hashes
 * and the worker count are sent as they are, and nothing the service writes is dropped by the schema.
 */
const RESULT: JsonSchema = {
  type: 'object',
  additionalProperties: true,
  description:
    'Baseline and reform side by side (money in yuan, exact): `totals`, `by_region`, `by_industry_group`, `by_size_class`, `by_measure` (each: enterprises, baseline, reform, change, beneficiaries, gainers and losers with their amounts), `incomplete` enterprises left out with the first `problems`, and the 20 `largest_changes` with the traces of the entitlements that change.',
  properties: {
    period: STR,
    enterprises: INT,
    incomplete: INT,
    problems: {
      type: 'array',
      items: {
        type: 'object',
        properties: { row: { type: ['integer', 'null'] }, field: STR, message: STR },
        required: ['row', 'field', 'message'],
      },
    },
    totals: ref('SimulationTally'),
    by_region: GROUPS,
    by_industry_group: GROUPS,
    by_size_class: GROUPS,
    by_measure: GROUPS,
    largest_changes: { type: 'array', items: LARGEST_CHANGE },
    timings: { type: 'object', additionalProperties: { type: 'number' }, description: 'Milliseconds by step.' },
  },
  required: [
    'period',
    'enterprises',
    'incomplete',
    'problems',
    'totals',
    'by_region',
    'by_industry_group',
    'by_size_class',
    'by_measure',
    'largest_changes',
  ],
};

const JOB: JsonSchema = {
  $id: 'SimulationRun',
  type: 'object',
  description: 'A simulation run: running (with progress), then completed (with `result`), failed or cancelled.',
  properties: {
    id: { type: 'string' },
    scenario_id: { type: 'string' },
    year: { type: 'integer' },
    status: { type: 'string', enum: ['reading', 'running', 'completed', 'failed', 'cancelled'] },
    done: { type: 'integer', description: 'Enterprises computed so far.' },
    total: { type: 'integer', description: 'Enterprises of the registry in the caller’s scope with figures for the year.' },
    started_at: { type: 'string' },
    finished_at: { type: ['string', 'null'] },
    error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] },
    result: RESULT,
  },
  required: ['id', 'scenario_id', 'year', 'status', 'done', 'total', 'started_at', 'finished_at'],
};

/** The schemas the routes below refer to by name (registered in app.ts, listed in the OpenAPI components). */
export const SCENARIO_SCHEMAS: readonly JsonSchema[] = [SCENARIO, JOB, TALLY, GROUP_TALLY];

const tags = ['simulation'];
export const listScenariosSchema = {
  summary: 'The caller’s what-if scenarios and those shared with them',
  tags,
  querystring: querySchema({}),
  response: { 200: { type: 'array', items: ref('Scenario') }, ...ERROR_RESPONSES },
} as const;
export const createScenarioSchema = {
  summary: 'Save a what-if scenario (checked against the parameter tree)',
  tags,
  querystring: querySchema({}),
  body: SCENARIO_BODY,
  response: { 201: ref('Scenario'), ...ERROR_RESPONSES },
} as const;
export const getScenarioSchema = {
  summary: 'A scenario the caller owns or that is shared with them',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: ref('Scenario'), ...ERROR_RESPONSES },
} as const;
export const updateScenarioSchema = {
  summary: 'Replace the caller’s scenario (its changes, name, sharing)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: SCENARIO_BODY,
  response: { 200: ref('Scenario'), ...ERROR_RESPONSES },
} as const;
export const deleteScenarioSchema = {
  summary: 'Delete the caller’s scenario (the audit log keeps it)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 204: { type: 'null' }, ...ERROR_RESPONSES },
} as const;
export const runScenarioSchema = {
  summary: 'Run a scenario over the registry in the caller’s scope for a year (on worker threads)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    properties: { year: { type: 'integer', minimum: 2008, maximum: 2035, description: 'Default the scenario’s base year.' } },
  },
  response: { 202: ref('SimulationRun'), ...ERROR_RESPONSES },
} as const;
export const getRunSchema = {
  summary: 'A simulation run: progress, then the result',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: ref('SimulationRun'), ...ERROR_RESPONSES },
} as const;
export const cancelRunSchema = {
  summary: 'Cancel a running simulation',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: ref('SimulationRun'), ...ERROR_RESPONSES },
} as const;

const FILE: JsonSchema = { type: 'string', format: 'binary' };
const FILE_RESPONSE = {
  200: {
    description: 'The file (Content-Disposition: attachment).',
    content: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: FILE },
      'application/pdf': { schema: FILE },
    },
  },
  ...ERROR_RESPONSES,
} as const;
export const runXlsxSchema = {
  summary: 'A completed run as an Excel workbook (amounts and counts as numbers)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: FILE_RESPONSE,
} as const;
export const runPdfSchema = {
  summary: 'A completed run as a PDF report',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: FILE_RESPONSE,
} as const;
