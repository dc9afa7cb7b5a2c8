import { ERROR_RESPONSES } from '../../http/schemas.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { querySchema } from '../query.ts';
import { getHealth } from './get-health.ts';

const healthSchema = {
  summary: 'Readiness of the service and its database',
  tags: ['service'],
  querystring: querySchema({}),
  response: {
    200: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['ok'] },
        policy_version: { type: 'string' },
        parameter_hash: { type: 'string' },
        store: { type: 'string', enum: ['none', 'ok'], description: 'none: running without a database (engine routes only).' },
        backend: { type: 'string' },
        uptime_s: { type: 'integer' },
      },
      required: ['status', 'policy_version', 'parameter_hash', 'store', 'uptime_s'],
    },
    ...ERROR_RESPONSES,
  },
} as const;

/** GET /api/v1/health */
export async function healthRoutes(app: TypedApp): Promise<void> {
  app.get('/health', { schema: healthSchema }, async () => getHealth(app.engine, app.store));
}
