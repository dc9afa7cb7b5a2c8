/**
 * Applications (issue 14 §1): the enterprise fills the form of a measure, attaches files and submits; an officer
 * of its region reviews it with the registry figures and the engine's advice, asks for more, approves or rejects
 * with a reason, and marks it paid. The store scopes every read in SQL and lets each transition be made only by
 * its party; the route's roles make a wrong role 403 before anything is read.
 */
import multipart from '@fastify/multipart';
import { APPLICATION_MEASURES, applicationForm, applicationMeasure, chinaDay, type FormField, workingDaysBetween } from '@xiaowei/app';
import { type Lang, parseMoney } from '@xiaowei/engine';
import { type Application, type ApplicationAction, AWAITING_REVIEW, STATUS_LABELS } from '@xiaowei/store';
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';
import { Yuan } from '../../http/json.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, dataScope, storeOf } from '../enterprises/registry-context.ts';
import { adviceJson, figuresYear, registryRecord } from './application-advice.ts';
import {
  createApplicationSchema,
  downloadSchema,
  formSchema,
  getApplicationSchema,
  listApplicationsSchema,
  listMeasuresSchema,
  transitionSchema,
  updateApplicationSchema,
  uploadSchema,
} from './applications.schema.ts';
import { attachmentJson, MAX_FILES_PER_UPLOAD, readFiles, sendFile } from './attachment-upload.ts';

export const ENTERPRISE = { access: { roles: ['enterprise'] } } as const;
export const REVIEWERS = { access: { roles: ['officer', 'admin'] } } as const;
export const READERS = { access: { roles: ['enterprise', 'officer', 'admin'] } } as const;

const yuanOrNull = (fen: number | null) => (fen === null ? null : new Yuan(fen));

function titleOf(app: TypedApp, measure: string, lang: Lang): string {
  return app.engine.titles.get(measure)?.[lang] ?? measure;
}

export function applicationJson(app: TypedApp, a: Application, lang: Lang, today = chinaDay(new Date())): Record<string, unknown> {
  const awaiting = AWAITING_REVIEW.includes(a.status) && a.dueDate !== null;
  const left = awaiting ? workingDaysBetween(today, a.dueDate as string) : null;
  return {
    id: a.id,
    enterprise_id: a.enterpriseId,
    enterprise_name: a.enterpriseName,
    region_code: a.regionCode,
    measure: a.measure,
    measure_title: titleOf(app, a.measure, lang),
    year: a.year,
    values: a.values,
    status: a.status,
    status_label: STATUS_LABELS[a.status][lang],
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    submitted_at: a.submittedAt,
    due_date: a.dueDate,
    due_estimated: a.dueEstimated,
    working_days_left: left,
    overdue: awaiting && today > (a.dueDate as string),
    info_request: a.infoRequest,
    decided_at: a.decidedAt,
    decision_reason: a.decisionReason,
    approved_amount: yuanOrNull(a.approvedAmountFen),
    paid_amount: yuanOrNull(a.paidAmountFen),
    paid_at: a.paidAt,
    version: a.version,
  };
}

function fieldJson(f: FormField, lang: Lang, prefill: unknown): Record<string, unknown> {
  return {
    name: f.name,
    label: f.label[lang],
    type: f.type,
    ...(f.unit !== undefined ? { unit: f.unit } : {}),
    ...(f.min !== undefined ? { min: f.min } : {}),
    ...(f.max !== undefined ? { max: f.max } : {}),
    ...(f.integer ? { integer: true } : {}),
    ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: o.label[lang] })) } : {}),
    required: f.required,
    source: f.source,
    ...(typeof prefill === 'string' || typeof prefill === 'number' || typeof prefill === 'boolean' ? { prefill } : {}),
  };
}

function measureJson(app: TypedApp, measure: string, lang: Lang): Record<string, unknown> {
  const m = applicationMeasure(measure);
  if (m === undefined) throw new AppError('XW_ERR_NOT_FOUND', { what: measure.slice(0, 100) });
  return { measure, title: titleOf(app, measure, lang), review_working_days: m.reviewWorkingDays, has_advice: m.subMeasures.length > 0 };
}

/** An amount in yuan of a transition's body, exact, or a validation problem. */
function amountFen(value: string | number | null | undefined): number | null | undefined {
  if (value === undefined || value === null || value === '') return value === undefined ? undefined : null;
  const fen = parseMoney(value);
  if (fen === undefined || fen < 0)
    throw AppError.validation([
      {
        path: '/amount',
        field: 'amount',
        message: {
          'zh-CN': '金额应为不小于 0 的元金额，最多两位小数',
          ko: '금액은 0 이상의 위안 금액이어야 하며 소수점 둘째 자리까지입니다',
          en: 'the amount must be yuan, 0 or more, with at most two decimals',
        },
      },
    ]);
  return fen;
}

const isOfficer = (request: FastifyRequest) => request.scope.user?.role === 'officer' || request.scope.user?.role === 'admin';

/** /api/v1/applications… */
export async function applicationsRoutes(app: TypedApp): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: app.serverConfig.attachmentLimit + 1, files: MAX_FILES_PER_UPLOAD, fields: 0, parts: MAX_FILES_PER_UPLOAD },
  });
  const maxBytes = app.serverConfig.attachmentLimit;

  app.get('/applications/measures', { schema: listMeasuresSchema, config: READERS }, async (request) => ({
    items: APPLICATION_MEASURES.map((m) => measureJson(app, m.measure, request.lang)),
  }));

  app.get('/applications/form', { schema: formSchema, config: READERS }, async (request) => {
    const { measure, year } = request.query;
    const form = applicationForm(measure);
    if (form === undefined) throw new AppError('XW_ERR_NOT_FOUND', { what: measure.slice(0, 100) });
    const scope = dataScope(request);
    let prefill: Record<string, unknown> = {};
    if ('enterpriseId' in scope) {
      const detail = await storeOf(app).enterprises.get(scope.enterpriseId, { scope });
      prefill = registryRecord(detail, figuresYear(detail, year ?? new Date().getFullYear()));
    }
    return { ...measureJson(app, measure, request.lang), fields: form.map((f) => fieldJson(f, request.lang, prefill[f.name])) };
  });

  app.post('/applications', { schema: createApplicationSchema, config: ENTERPRISE }, async (request, reply) => {
    const { measure, year, values } = request.body;
    const created = await storeOf(app).applications.create(
      { measure, year, values: values ?? {} },
      { actor: actor(request), scope: dataScope(request) },
    );
    return reply.code(201).send(applicationJson(app, created, request.lang));
  });

  app.put('/applications/:id', { schema: updateApplicationSchema, config: ENTERPRISE }, async (request) => {
    const updated = await storeOf(app).applications.update(request.params.id, request.body.values, {
      actor: actor(request),
      scope: dataScope(request),
    });
    return applicationJson(app, updated, request.lang);
  });

  app.get('/applications', { schema: listApplicationsSchema, config: READERS }, async (request) => {
    const q = request.query;
    const items = await storeOf(app).applications.list({
      scope: dataScope(request),
      ...(q.status ? { status: q.status } : {}),
      ...(q.measure ? { measure: q.measure } : {}),
      ...(q.overdue !== undefined ? { overdue: q.overdue } : {}),
      ...(q.sort ? { sort: q.sort } : {}),
      limit: 1000,
    });
    const today = chinaDay(new Date());
    return { items: items.map((a) => applicationJson(app, a, request.lang, today)) };
  });

  app.get('/applications/:id', { schema: getApplicationSchema, config: READERS }, async (request) => {
    const store = storeOf(app);
    const scope = dataScope(request);
    const a = await store.applications.get(request.params.id, { scope });
    const lang = request.lang;
    const officer = isOfficer(request);
    const detail = officer ? await store.enterprises.get(a.enterpriseId, { scope }) : undefined;
    const y = detail ? figuresYear(detail, a.year) : undefined;
    return {
      ...applicationJson(app, a, lang),
      events: a.events.map((e) => ({
        at: e.at,
        actor: e.actor,
        actor_role: e.actorRole,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        to_label: STATUS_LABELS[e.toStatus][lang],
        reason: e.reason,
      })),
      attachments: a.attachments.map(attachmentJson),
      form: (applicationForm(a.measure) ?? []).map((f) => fieldJson(f, lang, undefined)),
      decision_advice: a.decisionAdvice ?? null,
      advice: detail ? adviceJson(app.engine, a, detail, lang) : null,
      registry: detail ? { ...registryRecord(detail, y), year: y?.year ?? null } : null,
    };
  });

  const transition = (
    path: string,
    action: Exclude<ApplicationAction, 'update'>,
    roles: readonly Role[],
    summary: string,
    description: string,
  ) =>
    app.post(
      `/applications/:id/${path}`,
      { schema: transitionSchema(summary, description), config: { access: { roles } } },
      async (request) => {
        const store = storeOf(app);
        const scope = dataScope(request);
        const body = request.body ?? {};
        const amount = amountFen(body.amount);
        let advice: unknown;
        if (action === 'approve' || action === 'reject') {
          // The engine's answer the reviewer saw is kept with the decision (the "why not" of a rejection), in the reviewer's language.
          const a = await store.applications.get(request.params.id, { scope });
          advice = adviceJson(app.engine, a, await store.enterprises.get(a.enterpriseId, { scope }), request.lang);
        }
        const done = await store.applications.transition(request.params.id, action, {
          actor: actor(request),
          scope,
          reason: body.reason ?? null,
          ...(amount !== undefined ? { amountFen: amount } : {}),
          ...(advice !== undefined ? { advice } : {}),
        });
        return applicationJson(app, done, request.lang);
      },
    );

  transition(
    'submit',
    'submit',
    ENTERPRISE.access.roles,
    'Submit a draft (the enterprise)',
    'Required fields are checked now; the review deadline is set in working days.',
  );
  transition(
    'withdraw',
    'withdraw',
    ENTERPRISE.access.roles,
    'Withdraw an application not yet decided (the enterprise)',
    'A reason is optional.',
  );
  transition(
    'respond',
    'respond',
    ENTERPRISE.access.roles,
    'Answer a request for more information (the enterprise)',
    'A reason (what was added) is required; the review deadline starts again.',
  );
  transition(
    'review',
    'review',
    REVIEWERS.access.roles,
    'Take a submitted or answered application into review (officers of the region)',
    'Outside the region: 404.',
  );
  transition(
    'request-info',
    'request_info',
    REVIEWERS.access.roles,
    'Ask the enterprise for more information (officers of the region)',
    'A reason (what is needed) is required.',
  );
  transition(
    'approve',
    'approve',
    REVIEWERS.access.roles,
    'Approve with a reason and optionally the amount (officers of the region)',
    'The engine’s advice at the time is stored with the decision.',
  );
  transition(
    'reject',
    'reject',
    REVIEWERS.access.roles,
    'Reject with a reason (officers of the region)',
    'The engine’s “why not” and what would change is stored with the decision and shown to the enterprise.',
  );
  transition(
    'pay',
    'pay',
    REVIEWERS.access.roles,
    'Mark an approved application paid (officers of the region)',
    'The amount defaults to the amount approved.',
  );

  app.post(
    '/applications/:id/attachments',
    {
      schema: uploadSchema('an application (a draft, or one asked for more information)'),
      config: ENTERPRISE,
      bodyLimit: (maxBytes + 4096) * MAX_FILES_PER_UPLOAD,
    },
    async (request, reply) => {
      const files = await readFiles(request);
      const stored = await storeOf(app).applications.addAttachments(request.params.id, files, {
        actor: actor(request),
        scope: dataScope(request),
        maxBytes,
      });
      return reply.code(201).send({ items: stored.map(attachmentJson) });
    },
  );

  app.get('/applications/:id/attachments/:file', { schema: downloadSchema('an application'), config: READERS }, async (request, reply) => {
    const { id, file } = request.params;
    return sendFile(reply, await storeOf(app).applications.attachment(id, file, { scope: dataScope(request) }));
  });
}
