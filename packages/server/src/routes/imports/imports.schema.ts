import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, ref } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

export const IMPORT_JOB: JsonSchema = {
  $id: 'ImportJob',
  type: 'object',
  properties: {
    id: { type: 'string', description: 'Id to follow the import (GET /api/v1/imports/{id}).' },
    import_id: { type: ['string', 'null'], description: 'The stored import record.' },
    user_id: { type: 'string' },
    file_name: { type: 'string' },
    status: { type: 'string', enum: ['running', 'completed', 'rejected', 'failed'] },
    rows: { type: 'integer', description: 'Rows read so far, or in all.' },
    enterprises_created: { type: 'integer' },
    enterprises_updated: { type: 'integer' },
    years_written: { type: 'integer' },
    problem_count: { type: 'integer' },
    started_at: { type: 'string' },
    finished_at: { type: ['string', 'null'] },
    error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
  },
  required: ['id', 'status', 'rows', 'file_name', 'started_at'],
};

export interface ImportQuery {
  readonly wait?: boolean;
  readonly lang?: string;
}

export const importEnterprisesSchema = {
  summary: 'Import enterprises from an Excel (.xlsx) or CSV file',
  description:
    'multipart/form-data with one file field (`file`). Columns are matched by name in any of the three languages (企业名称 / name, 所属地区 / region, 行业, 年度, 从业人员, 营业收入, 资产总额 …, or any enterprise input variable id or label); one row per enterprise and year. The whole file is validated: if any row has a problem, nothing is written and the answer is XW_ERR_IMPORT_REJECTED (422) with every problem by row and column in the user language; otherwise every row is written in one transaction and the entitlements recomputed. `wait=false` answers 202 at once; follow the import at GET /api/v1/imports/{id}. CSV may be UTF-8 or GB18030/GBK.',
  tags: ['registry'],
  consumes: ['multipart/form-data'],
  // Documentation only (app.ts moves it into the OpenAPI body): the multipart body is read by @fastify/multipart.
  docBody: {
    type: 'object',
    properties: { file: { type: 'string', format: 'binary', description: 'The .xlsx or .csv file.' } },
    required: ['file'],
  },
  querystring: querySchema({
    wait: { type: 'boolean', default: true, description: 'false: answer 202 at once and import in the background.' },
  }),
  response: {
    201: { ...ref('ImportJob'), description: 'Imported.' },
    202: { ...ref('ImportJob'), description: 'Accepted: the import runs; poll GET /api/v1/imports/{id}.' },
    ...ERROR_RESPONSES,
  },
} as const;

export const getImportSchema = {
  summary: 'Progress and result of an import',
  tags: ['registry'],
  params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] },
  querystring: querySchema({}),
  response: { 200: ref('ImportJob'), ...ERROR_RESPONSES },
} as const;
