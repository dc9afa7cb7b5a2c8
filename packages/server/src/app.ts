import fastifyAjvCompiler from '@fastify/ajv-compiler';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { DEFAULT_LANG, type Lang } from '@xiaowei/engine';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { DEFAULT_CONFIG, type ServerConfig } from './config.ts';
import { resolveLang } from './context/lang.ts';
import { type Access, PUBLIC_SCOPE, type Scope } from './context/scope.ts';
import { EngineService } from './engine/engine-service.ts';
import { AppError } from './errors/app-error.ts';
import { registerErrorHandling, sendError } from './errors/error-handler.ts';
import type { RowsAt } from './errors/schema-problems.ts';
import { compileSerializer, type JsonSchema } from './http/json.ts';
import { registerJsonParser } from './http/json-parser.ts';
import { OneLinePerRequest, requestLoggerFactory } from './http/request-log.ts';
import { sharedSchemas } from './http/schemas.ts';
import { securityHeaders } from './http/security-headers.ts';
import { applicationsRoutes } from './routes/applications/index.ts';
import { auditRoutes } from './routes/audit/index.ts';
import { authRoutes } from './routes/auth/index.ts';
import { bulletinsRoutes } from './routes/bulletins/index.ts';
import { classifyRoutes } from './routes/classify/index.ts';
import { complaintsRoutes } from './routes/complaints/index.ts';
import { correctionsRoutes } from './routes/corrections/index.ts';
import { docsRoutes } from './routes/docs/index.ts';
import { enterpriseAccountsRoutes } from './routes/enterprise-accounts/index.ts';
import { enterprisesRoutes, REGISTRY_SCHEMAS } from './routes/enterprises/index.ts';
import { entitlementsRoutes } from './routes/entitlements/index.ts';
import { evaluateRoutes } from './routes/evaluate/index.ts';
import { exportsRoutes } from './routes/exports/index.ts';
import { FEED_BATCH, feedsRoutes } from './routes/feeds/index.ts';
import { healthRoutes } from './routes/health/index.ts';
import { IMPORT_JOB, importsRoutes } from './routes/imports/index.ts';
import { lendingRoutes } from './routes/lending/index.ts';
import { measuresRoutes } from './routes/measures/index.ts';
import { notificationsRoutes } from './routes/notifications/index.ts';
import { offersRoutes } from './routes/offers/index.ts';
import { PARAMETER_SCHEMAS, parametersRoutes } from './routes/parameters/index.ts';
import { procurementRoutes, tenderSchemas } from './routes/procurement/index.ts';
import { SCENARIO_SCHEMAS, scenariosRoutes } from './routes/scenarios/index.ts';
import { setAsideRoutes } from './routes/set-aside/index.ts';
import { statisticsRoutes } from './routes/statistics/index.ts';
import { TENDER_SCHEMAS, tendersRoutes } from './routes/tenders/index.ts';
import { tokensRoutes } from './routes/tokens/index.ts';
import { TRACE_NODE, traceRoutes } from './routes/trace/index.ts';
import { USER_SCHEMA, usersRoutes } from './routes/users/index.ts';
import type { ServiceStore } from './store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The policy engine: system, plan cache, record decoders. */
    readonly engine: EngineService;
    /** The database, or null when the service runs without one (engine routes only). */
    readonly store: ServiceStore | null;
    readonly serverConfig: ServerConfig;
  }
  interface FastifyRequest {
    /** The user's language: ?lang=, then Accept-Language, then zh-CN. */
    lang: Lang;
    /** Who is asking and what they may see (see context/scope.ts). */
    scope: Scope;
  }
  interface FastifyContextConfig {
    /** Who may call the route; default `public`. */
    access?: Access;
    /** Where the body's records are, for row numbers in validation problems. */
    rows?: RowsAt;
  }
}

/** Sets the scope of a request (the auth engineer's hook); undefined means nobody signed in. */
export type Authenticate = (request: FastifyRequest) => Scope | undefined | Promise<Scope | undefined>;

export interface BuildOptions {
  readonly config?: Partial<ServerConfig>;
  readonly store?: ServiceStore | null;
  /** Fastify's logger option, or a pino logger; default: no logging. */
  readonly logger?: FastifyServerOptions['logger'] | FastifyBaseLogger;
  /** An engine service to share (tests build one and reuse it); default: a new one on the policy's system. */
  readonly engine?: EngineService;
  /** Authentication: sets `request.scope`. Default: every request is {@link PUBLIC_SCOPE}. */
  readonly authenticate?: Authenticate;
}

/** The prefix of every API route (the OpenAPI document and its browser sit beside it, under /api). */
export const API_PREFIX = '/api/v1';

/** The response schema of statuses a route does not describe: no `type`, so `compileSerializer` writes it with `stringify`. */
const GENERIC_REPLY: JsonSchema = { $comment: 'xiaowei: any reply, written by the generic serializer' };

/** The route plugins of the API, registered under {@link API_PREFIX}. */
const API_ROUTES = [
  healthRoutes,
  classifyRoutes,
  evaluateRoutes,
  entitlementsRoutes,
  traceRoutes,
  procurementRoutes,
  measuresRoutes,
  parametersRoutes,
  enterprisesRoutes,
  importsRoutes,
  exportsRoutes,
  authRoutes,
  tokensRoutes,
  usersRoutes,
  auditRoutes,
  scenariosRoutes,
  offersRoutes,
  statisticsRoutes,
  tendersRoutes,
  setAsideRoutes,
  lendingRoutes,
  enterpriseAccountsRoutes,
  correctionsRoutes,
  feedsRoutes,
  applicationsRoutes,
  complaintsRoutes,
  notificationsRoutes,
  bulletinsRoutes,
];

const ajvOptions = { allErrors: true, removeAdditional: false as const, useDefaults: true, allowUnionTypes: true };

/**
 * The Xiaowei web service as a Fastify instance, without a socket: tests call `app.inject()`,
 * `main.ts` calls `listen`. Engine-facing routes work without a store; the registry routes need one.
 * @example
 * const app = await buildApp({ config: {} });
 * const res = await app.inject({ method: 'POST', url: '/api/v1/classify?period=2013', payload: { industry: 'C', employees: 50 } });
 */
export async function buildApp(opts: BuildOptions = {}): Promise<FastifyInstance> {
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...opts.config };
  const engine = opts.engine ?? new EngineService(undefined, config.planCacheSize);
  const ajvFactory = fastifyAjvCompiler();
  const logger = opts.logger ?? false;
  const app = Fastify({
    ...(typeof logger === 'object' && logger !== null && 'child' in logger ? { loggerInstance: logger as FastifyBaseLogger } : { logger }),
    // One line per request (http/request-log.ts) instead of Fastify's two; a request's child logger is
    // made only when something besides that line logs through it.
    logController: new OneLinePerRequest(),
    ...(logger === false ? {} : { childLoggerFactory: requestLoggerFactory }),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // A body parses to data, never to a prototype change.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // Errors before routing (a URL that does not decode): the same error body as everywhere else.
    frameworkErrors: (error, request, reply) => {
      request.lang = resolveLang(undefined, request.headers['accept-language']);
      void sendError(new AppError('XW_ERR_BAD_REQUEST', { detail: error.message.slice(0, 200) }), request, reply);
    },
    schemaController: {
      compilersFactory: {
        // Bodies are checked as sent (no type coercion: `true` is not an amount); query strings and
        // path parameters are text, coerced to the declared types. Every problem is reported at once.
        buildValidator(externalSchemas) {
          const body = ajvFactory(externalSchemas, { customOptions: { ...ajvOptions, coerceTypes: false } });
          const other = ajvFactory(externalSchemas, { customOptions: { ...ajvOptions, coerceTypes: 'array' } });
          return (route) => (route.httpPart === 'body' ? body(route) : other(route));
        },
      },
    },
  });

  app.decorate('engine', engine);
  app.decorate('store', opts.store ?? null);
  app.decorate('serverConfig', config);
  app.decorateRequest('lang', DEFAULT_LANG);
  app.decorateRequest('scope', null as unknown as Scope);
  app.decorateRequest('auth', null);

  const registry = new Map<string, JsonSchema>();
  for (const schema of [
    ...sharedSchemas(engine),
    TRACE_NODE,
    ...PARAMETER_SCHEMAS,
    ...tenderSchemas(engine),
    ...REGISTRY_SCHEMAS,
    IMPORT_JOB,
    FEED_BATCH,
    USER_SCHEMA,
    ...TENDER_SCHEMAS,
    ...SCENARIO_SCHEMAS,
  ]) {
    registry.set(schema.$id as string, schema);
    app.addSchema(schema);
  }
  // Each route's response schema compiles to its own serializer (http/json.ts): it writes only the declared
  // fields, in order, without inspecting each value's type. An app-wide reply serializer would take the
  // place of every one of them (Fastify prefers it to the route's), so there is none: a status a route does
  // not declare is written by the generic `stringify` through the `default` response added below.
  app.setSerializerCompiler(({ schema }) => compileSerializer(schema as JsonSchema, registry));
  registerJsonParser(app);
  registerErrorHandling(app);

  // One hook for every request: the language, the security headers (helmet's, computed once), the
  // scope (authentication) and the route's access check. Callback style: no promise when nothing waits.
  const authenticate = opts.authenticate;
  const security = await securityHeaders();
  const admit = (request: FastifyRequest, scope: Scope | undefined, done: (err?: Error) => void) => {
    request.scope = scope ?? PUBLIC_SCOPE;
    const access = request.routeOptions.config?.access ?? 'public';
    if (access !== 'public') {
      if (request.scope.user === null) return done(new AppError('XW_ERR_UNAUTHENTICATED'));
      if (!access.roles.includes(request.scope.user.role)) return done(new AppError('XW_ERR_FORBIDDEN'));
    }
    done();
  };
  app.addHook('onRequest', (request, reply, done) => {
    // Before validation: the query string as parsed, whatever the route's schema says.
    const query: unknown = request.query;
    const lang = typeof query === 'object' && query !== null && 'lang' in query ? query.lang : undefined;
    request.lang = resolveLang(lang, request.headers['accept-language']);
    reply.headers(security);
    reply.header('content-language', request.lang);
    if (authenticate === undefined) return admit(request, undefined, done);
    let scope: ReturnType<Authenticate>;
    try {
      scope = authenticate(request);
    } catch (e) {
      return done(e as Error);
    }
    if (scope instanceof Promise) scope.then((s) => admit(request, s, done), done);
    else admit(request, scope, done);
  });
  // A route with a body schema gets a clear error for a missing body, not "must be object".
  app.addHook('onRoute', (route) => {
    // Routes for signed-in users say so in the OpenAPI document.
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (access !== undefined && access !== 'public' && route.schema !== undefined) {
      route.schema = { ...route.schema, security: [{ session: [] }, { token: [] }] } as typeof route.schema;
    }
    // Any status without a schema of its own: the generic, Yuan-exact `stringify` (not Fastify's JSON.stringify).
    const response = (route.schema as { response?: Record<string, unknown> } | undefined)?.response;
    if (response?.default === undefined) {
      route.schema = { ...route.schema, response: { ...response, default: GENERIC_REPLY } } as typeof route.schema;
    }
    if (route.schema?.body === undefined) return;
    const check = (request: FastifyRequest, _reply: unknown, done: (err?: Error) => void) => {
      done(request.body === undefined || request.body === null ? new AppError('XW_ERR_EMPTY_BODY') : undefined);
    };
    const existing = route.preValidation;
    route.preValidation = existing === undefined ? [check] : [check, ...(Array.isArray(existing) ? existing : [existing])];
  });

  await app.register(rateLimit, {
    global: config.rateLimit !== false,
    max: config.rateLimit === false ? 1_000_000 : config.rateLimit.max,
    timeWindow: config.rateLimit === false ? 60_000 : config.rateLimit.timeWindowMs,
    errorResponseBuilder: (_request, context) =>
      new AppError('XW_ERR_RATE_LIMITED', { after: Math.max(1, Math.ceil(context.ttl / 1000)) }, [], {
        'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))),
      }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Xiaowei (小微) API',
        version: engine.version.policy_version,
        description:
          'Guofa [2012] No. 14 (国发〔2012〕14号) as a service: size classes, any variable of the encoded policy, entitlements with why-not and what-would-change, traces to the clause, procurement price deductions, the measure catalogue and the dated parameters. Money is yuan, exact to the fen. Messages come in zh-CN (default), ko and en (`?lang=` or Accept-Language). Errors have stable codes (docs/errors.md).',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'xw_session',
            description:
              'Set by POST /api/v1/auth/login. State-changing requests also need the `x-csrf-token` header (the login response’s `csrf_token`).',
          },
          token: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/v1/tokens (no CSRF token needed).' },
        },
      },
      tags: [
        { name: 'engine', description: 'Evaluate the encoded policy on your figures (no data is stored).' },
        { name: 'policy', description: 'The measure catalogue and the dated parameters.' },
        { name: 'registry', description: 'The enterprise registry (needs a signed-in user).' },
        { name: 'auth', description: 'Sign-in (session cookie + CSRF token) and API tokens (Authorization: Bearer).' },
        { name: 'users', description: 'User accounts and roles.' },
        { name: 'audit', description: 'The audit log of every change.' },
        {
          name: 'bulletins',
          description: 'Monthly and quarterly statistics bulletins (item 29): drafts, review, published versions, public archive.',
        },
        { name: 'simulation', description: 'What-if scenarios of the law and their runs over the registry (analysts, officers).' },
        {
          name: 'procurement',
          description: 'Tenders of budget units: bids with SME declarations, evaluation, publication, reports (item 05).',
        },
        {
          name: 'lending',
          description: 'Banks’ quarterly small/micro lending reports, the regional dashboard, loan fee checks (items 07, 11).',
        },
        {
          name: 'set-aside',
          description:
            'Budget units, their projects and the procurement set-aside: status, explanation, regional reports and published versions (item 05).',
        },
        {
          name: 'applications',
          description:
            'Applications for the measures that need a request (items 03, 06, 12, 25, 26, 28): forms, attachments, review with deadlines in working days.',
        },
        {
          name: 'complaints',
          description: 'Complaints about fees (item 06) and banks (item 11): routed to departments, replied, rated, counted.',
        },
        { name: 'notifications', description: 'Each user’s inbox, e-mail preferences and the e-mail delivery outbox (issue 14 §3).' },
        { name: 'service', description: 'Health and documents.' },
      ],
    },
    // A route's `docBody` documents a body Fastify does not parse as JSON (multipart uploads).
    // The generic `default` response added for serialization (above) is no part of the API's description.
    transform: ({ schema, url }) => {
      const { docBody, ...rest } = (schema ?? {}) as Record<string, unknown>;
      const { default: generic, ...declared } = (rest.response ?? {}) as Record<string, JsonSchema>;
      if (generic !== undefined && generic.$comment === GENERIC_REPLY.$comment) {
        if (Object.keys(declared).length > 0) rest.response = declared;
        else delete rest.response;
      }
      return { schema: (docBody === undefined ? rest : { ...rest, body: docBody }) as typeof schema, url };
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  if (config.docs) {
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list', deepLinking: true } });
  }

  await app.register(docsRoutes);
  // Every route of the API under one prefix: a route file names its path after it ('/tenders/:id').
  await app.register(
    async (api) => {
      for (const routes of API_ROUTES) await api.register(routes);
    },
    { prefix: API_PREFIX },
  );
  return app;
}
