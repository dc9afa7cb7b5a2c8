import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, dataScope, storeOf } from '../enterprises/registry-context.ts';
import { uploadKind } from '../imports/read-upload.ts';
import { readMultipartFile } from '../imports/read-uploaded-file.ts';
import { checkWorkbook } from '../imports/upload-limits.ts';
import { bidTemplate } from './bid-template.ts';
import { createTender } from './create-tender.ts';
import { deleteTender } from './delete-tender.ts';
import { evaluateStored, publishTender } from './evaluate-tender.ts';
import { getTender } from './get-tender.ts';
import { importBids } from './import-bids.ts';
import { legalRange } from './legal-range.ts';
import { listTenders } from './list-tenders.ts';
import { deleteBid, putBid } from './put-bid.ts';
import { reportPdf } from './report-pdf.ts';
import { reportXlsx } from './report-xlsx.ts';
import { submitTender } from './submit-tender.ts';
import { TENDER_READERS, TENDER_WRITERS } from './tender-access.ts';
import { evaluationJson } from './tender-json.ts';
import {
  bidTemplateSchema,
  createTenderSchema,
  deleteBidSchema,
  deleteTenderSchema,
  evaluateTenderSchema,
  getTenderSchema,
  importBidsSchema,
  legalRangeSchema,
  listTendersSchema,
  publishTenderSchema,
  putBidSchema,
  submitTenderSchema,
  TENDER_SCHEMAS,
  tenderReportSchema,
  updateTenderSchema,
} from './tenders.schema.ts';
import { updateTender } from './update-tender.ts';

const NO_FILE = {
  'zh-CN': '请上传一个 Excel 文件（字段 file）',
  ko: 'Excel 파일 하나를 올리십시오(필드 file)',
  en: 'upload one Excel file (field "file")',
};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NOT_XLSX = {
  'zh-CN': '文件不是 Excel 工作簿（.xlsx）',
  ko: '파일이 Excel 통합 문서(.xlsx)가 아닙니다',
  en: 'the file is not an Excel workbook (.xlsx)',
};

/** The uploaded .xlsx: no file, another kind of file or a broken body is a clear error, never a 500. */
async function readXlsx(request: FastifyRequest): Promise<{ buffer: Buffer; fileName: string }> {
  const { fileName, mimeType, buffer } = await readMultipartFile(request, NO_FILE);
  if (uploadKind(fileName, mimeType) !== 'xlsx')
    throw new AppError('XW_ERR_UNSUPPORTED_MEDIA_TYPE', { type: `${fileName.slice(0, 100)} (${mimeType})` });
  // An .xlsx is a ZIP archive: anything else (an empty file above all, on which the streaming reader waits
  // forever) is refused before it is read.
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50)
    throw AppError.validation([{ path: 'file', field: 'file', message: NOT_XLSX }]);
  await checkWorkbook(buffer);
  return { buffer, fileName };
}

/** A file download: its type and an ASCII-safe name with the UTF-8 one beside it (RFC 6266). */
function download(reply: FastifyReply, type: string, name: string, body: Buffer): FastifyReply {
  const ascii = name.replace(/[^\w.-]/g, '_');
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(body);
}

/**
 * Tenders of budget units (item 05): GET/POST /api/v1/tenders, GET/PUT/DELETE /api/v1/tenders/{id}, bids
 * (PUT/DELETE /api/v1/tenders/{id}/bids/{bid}, POST …/bids/import, GET /api/v1/tenders/bid-template),
 * POST …/evaluate, POST …/publish, GET …/report (json, xlsx, pdf), GET /api/v1/tenders/legal-range, and the
 * e-procurement API POST /api/v1/tenders/submit.
 */
export async function tendersRoutes(app: TypedApp): Promise<void> {
  await app.register(multipart, { limits: { fileSize: app.serverConfig.uploadLimit, files: 1, fields: 5, parts: 6 } });
  const read = { access: { roles: TENDER_READERS } };
  const write = { access: { roles: TENDER_WRITERS } };

  app.get('/tenders', { schema: listTendersSchema, config: read }, async (request) =>
    listTenders(storeOf(app), dataScope(request), request.query),
  );
  app.post('/tenders', { schema: createTenderSchema, config: write }, async (request, reply) => {
    const created = await createTender(storeOf(app), dataScope(request), actor(request), request.body, request.lang);
    return reply.code(201).send(created);
  });
  app.post('/tenders/submit', { schema: submitTenderSchema, config: write }, async (request, reply) => {
    const result = await submitTender(storeOf(app), dataScope(request), actor(request), request.body, request.lang);
    return reply.code(201).send(result);
  });
  app.get('/tenders/legal-range', { schema: legalRangeSchema, config: read }, async (request) => legalRange(request.query.date));
  app.get('/tenders/bid-template', { schema: bidTemplateSchema, config: read }, async (request, reply) =>
    download(reply, XLSX, `bid-template-${request.lang}.xlsx`, await bidTemplate(request.lang)),
  );
  app.get('/tenders/:id', { schema: getTenderSchema, config: read }, async (request) =>
    getTender(storeOf(app), dataScope(request), request.params.id, request.lang),
  );
  app.put('/tenders/:id', { schema: updateTenderSchema, config: write }, async (request) =>
    updateTender(storeOf(app), dataScope(request), actor(request), request.params.id, request.body, request.lang),
  );
  app.delete('/tenders/:id', { schema: deleteTenderSchema, config: write }, async (request, reply) => {
    await deleteTender(storeOf(app), dataScope(request), actor(request), request.params.id, request.query.version);
    return reply.code(204).send();
  });
  app.put('/tenders/:id/bids/:bid', { schema: putBidSchema, config: write }, async (request) => {
    const { id, bid } = request.params;
    return putBid(storeOf(app), dataScope(request), actor(request), id, bid, request.body, request.lang);
  });
  app.delete('/tenders/:id/bids/:bid', { schema: deleteBidSchema, config: write }, async (request) => {
    const { id, bid } = request.params;
    return deleteBid(storeOf(app), dataScope(request), actor(request), id, bid, request.lang);
  });
  app.post(
    '/tenders/:id/bids/import',
    { schema: importBidsSchema, config: write, bodyLimit: app.serverConfig.uploadLimit },
    async (request) => {
      const store = storeOf(app);
      const scope = dataScope(request);
      const user = actor(request);
      const upload = await readXlsx(request);
      return importBids(store, scope, user, request.params.id, upload, request.lang);
    },
  );
  app.post('/tenders/:id/evaluate', { schema: evaluateTenderSchema, config: write }, async (request, reply) => {
    const id = request.params.id;
    const result = await evaluateStored(storeOf(app), dataScope(request), actor(request), id, request.lang, request.query.version);
    return reply.code(201).send(result);
  });
  app.post('/tenders/:id/publish', { schema: publishTenderSchema, config: write }, async (request) => {
    const id = request.params.id;
    return publishTender(storeOf(app), dataScope(request), actor(request), id, request.lang, request.query.version);
  });
  app.get('/tenders/:id/report', { schema: tenderReportSchema, config: read }, async (request, reply) => {
    const id = request.params.id;
    const q = request.query;
    const evaluation = await storeOf(app).tenders.evaluation(id, {
      scope: dataScope(request),
      ...(q.sequence !== undefined ? { sequence: q.sequence } : {}),
    });
    const name = `tender-${id}-evaluation-${evaluation.sequence}`;
    if (q.format === 'xlsx') return download(reply, XLSX, `${name}.xlsx`, await reportXlsx(evaluation, request.lang));
    if (q.format === 'pdf') return download(reply, 'application/pdf', `${name}.pdf`, await reportPdf(evaluation, request.lang));
    return evaluationJson(evaluation, request.lang);
  });
}

export { TENDER_SCHEMAS };
