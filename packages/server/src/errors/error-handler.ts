import { FormulaError, interpolate, type Labels, ParameterNotFoundError, PeriodError, UnknownVariableError } from '@xiaowei/engine';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from '../http/json.ts';
import { AppError, errorBody, type Problem } from './app-error.ts';
import { ERRORS } from './catalogue.ts';
import { fromAppError } from './from-app-error.ts';
import { type SchemaError, schemaProblem } from './schema-problems.ts';

/** At most this many problems are sent back (the count in the message is the full count). */
const MAX_PROBLEMS = 1000;

interface MaybeFastifyError extends Error {
  code?: string;
  statusCode?: number;
  validation?: SchemaError[];
  validationContext?: string;
}

/**
 * Any error thrown while handling a request, as a catalogued {@link AppError}: schema failures
 * become XW_ERR_VALIDATION with every problem in every language; Fastify's own client errors (body
 * too large, bad media type, bad URL) their codes; the use cases' errors (@xiaowei/app) their codes with
 * every problem placed in the body; engine period errors XW_ERR_PERIOD. Anything
 * else is a bug: XW_ERR_INTERNAL (500), logged with its stack.
 */
export function toAppError(error: unknown, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  const fromApp = fromAppError(error);
  if (fromApp instanceof AppError) return fromApp;
  const e = error as MaybeFastifyError;
  if (Array.isArray(e?.validation)) {
    const rows = request.routeOptions.config?.rows;
    const problems: Problem[] = e.validation.map((v) => schemaProblem(v, e.validationContext ?? 'body', rows));
    return AppError.validation(problems);
  }
  if (e instanceof PeriodError) return new AppError('XW_ERR_PERIOD', { period: e.period, detail: e.labels ?? e.message });
  if (e instanceof ParameterNotFoundError) return new AppError('XW_ERR_PERIOD', { period: e.instant, detail: e.labels ?? e.message });
  if (e instanceof FormulaError) {
    const message = { 'zh-CN': e.message, ko: e.message, en: e.message };
    return new AppError('XW_ERR_CANNOT_COMPUTE', { count: 1 }, [{ path: '', field: e.variable, message }]);
  }
  if (e instanceof UnknownVariableError) return new AppError('XW_ERR_UNKNOWN_VARIABLE', { name: e.variable, entity: '', closest: '' });
  const store = storeError(e);
  if (store) return store;
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('XW_ERR_PAYLOAD_TOO_LARGE', { limit: request.routeOptions.bodyLimit ?? '' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('XW_ERR_UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '').slice(0, 100) });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('XW_ERR_EMPTY_BODY');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('XW_ERR_MALFORMED_JSON', { detail: e.message.slice(0, 200) });
  }
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    if (e.statusCode === 413) return new AppError('XW_ERR_PAYLOAD_TOO_LARGE', { limit: request.routeOptions.bodyLimit ?? '' });
    if (e.statusCode === 415) return new AppError('XW_ERR_UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '') });
    if (e.statusCode === 404) return new AppError('XW_ERR_NOT_FOUND', { what: request.url.slice(0, 200) });
    return new AppError('XW_ERR_BAD_REQUEST', { detail: String(e.message).slice(0, 200) });
  }
  return new AppError('XW_ERR_INTERNAL', { id: request.id });
}

/** Store fields (camelCase, fen) → API fields (snake_case, yuan), for the store's validation errors. */
const API_FIELDS: Readonly<Record<string, string>> = {
  regionCode: 'region_code',
  registeredCapitalFen: 'registered_capital',
  revenueFen: 'revenue',
  totalAssetsFen: 'total_assets',
  taxableIncomeFen: 'taxable_income',
  totalProfitFen: 'total_profit',
  restrictedIndustry: 'restricted_industry',
  regionPrefix: 'region',
  industryGroup: 'industry_group',
  sizeClass: 'size_class',
  creditCode: 'credit_code',
  proposedValue: 'proposed_value',
  enterpriseIds: 'enterprise_ids',
};

/** A `@xiaowei/store` error (recognised by its code, so the engine-only service loads no database code). */
function storeError(e: MaybeFastifyError & { field?: string; messages?: Labels; details?: Record<string, unknown> }): AppError | undefined {
  switch (e?.code) {
    case 'XW_STORE_NOT_FOUND':
      return new AppError('XW_ERR_NOT_FOUND', { what: String(e.details?.id ?? '').slice(0, 200) });
    case 'XW_STORE_CONFLICT':
      if (e.details?.reason === 'id_taken') {
        const id = String(e.details.id ?? '').slice(0, 200);
        const message = interpolate(ERRORS.XW_ERR_ID_TAKEN.message, { id });
        return new AppError('XW_ERR_ID_TAKEN', { id }, [{ path: '/id', field: 'id', message }]);
      }
      if (e.details?.reason === 'credit_code_taken') {
        const code = String(e.details.creditCode ?? '').slice(0, 64);
        const message = interpolate(ERRORS.XW_ERR_CREDIT_CODE_TAKEN.message, { code });
        return new AppError('XW_ERR_CREDIT_CODE_TAKEN', { code }, [{ path: '/credit_code', field: 'credit_code', message }]);
      }
      if (e.details?.reason === 'decided') return new AppError('XW_ERR_CORRECTION_DECIDED');
      if ((e.details?.reason === 'transition' || e.details?.reason === 'changed') && e.details.messages !== undefined)
        return new AppError('XW_ERR_APPLICATION_STATE', { detail: e.details.messages });
      if (['replied', 'not_replied', 'rated'].includes(String(e.details?.reason)) && e.details?.messages !== undefined)
        return new AppError('XW_ERR_COMPLAINT_STATE', { detail: e.details.messages });
      if (e.details?.reason === 'not_failed') return new AppError('XW_ERR_EMAIL_NOT_FAILED');
      if (e.details?.reason === 'bulletin_state')
        return new AppError('XW_ERR_BULLETIN_STATE', {
          id: String(e.details.id ?? '').slice(0, 64),
          status: String(e.details.status ?? ''),
          expected: String(e.details.expected ?? ''),
        });
      if (e.details?.reason === 'bulletin_same_reviewer') return new AppError('XW_ERR_BULLETIN_REVIEWER');
      if (e.details?.reason === 'project_published')
        return new AppError('XW_ERR_PROJECT_FROZEN', {
          id: String(e.details.id ?? '').slice(0, 200),
          tender: String(e.details.tenderId ?? '').slice(0, 200),
        });
      return new AppError('XW_ERR_CONFLICT', { detail: e.message.slice(0, 300) });
    case 'XW_STORE_READ_ONLY':
      return new AppError('XW_ERR_FORBIDDEN');
    case 'XW_STORE_INVALID': {
      if (e.details?.activation !== undefined && e.messages !== undefined)
        return new AppError('XW_ERR_ACTIVATION_REFUSED', { detail: e.messages }, [
          { path: '/activation_code', field: 'activation_code', message: e.messages },
        ]);
      const field = (e.field ?? '')
        .split('.')
        .map((part) => API_FIELDS[part] ?? part)
        .filter((part) => part !== 'filter')
        .join('.');
      const message = e.messages ?? { 'zh-CN': e.message, ko: e.message, en: e.message };
      return AppError.validation([{ path: `/${field.replace(/\./g, '/')}`, field, message }]);
    }
  }
  return undefined;
}

/** Sends `error` in the user's language, with its headers (Retry-After). */
export function sendError(error: AppError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const body = errorBody(error, request.lang, request.id);
  const limited = body.problems && body.problems.length > MAX_PROBLEMS ? { ...body, problems: body.problems.slice(0, MAX_PROBLEMS) } : body;
  for (const [k, v] of Object.entries(error.headers)) reply.header(k, v);
  // Written here (text is sent as is): the same body whatever response schemas the route declares.
  return reply.code(error.status).type('application/json; charset=utf-8').send(stringify(limited));
}

/** Installs the error and not-found handlers: every response of the service that is not a success is an `Error` body. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    if (appError.status >= 500) request.log.error({ err: error }, 'internal error');
    return sendError(appError, request, reply);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(new AppError('XW_ERR_NOT_FOUND', { what: request.url.split('?')[0].slice(0, 200) }), request, reply),
  );
}
