import type { AuditQuery, AuditRecord } from '@xiaowei/store';
import { AppError } from '../../errors/app-error.ts';
import { listResponses, NEXT_CURSOR } from '../../http/schemas.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { storeOf } from '../enterprises/registry-context.ts';
import { querySchema } from '../query.ts';

const auditSchema = {
  summary: 'The audit log, newest first (officers: their region; administrators: all)',
  description:
    'Every change: who (`actor`, a user id or `system`), what (`action`, `entity_type`, `entity_id`), where (`region_code`), when (`at`), and the record before and after. `action` is exact (`enterprise.update`) or a family ending in "." (`enterprise.`). `from` inclusive, `to` exclusive (ISO times). Keyset-paged by `cursor`.',
  tags: ['audit'],
  querystring: querySchema({
    actor: { type: 'string', maxLength: 100 },
    entity_type: { type: 'string', maxLength: 50 },
    entity_id: { type: 'string', maxLength: 100 },
    action: { type: 'string', maxLength: 100 },
    from: { type: 'string', maxLength: 40 },
    to: { type: 'string', maxLength: 40 },
    region: { type: 'string', pattern: '^\\d{1,6}$' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
    cursor: { type: 'string', maxLength: 1000 },
  }),
  response: listResponses(
    {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        at: { type: 'string' },
        actor: { type: 'string' },
        action: { type: 'string' },
        entity_type: { type: 'string' },
        entity_id: { type: ['string', 'null'] },
        region_code: { type: ['string', 'null'] },
        before: {},
        after: {},
      },
      required: ['id', 'at', 'actor', 'action', 'entity_type'],
    },
    { next_cursor: NEXT_CURSOR },
  ),
} as const;

const recordJson = (r: AuditRecord) => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  entity_type: r.entityType,
  entity_id: r.entityId,
  region_code: r.regionCode,
  before: r.before,
  after: r.after,
});

/** GET /api/v1/audit */
export async function auditRoutes(app: TypedApp): Promise<void> {
  app.get('/audit', { schema: auditSchema, config: { access: { roles: ['admin', 'officer'] } } }, async (request) => {
    const store = storeOf(app);
    const q = request.query;
    const data = request.scope.data;
    // Officers see the rows of their region (the store filters on the row's region code); admins all.
    const scope = request.scope.user?.role === 'admin' ? undefined : data !== null && 'regionPrefix' in data ? data : null;
    if (scope === null) throw new AppError('XW_ERR_FORBIDDEN');
    const query: AuditQuery = Object.fromEntries(
      Object.entries({
        scope,
        actor: q.actor,
        entityType: q.entity_type,
        entityId: q.entity_id,
        action: q.action,
        from: q.from,
        to: q.to,
        regionPrefix: q.region,
        limit: q.limit ?? 50,
        cursor: q.cursor ?? null,
      }).filter(([, v]) => v !== undefined),
    );
    const page = await store.audit.list(query);
    return { items: page.items.map(recordJson), next_cursor: page.nextCursor };
  });
}
