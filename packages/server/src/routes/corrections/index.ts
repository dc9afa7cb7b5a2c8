/**
 * Correction requests (issue 13 §1): an enterprise asks, an officer of its region accepts (the change goes
 * through the registry's update path) or rejects with a reason; the enterprise sees the outcome. The store
 * scopes every read and decision in SQL: another enterprise's request is 404, as is one outside the region.
 */
import type { Lang } from '@xiaowei/engine';
import { CORRECTION_FIELDS, type CorrectionRequest, correctionFieldLabel, isYearField } from '@xiaowei/store';
import { AppError } from '../../errors/app-error.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, dataScope, storeOf } from '../enterprises/registry-context.ts';
import {
  acceptCorrectionSchema,
  correctionFieldsSchema,
  createCorrectionSchema,
  getCorrectionSchema,
  listCorrectionsSchema,
  rejectCorrectionSchema,
} from './corrections.schema.ts';

const MONEY_FIELDS = new Set(['registered_capital', 'revenue', 'total_assets', 'taxable_income', 'total_profit']);

function correctionJson(r: CorrectionRequest, lang: Lang): Record<string, unknown> {
  return {
    id: r.id,
    enterprise_id: r.enterpriseId,
    enterprise_name: r.enterpriseName,
    region_code: r.regionCode,
    field: r.field,
    field_label: correctionFieldLabel(r.field)[lang],
    year: r.year,
    current_value: r.currentValue,
    proposed_value: r.proposedValue,
    reason: r.reason,
    status: r.status,
    requested_at: r.requestedAt,
    decided_at: r.decidedAt,
    decision_reason: r.decisionReason,
  };
}

const ENTERPRISE = { access: { roles: ['enterprise'] } } as const;
const READERS = { access: { roles: ['enterprise', 'officer', 'admin'] } } as const;
const DECIDERS = { access: { roles: ['officer', 'admin'] } } as const;

/** GET/POST /api/v1/corrections, GET /api/v1/corrections/{id}, POST …/{id}/accept, …/{id}/reject, GET /api/v1/corrections/fields */
export async function correctionsRoutes(app: TypedApp): Promise<void> {
  app.get('/corrections/fields', { schema: correctionFieldsSchema, config: READERS }, async (request) => ({
    items: CORRECTION_FIELDS.map((field) => ({
      field,
      label: correctionFieldLabel(field)[request.lang],
      by_year: isYearField(field),
      money: MONEY_FIELDS.has(field),
    })),
  }));

  app.post('/corrections', { schema: createCorrectionSchema, config: ENTERPRISE }, async (request, reply) => {
    const scope = dataScope(request);
    // An enterprise account files for its own enterprise only: the id comes from its scope, never the body.
    if (!('enterpriseId' in scope)) throw new AppError('XW_ERR_FORBIDDEN');
    const body = request.body;
    const created = await storeOf(app).corrections.create(
      scope.enterpriseId,
      { field: body.field, year: body.year ?? null, proposedValue: body.proposed_value, reason: body.reason },
      { actor: actor(request), scope },
    );
    return reply.code(201).send(correctionJson(created, request.lang));
  });

  app.get('/corrections', { schema: listCorrectionsSchema, config: READERS }, async (request) => {
    const status = request.query.status;
    const items = await storeOf(app).corrections.list({ scope: dataScope(request), ...(status ? { status } : {}), limit: 1000 });
    return { items: items.map((r) => correctionJson(r, request.lang)) };
  });

  app.get('/corrections/:id', { schema: getCorrectionSchema, config: READERS }, async (request) => {
    const { id } = request.params;
    return correctionJson(await storeOf(app).corrections.get(id, { scope: dataScope(request) }), request.lang);
  });

  app.post('/corrections/:id/accept', { schema: acceptCorrectionSchema, config: DECIDERS }, async (request) => {
    const { id } = request.params;
    const reason = request.body?.reason ?? null;
    const done = await storeOf(app).corrections.accept(id, { actor: actor(request), scope: dataScope(request), reason });
    return correctionJson(done, request.lang);
  });

  app.post('/corrections/:id/reject', { schema: rejectCorrectionSchema, config: DECIDERS }, async (request) => {
    const { id } = request.params;
    const { reason } = request.body;
    const done = await storeOf(app).corrections.reject(id, reason, { actor: actor(request), scope: dataScope(request) });
    return correctionJson(done, request.lang);
  });
}
