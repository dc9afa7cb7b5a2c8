/**
 * Proactive delivery (免申即享, issue 13 §3–4): programmes (officers of the region, administrators), the offers
 * the entitlement recompute makes (an enterprise reads and confirms its own), publicity (a public page per
 * programme, objections from anyone with a contact), payment batches (created, approved by another officer or an
 * administrator, exported for the treasury, results per line) and take-up. Routes stay thin: the store scopes
 * every read and change in SQL (another enterprise's offer, or one outside the region, is 404) and audits it.
 */
import { formatFen } from '@xiaowei/policy/format';
import { OFFERABLE_MEASURES, PROGRAMME_DEPARTMENTS } from '@xiaowei/store';
import type { FastifyRequest } from 'fastify';
import type { DataScope, Role } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';
import { Yuan } from '../../http/json.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, dataScope, storeOf } from '../enterprises/registry-context.ts';
import { PDF_TYPE, XLSX_TYPE } from '../set-aside/export-set-aside-report.ts';
import { paymentCsv, paymentXlsx, takeUpPdf, takeUpXlsx } from './offer-files.ts';
import { batchJson, measureTitles, objectionJson, offerJson, programmeJson, takeUpJson } from './offer-json.ts';
import {
  approveBatchSchema,
  cancelOfferSchema,
  confirmOfferSchema,
  createBatchSchema,
  createProgrammeSchema,
  decideObjectionSchema,
  exportBatchSchema,
  fileObjectionSchema,
  getBatchSchema,
  getOfferSchema,
  getProgrammeSchema,
  listBatchesSchema,
  listObjectionsSchema,
  listOffersSchema,
  listProgrammesSchema,
  payableSchema,
  publicitySchema,
  publishProgrammeSchema,
  recordResultSchema,
  takeUpFileSchema,
  takeUpSchema,
  updateProgrammeSchema,
} from './offers.schema.ts';

const OFFICERS: readonly Role[] = ['officer', 'admin'];
const MANAGE = { access: { roles: OFFICERS } } as const;
const READ_OFFERS = { access: { roles: ['enterprise', 'officer', 'admin', 'department'] as Role[] } } as const;
const ENTERPRISE = { access: { roles: ['enterprise'] as Role[] } } as const;
const TAKE_UP = { access: { roles: ['officer', 'admin', 'analyst', 'department'] as Role[] } } as const;

/**
 * What a reader of programmes may see: the data scope, and for a department user also its department — it reads
 * (never changes) the programmes its own department runs in its region, their offers and take-up; another
 * department's programme is as absent as one outside the region (404).
 */
function programmeView(request: FastifyRequest): { scope: DataScope; department?: string } {
  const scope = dataScope(request);
  const user = request.scope.user;
  if (user?.role !== 'department') return { scope };
  if (!user.department) throw new AppError('XW_ERR_FORBIDDEN');
  return { scope, department: user.department };
}

/** GET/POST /programmes, …/{id}, …/{id}/publish, …/{id}/payable; /offers; /objections; /publicity/{id}; /payment-batches; /take-up */
export async function offersRoutes(app: TypedApp): Promise<void> {
  const titles = (request: FastifyRequest) => measureTitles(app.engine.catalogue, request.lang);
  const label = (request: FastifyRequest) => (variable: string) => {
    try {
      return app.engine.system.variable(variable).label[request.lang];
    } catch {
      return variable;
    }
  };
  const withBudget = async (request: FastifyRequest, id: string) => {
    const store = storeOf(app);
    const view = programmeView(request);
    const p = await store.programmes.get(id, view);
    return programmeJson(p, titles(request), await store.offers.budget(id, view));
  };

  app.get('/programmes', { schema: listProgrammesSchema, config: TAKE_UP }, async (request) => {
    const store = storeOf(app);
    const view = programmeView(request);
    const list = await store.programmes.list({ ...view, ...(request.query.year !== undefined ? { year: request.query.year } : {}) });
    const t = titles(request);
    const items = [];
    for (const p of list) items.push(programmeJson(p, t, await store.offers.budget(p.id, view)));
    return { items, measures: OFFERABLE_MEASURES.map((id) => ({ id, title: t.get(id) ?? null })), departments: [...PROGRAMME_DEPARTMENTS] };
  });

  app.post('/programmes', { schema: createProgrammeSchema, config: MANAGE }, async (request, reply) => {
    const b = request.body;
    const p = await storeOf(app).programmes.create(
      {
        name: b.name,
        measure: b.measure,
        department: b.department,
        regionCode: b.region_code,
        year: b.year,
        budgetYuan: b.budget,
        publicityDays: b.publicity_days,
      },
      { actor: actor(request), scope: dataScope(request) },
    );
    return reply.code(201).send(await withBudget(request, p.id));
  });

  app.get('/programmes/:id', { schema: getProgrammeSchema, config: TAKE_UP }, async (request) => withBudget(request, request.params.id));

  app.patch('/programmes/:id', { schema: updateProgrammeSchema, config: MANAGE }, async (request) => {
    const b = request.body;
    await storeOf(app).programmes.update(
      request.params.id,
      {
        ...(b.name !== undefined ? { name: b.name } : {}),
        ...(b.budget !== undefined ? { budgetYuan: b.budget } : {}),
        ...(b.publicity_days !== undefined ? { publicityDays: b.publicity_days } : {}),
      },
      { actor: actor(request), scope: dataScope(request) },
    );
    return withBudget(request, request.params.id);
  });

  app.post('/programmes/:id/publish', { schema: publishProgrammeSchema, config: MANAGE }, async (request) => ({
    published: await storeOf(app).offers.publish(request.params.id, { actor: actor(request), scope: dataScope(request) }),
  }));

  app.get('/programmes/:id/payable', { schema: payableSchema, config: MANAGE }, async (request) => {
    const r = await storeOf(app).payments.payable(request.params.id, { scope: dataScope(request) });
    return { count: r.count, total: new Yuan(r.totalFen) };
  });

  app.get('/offers', { schema: listOffersSchema, config: READ_OFFERS }, async (request) => {
    const q = request.query;
    const list = await storeOf(app).offers.list({
      ...programmeView(request),
      ...(q.programme_id ? { programmeId: q.programme_id } : {}),
      ...(q.status ? { status: q.status } : {}),
    });
    const t = titles(request);
    const l = label(request);
    const mask = request.scope.user?.role === 'department';
    return { items: list.map((o) => offerJson(o, request.lang, t, l, mask)) };
  });

  app.get('/offers/:id', { schema: getOfferSchema, config: READ_OFFERS }, async (request) =>
    offerJson(
      await storeOf(app).offers.get(request.params.id, programmeView(request)),
      request.lang,
      titles(request),
      label(request),
      request.scope.user?.role === 'department',
    ),
  );

  app.post('/offers/:id/confirm', { schema: confirmOfferSchema, config: ENTERPRISE }, async (request) => {
    const scope = dataScope(request);
    // An enterprise confirms its own offers only: the scope names it; another's offer is not found.
    if (!('enterpriseId' in scope)) throw new AppError('XW_ERR_FORBIDDEN');
    const b = request.body;
    const o = await storeOf(app).offers.confirm(
      request.params.id,
      { accountName: b.account_name, bankName: b.bank_name, accountNumber: b.account_number },
      { actor: actor(request), scope },
    );
    return offerJson(o, request.lang, titles(request), label(request));
  });

  app.post('/offers/:id/cancel', { schema: cancelOfferSchema, config: MANAGE }, async (request) => {
    const scope = dataScope(request);
    await storeOf(app).payments.cancel(request.params.id, { actor: actor(request), scope });
    return offerJson(await storeOf(app).offers.get(request.params.id, { scope }), request.lang, titles(request), label(request));
  });

  app.get('/objections', { schema: listObjectionsSchema, config: MANAGE }, async (request) => {
    const q = request.query;
    const list = await storeOf(app).offers.listObjections({
      scope: dataScope(request),
      ...(q.programme_id ? { programmeId: q.programme_id } : {}),
      ...(q.status ? { status: q.status } : {}),
    });
    return { items: list.map(objectionJson) };
  });

  app.post('/objections/:id/decide', { schema: decideObjectionSchema, config: MANAGE }, async (request) => {
    const b = request.body;
    return objectionJson(
      await storeOf(app).offers.decideObjection(request.params.id, b.decision, b.reason ?? null, {
        actor: actor(request),
        scope: dataScope(request),
      }),
    );
  });

  // Public: the publicity (公示) page and objections to it; a signed-in user files under its own name.
  app.get('/publicity/:id', { schema: publicitySchema }, async (request) => {
    const store = storeOf(app);
    const p = await store.programmes.getPublic(request.params.id);
    const entries = await store.offers.publicity(p.id);
    return {
      programme: {
        id: p.id,
        name: p.name,
        measure: p.measure,
        measure_title: titles(request).get(p.measure) ?? null,
        department: p.department,
        region_code: p.regionCode,
        year: p.year,
        publicity_days: p.publicityDays,
      },
      items: entries.map((e) => ({
        offer_id: e.offerId,
        enterprise_name: e.enterpriseName,
        credit_code: e.creditCode,
        amount: new Yuan(e.amountFen),
        published_at: e.publishedAt,
        publicity_ends_at: e.publicityEndsAt,
        open: e.open,
      })),
    };
  });

  app.post('/publicity/:id/objections', { schema: fileObjectionSchema }, async (request, reply) => {
    const store = storeOf(app);
    const b = request.body;
    const offer = await store.offers.publicity(request.params.id);
    // The offer must be one of this programme's published offers.
    if (!offer.some((e) => e.offerId === b.offer_id)) throw new AppError('XW_ERR_NOT_FOUND', { what: b.offer_id.slice(0, 64) });
    const user = request.scope.user;
    const j = await store.offers.fileObjection(
      b.offer_id,
      { reason: b.reason, contact: b.contact ?? null, filedBy: user?.id ?? null },
      { actor: user?.id ?? 'public' },
    );
    return reply.code(201).send(objectionJson(j));
  });

  app.get('/payment-batches', { schema: listBatchesSchema, config: MANAGE }, async (request) => {
    const list = await storeOf(app).payments.list({
      scope: dataScope(request),
      ...(request.query.programme_id ? { programmeId: request.query.programme_id } : {}),
    });
    return { items: list.map((b) => batchJson(b)) };
  });

  app.post('/payment-batches', { schema: createBatchSchema, config: MANAGE }, async (request, reply) => {
    const b = await storeOf(app).payments.create(request.body.programme_id, { actor: actor(request), scope: dataScope(request) });
    return reply.code(201).send(batchJson(b));
  });

  app.get('/payment-batches/:id', { schema: getBatchSchema, config: MANAGE }, async (request) =>
    batchJson(await storeOf(app).payments.get(request.params.id, { scope: dataScope(request) })),
  );

  app.post('/payment-batches/:id/approve', { schema: approveBatchSchema, config: MANAGE }, async (request) =>
    batchJson(
      await storeOf(app).payments.approve(request.params.id, {
        actor: actor(request),
        scope: dataScope(request),
        asAdmin: request.scope.user?.role === 'admin',
      }),
    ),
  );

  app.get('/payment-batches/:id/file', { schema: exportBatchSchema, config: MANAGE }, async (request, reply) => {
    const format = request.query.format ?? 'xlsx';
    const b = await storeOf(app).payments.export(request.params.id, format, { actor: actor(request), scope: dataScope(request) });
    const name = `xiaowei-payments-${b.id.slice(0, 8)}.${format}`;
    reply.header('content-disposition', `attachment; filename="${name}"`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(paymentCsv(b, request.lang));
    return reply.type(XLSX_TYPE).send(await paymentXlsx(b, request.lang));
  });

  app.post('/payment-batches/:id/results', { schema: recordResultSchema, config: MANAGE }, async (request) => {
    const b = request.body;
    return batchJson(
      await storeOf(app).payments.recordResult(
        request.params.id,
        b.offer_id,
        { outcome: b.result, reason: b.reason ?? null },
        { actor: actor(request), scope: dataScope(request) },
      ),
    );
  });

  const takeUpRows = (request: FastifyRequest, q: { year?: number; measure?: string; programme_id?: string }) => {
    return storeOf(app).takeUp({
      ...programmeView(request),
      ...(q.year !== undefined ? { year: q.year } : {}),
      ...(q.measure ? { measure: q.measure } : {}),
      ...(q.programme_id ? { programmeId: q.programme_id } : {}),
    });
  };

  app.get('/take-up', { schema: takeUpSchema, config: TAKE_UP }, async (request) =>
    takeUpJson(await takeUpRows(request, request.query), titles(request)),
  );

  app.get('/take-up/file', { schema: takeUpFileSchema, config: TAKE_UP }, async (request, reply) => {
    const rows = await takeUpRows(request, request.query);
    const format = request.query.format ?? 'xlsx';
    reply.header('content-disposition', `attachment; filename="xiaowei-take-up.${format}"`);
    if (format === 'pdf')
      return reply.type(PDF_TYPE).send(await takeUpPdf(rows, titles(request), request.lang, (fen) => formatFen(fen, request.lang)));
    return reply.type(XLSX_TYPE).send(await takeUpXlsx(rows, titles(request), request.lang));
  });
}
