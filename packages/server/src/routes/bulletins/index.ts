/**
 * Statistics bulletins (item 29 of 国发〔2012〕14号): officers and analysts generate a region's monthly or quarterly
 * bulletin, a second person reviews it, then it is published as an immutable version; anyone (no sign-in) reads
 * the archive of published versions, each as JSON, PDF and Excel in zh-CN, ko or en.
 */
import type { Role } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, dataScope, storeOf } from '../enterprises/registry-context.ts';
import { querySchema } from '../query.ts';
import { bulletinFileName, bulletinPdf, bulletinXlsx, PDF_TYPE, XLSX_TYPE } from './bulletin-files.ts';
import { bulletinJson, summaryJson } from './bulletin-json.ts';
import { BULLETIN, BULLETIN_ID_PARAMS, BULLETIN_LIST, PERIOD_PARAM, REGION_PARAM } from './bulletins.schema.ts';

/** Generate, review, publish and read drafts: officers (their region), analysts and admins (everything). */
export const BULLETIN_EDITORS: readonly Role[] = ['officer', 'analyst', 'admin'];

const TAGS = ['bulletins'];
const FILE = { type: 'string', format: 'binary' } as const;
const FILE_RESPONSE = {
  200: {
    description: 'The file (Content-Disposition: attachment).',
    content: { [XLSX_TYPE]: { schema: FILE }, [PDF_TYPE]: { schema: FILE } },
  },
  ...ERROR_RESPONSES,
} as const;
const STATUS = { type: 'string', enum: ['draft', 'reviewed', 'published'] } as const;

const listSchema = {
  summary: 'Bulletins of the caller’s region (drafts, reviewed, published), newest period first',
  tags: TAGS,
  querystring: querySchema({ status: STATUS, period: PERIOD_PARAM }),
  response: { 200: BULLETIN_LIST, ...ERROR_RESPONSES },
} as const;
const generateSchema = {
  summary: 'Generate a draft bulletin of a region for a month or quarter, computed now from the registry',
  description:
    'The region defaults to the caller’s and must lie inside it. The draft is reviewed by someone other than who generated it, then published.',
  tags: TAGS,
  querystring: querySchema({}),
  body: { type: 'object', additionalProperties: false, properties: { period: PERIOD_PARAM, region: REGION_PARAM }, required: ['period'] },
  response: { 201: BULLETIN, ...ERROR_RESPONSES },
} as const;
const actionSchema = (summary: string) =>
  ({
    summary,
    tags: TAGS,
    params: BULLETIN_ID_PARAMS,
    querystring: querySchema({}),
    body: { type: 'object', additionalProperties: false, properties: {} },
    response: { 200: BULLETIN, ...ERROR_RESPONSES },
  }) as const;
const oneSchema = (summary: string) =>
  ({
    summary,
    tags: TAGS,
    params: BULLETIN_ID_PARAMS,
    querystring: querySchema({}),
    response: { 200: BULLETIN, ...ERROR_RESPONSES },
  }) as const;
const discardSchema = {
  summary: 'Discard a draft or reviewed bulletin (a published one cannot be: 409)',
  tags: TAGS,
  params: BULLETIN_ID_PARAMS,
  querystring: querySchema({}),
  response: { 204: { type: 'null', description: 'Discarded.' }, ...ERROR_RESPONSES },
} as const;
const archiveSchema = {
  summary: 'The public archive: every published bulletin version (no sign-in)',
  tags: TAGS,
  querystring: querySchema({ region: REGION_PARAM, period: PERIOD_PARAM }),
  response: { 200: BULLETIN_LIST, ...ERROR_RESPONSES },
} as const;
const fileSchema = (summary: string) =>
  ({ summary, tags: TAGS, params: BULLETIN_ID_PARAMS, querystring: querySchema({}), response: FILE_RESPONSE }) as const;

export async function bulletinsRoutes(app: TypedApp): Promise<void> {
  const editors = { access: { roles: BULLETIN_EDITORS } };

  app.get('/bulletins', { schema: listSchema, config: editors }, async (request) => {
    const { status, period } = request.query;
    const items = await storeOf(app).bulletins.list({
      scope: dataScope(request),
      ...(status !== undefined ? { status } : {}),
      ...(period !== undefined ? { period } : {}),
    });
    return { items: items.map(summaryJson) };
  });
  app.post('/bulletins', { schema: generateSchema, config: editors }, async (request, reply) => {
    const { period, region } = request.body;
    const b = await storeOf(app).bulletins.generate(
      { scope: dataScope(request), period, ...(region !== undefined ? { regionPrefix: region } : {}) },
      { actor: actor(request) },
    );
    return reply.code(201).send(bulletinJson(b, request.lang));
  });
  app.get(
    '/bulletins/:id',
    { schema: oneSchema('One bulletin with its figures, in the response language'), config: editors },
    async (request) => bulletinJson(await storeOf(app).bulletins.get(request.params.id, { scope: dataScope(request) }), request.lang),
  );
  app.post(
    '/bulletins/:id/review',
    { schema: actionSchema('Mark a draft reviewed (not by who generated it: 409 XW_ERR_BULLETIN_REVIEWER)'), config: editors },
    async (request) =>
      bulletinJson(
        await storeOf(app).bulletins.review(request.params.id, { scope: dataScope(request), actor: actor(request) }),
        request.lang,
      ),
  );
  app.post(
    '/bulletins/:id/publish',
    { schema: actionSchema('Publish a reviewed bulletin as the next immutable version of its region and period'), config: editors },
    async (request) =>
      bulletinJson(
        await storeOf(app).bulletins.publish(request.params.id, { scope: dataScope(request), actor: actor(request) }),
        request.lang,
      ),
  );
  app.delete('/bulletins/:id', { schema: discardSchema, config: editors }, async (request, reply) => {
    await storeOf(app).bulletins.discard(request.params.id, { scope: dataScope(request), actor: actor(request) });
    return reply.code(204).send();
  });
  app.get(
    '/bulletins/:id/pdf',
    { schema: fileSchema('A bulletin (draft or published) as a PDF'), config: editors },
    async (request, reply) => {
      const b = await storeOf(app).bulletins.get(request.params.id, { scope: dataScope(request) });
      reply.header('content-disposition', `attachment; filename="${bulletinFileName(b, 'pdf')}"`);
      return reply.type(PDF_TYPE).send(await bulletinPdf(b, request.lang));
    },
  );

  // Public: published versions only; a draft's id is "not found".
  app.get('/public/bulletins', { schema: archiveSchema }, async (request) => {
    const { region, period } = request.query;
    const items = await storeOf(app).bulletins.listPublished({
      ...(region !== undefined ? { regionPrefix: region } : {}),
      ...(period !== undefined ? { period } : {}),
    });
    return { items: items.map(summaryJson) };
  });
  app.get('/public/bulletins/:id', { schema: oneSchema('A published bulletin (no sign-in), in the response language') }, async (request) =>
    bulletinJson(await storeOf(app).bulletins.getPublished(request.params.id), request.lang),
  );
  app.get('/public/bulletins/:id/pdf', { schema: fileSchema('A published bulletin as a PDF (no sign-in)') }, async (request, reply) => {
    const b = await storeOf(app).bulletins.getPublished(request.params.id);
    reply.header('content-disposition', `attachment; filename="${bulletinFileName(b, 'pdf')}"`);
    return reply.type(PDF_TYPE).send(await bulletinPdf(b, request.lang));
  });
  app.get(
    '/public/bulletins/:id/xlsx',
    { schema: fileSchema('A published bulletin as an Excel workbook (no sign-in)') },
    async (request, reply) => {
      const b = await storeOf(app).bulletins.getPublished(request.params.id);
      reply.header('content-disposition', `attachment; filename="${bulletinFileName(b, 'xlsx')}"`);
      return reply.type(XLSX_TYPE).send(await bulletinXlsx(b, request.lang));
    },
  );
}
