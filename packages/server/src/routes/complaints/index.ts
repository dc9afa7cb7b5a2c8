/**
 * Complaints (issue 14 §2): an enterprise files about fees (item 06) or a bank (item 11); the responsible
 * department of its region (department users of that department) and the region's officers see it, one of them
 * replies within the deadline, the enterprise rates the reply. Monthly counts for the statistics, JSON or Excel.
 */
import multipart from '@fastify/multipart';
import { chinaDay, workingDaysBetween } from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import { COMPLAINT_TYPE_LABELS, type Complaint, DEPARTMENT_LABELS, type Scope as StoreScope } from '@xiaowei/store';
import type { FastifyRequest } from 'fastify';
import type { TypedApp } from '../../http/typed-app.ts';
import { downloadSchema, uploadSchema } from '../applications/applications.schema.ts';
import { attachmentJson, MAX_FILES_PER_UPLOAD, readFiles, sendFile } from '../applications/attachment-upload.ts';
import { actor, dataScope, storeOf } from '../enterprises/registry-context.ts';
import {
  complaintStatisticsSchema,
  createComplaintSchema,
  getComplaintSchema,
  listComplaintsSchema,
  rateComplaintSchema,
  replyComplaintSchema,
} from './complaints.schema.ts';
import { complaintsXlsx } from './complaints-xlsx.ts';

const ENTERPRISE = { access: { roles: ['enterprise'] } } as const;
const READERS = { access: { roles: ['enterprise', 'officer', 'department', 'admin'] } } as const;
const ANSWERERS = { access: { roles: ['officer', 'department', 'admin'] } } as const;
const STATISTICS = { access: { roles: ['officer', 'department', 'analyst', 'admin'] } } as const;

/** What a request may reach: its data scope, and for a department user only its department's complaints. */
function reach(request: FastifyRequest): { scope: StoreScope; department?: string } {
  const scope = dataScope(request);
  const user = request.scope.user;
  // A department user with no department recorded reaches nothing rather than every department's complaints.
  if (user?.role === 'department') return { scope, department: user.department ?? '-' };
  return { scope };
}

function complaintJson(c: Complaint, lang: Lang, today = chinaDay(new Date())): Record<string, unknown> {
  const open = c.status === 'open';
  return {
    id: c.id,
    enterprise_id: c.enterpriseId,
    enterprise_name: c.enterpriseName,
    region_code: c.regionCode,
    type: c.type,
    type_label: COMPLAINT_TYPE_LABELS[c.type][lang],
    department: c.department,
    department_label: DEPARTMENT_LABELS[c.department]?.[lang] ?? c.department,
    respondent: c.respondent,
    body: c.body,
    status: c.status,
    filed_at: c.filedAt,
    due_date: c.dueDate,
    due_estimated: c.dueEstimated,
    working_days_left: open ? workingDaysBetween(today, c.dueDate) : null,
    overdue: open ? today > c.dueDate : c.repliedAt !== null && chinaDay(c.repliedAt) > c.dueDate,
    reply: c.reply,
    replied_at: c.repliedAt,
    rating: c.rating,
  };
}

/** /api/v1/complaints… */
export async function complaintsRoutes(app: TypedApp): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: app.serverConfig.attachmentLimit + 1, files: MAX_FILES_PER_UPLOAD, fields: 0, parts: MAX_FILES_PER_UPLOAD },
  });
  const maxBytes = app.serverConfig.attachmentLimit;

  app.post('/complaints', { schema: createComplaintSchema, config: ENTERPRISE }, async (request, reply) => {
    const created = await storeOf(app).complaints.create(request.body, [], { actor: actor(request), scope: dataScope(request), maxBytes });
    return reply.code(201).send({ ...complaintJson(created, request.lang), attachments: created.attachments.map(attachmentJson) });
  });

  app.get('/complaints', { schema: listComplaintsSchema, config: READERS }, async (request) => {
    const q = request.query;
    const items = await storeOf(app).complaints.list({
      ...reach(request),
      ...(q.status ? { status: q.status } : {}),
      ...(q.type ? { type: q.type } : {}),
      ...(q.overdue !== undefined ? { overdue: q.overdue } : {}),
      limit: 1000,
    });
    const today = chinaDay(new Date());
    return { items: items.map((c) => complaintJson(c, request.lang, today)) };
  });

  app.get('/complaints/statistics', { schema: complaintStatisticsSchema, config: STATISTICS }, async (request, reply) => {
    const q = request.query;
    const counts = await storeOf(app).complaints.monthlyCounts({
      ...reach(request),
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
    });
    if (q.format === 'xlsx') {
      reply.header('content-disposition', `attachment; filename="xiaowei-complaints-${chinaDay(new Date())}.xlsx"`);
      reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return reply.send(await complaintsXlsx(counts, request.lang));
    }
    return {
      items: counts.map((c) => ({
        month: c.month,
        type: c.type,
        department: c.department,
        region_code: c.regionCode,
        filed: c.filed,
        replied: c.replied,
        late: c.late,
        rated: c.rated,
        mean_rating: c.rated === 0 ? null : Math.round((c.ratingSum / c.rated) * 100) / 100,
      })),
    };
  });

  app.get('/complaints/:id', { schema: getComplaintSchema, config: READERS }, async (request) => {
    const c = await storeOf(app).complaints.get(request.params.id, reach(request));
    return { ...complaintJson(c, request.lang), attachments: c.attachments.map(attachmentJson) };
  });

  app.post('/complaints/:id/reply', { schema: replyComplaintSchema, config: ANSWERERS }, async (request) => {
    const done = await storeOf(app).complaints.reply(request.params.id, request.body.reply, { ...reach(request), actor: actor(request) });
    return complaintJson(done, request.lang);
  });

  app.post('/complaints/:id/rate', { schema: rateComplaintSchema, config: ENTERPRISE }, async (request) => {
    const done = await storeOf(app).complaints.rate(request.params.id, request.body.rating, {
      actor: actor(request),
      scope: dataScope(request),
    });
    return complaintJson(done, request.lang);
  });

  app.post(
    '/complaints/:id/attachments',
    { schema: uploadSchema('a complaint'), config: ENTERPRISE, bodyLimit: (maxBytes + 4096) * MAX_FILES_PER_UPLOAD },
    async (request, reply) => {
      const files = await readFiles(request);
      const stored = await storeOf(app).complaints.addAttachments(request.params.id, files, {
        actor: actor(request),
        scope: dataScope(request),
        maxBytes,
      });
      return reply.code(201).send({ items: stored.map(attachmentJson) });
    },
  );

  app.get('/complaints/:id/attachments/:file', { schema: downloadSchema('a complaint'), config: READERS }, async (request, reply) => {
    const { id, file } = request.params;
    return sendFile(reply, await storeOf(app).complaints.attachment(id, file, reach(request)));
  });
}
