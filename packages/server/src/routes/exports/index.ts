import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { FILTER_PARAMS } from '../enterprises/enterprises.schema.ts';
import { dataScope, storeOf } from '../enterprises/registry-context.ts';
import { querySchema } from '../query.ts';
import { exportCsv, exportXlsx } from './export-enterprises.ts';

const FILE: JsonSchema = { type: 'string', format: 'binary' };

const exportSchema = {
  summary: 'Export the registry (one row per enterprise and year) as Excel or CSV',
  description:
    'The filtered registry within the user’s scope, streamed: input columns with headers the import reads back, then the stored results with the policy version and parameter hash that computed them. Money in yuan, exact to the fen.',
  tags: ['registry'],
  querystring: querySchema({ format: { type: 'string', enum: ['xlsx', 'csv'], default: 'xlsx' }, ...FILTER_PARAMS }),
  response: {
    200: {
      description: 'The file (Content-Disposition: attachment).',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: FILE },
        'text/csv': { schema: FILE },
      },
    },
    ...ERROR_RESPONSES,
  },
} as const;

/** GET /api/v1/exports?format=xlsx|csv */
export async function exportsRoutes(app: TypedApp): Promise<void> {
  app.get('/exports', { schema: exportSchema, config: { access: { roles: ['admin', 'officer', 'analyst'] } } }, async (request, reply) => {
    const store = storeOf(app);
    const scope = dataScope(request);
    const q = request.query;
    const stamp = new Date().toISOString().slice(0, 10);
    // The file is opened (and the filter checked) before any header says "download".
    const file = q.format === 'csv' ? await exportCsv(store, scope, q, request.lang) : await exportXlsx(store, scope, q, request.lang);
    reply.header('content-disposition', `attachment; filename="xiaowei-enterprises-${stamp}.${q.format}"`);
    reply.type(q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return reply.send(file);
  });
}
