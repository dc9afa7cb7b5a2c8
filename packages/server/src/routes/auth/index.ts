import type { User } from '@xiaowei/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LoginLimiter } from '../../auth/login-limiter.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { clearSessionCookie, newToken, setSessionCookie } from '../../auth/session-auth.ts';
import { ROLES, scopeOfUser } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, ref } from '../../http/schemas.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { storeOf } from '../enterprises/registry-context.ts';
import { querySchema } from '../query.ts';
import { userJson } from '../users/user-json.ts';
import { enterpriseSignInRoutes } from './enterprise-sign-in.ts';

const SCOPE_OUT: JsonSchema = {
  type: ['object', 'null'],
  description:
    'The data the user may see: `{ all: true }`, `{ region_prefix }`, `{ enterprise_id }`, `{ budget_unit_id }` or `{ bank_id }`; null: none.',
  properties: {
    all: { type: 'boolean' },
    region_prefix: { type: 'string' },
    enterprise_id: { type: 'string' },
    budget_unit_id: { type: 'string' },
    bank_id: { type: 'string' },
  },
};

export const SESSION_OUT: JsonSchema = {
  type: 'object',
  properties: {
    user: ref('User'),
    scope: SCOPE_OUT,
    auth: { type: 'string', enum: ['session', 'token', 'dev'], description: 'How this request was signed in.' },
    csrf_token: { type: ['string', 'null'], description: 'Send it back in `x-csrf-token` on every POST/PUT/DELETE (sessions only).' },
    expires_at: { type: ['string', 'null'] },
  },
  required: ['user', 'scope', 'auth'],
};

const loginSchema = {
  summary: 'Sign in: a session cookie and the CSRF token',
  description:
    'Checks the user name and password (argon2id). Success sets the `xw_session` cookie (HttpOnly, SameSite=Lax, Secure over HTTPS) and returns the user and the `csrf_token` to send in `x-csrf-token` on every state-changing request. A wrong name or password gives the same XW_ERR_BAD_CREDENTIALS; Failed sign-ins are limited within 15 minutes per user name and client IP (5), per user name from any address (20), per address (50) and overall (1,000): beyond a limit, XW_ERR_LOGIN_LIMITED (429, Retry-After) until its window ends, even with the right password.',
  tags: ['auth'],
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { username: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 1024 } },
    required: ['username', 'password'],
  },
  response: { 200: SESSION_OUT, ...ERROR_RESPONSES },
} as const;

const meSchema = {
  summary: 'Who is signed in: user, role, region scope, display name, locale',
  tags: ['auth'],
  querystring: querySchema({}),
  response: { 200: SESSION_OUT, ...ERROR_RESPONSES },
} as const;

const csrfSchema = {
  summary: 'The CSRF token of the current session',
  description: 'For a page loaded after sign-in: the token to send in `x-csrf-token`. Null when signed in by an API token.',
  tags: ['auth'],
  querystring: querySchema({}),
  response: {
    200: { type: 'object', properties: { csrf_token: { type: ['string', 'null'] } }, required: ['csrf_token'] },
    ...ERROR_RESPONSES,
  },
} as const;

const logoutSchema = {
  summary: 'Sign out: ends the session and removes the cookie',
  description: 'Needs `x-csrf-token` like every state-changing request of a session. Without a session it only clears the cookie.',
  tags: ['auth'],
  querystring: querySchema({}),
  response: { 204: { type: 'null', description: 'Signed out.' }, ...ERROR_RESPONSES },
} as const;

/** The data scope in API terms. */
function scopeJson(request: FastifyRequest): Record<string, unknown> | null {
  const d = request.scope.data;
  if (d === null) return null;
  if ('all' in d) return { all: true };
  if ('regionPrefix' in d) return { region_prefix: d.regionPrefix };
  if ('budgetUnitId' in d) return { budget_unit_id: d.budgetUnitId };
  if ('bankId' in d) return { bank_id: d.bankId };
  return { enterprise_id: d.enterpriseId };
}

/** Opens a session for `user` who has just proved who it is: cookie, CSRF token, the session body. */
export async function startSession(app: TypedApp, request: FastifyRequest, reply: FastifyReply, user: User) {
  const token = newToken();
  const csrf = newToken();
  const expiresAt = new Date(Date.now() + app.serverConfig.sessionTtlMs);
  await storeOf(app).sessions.create({ token, userId: user.id, csrfSecret: csrf, expiresAt }, { actor: user.id });
  setSessionCookie(request, reply, token, expiresAt);
  request.scope = scopeOfUser(user);
  return { user: userJson(user), scope: scopeJson(request), auth: 'session', csrf_token: csrf, expires_at: expiresAt.toISOString() };
}

/** POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me, GET /api/v1/auth/csrf */
export async function authRoutes(app: TypedApp): Promise<void> {
  const config = app.serverConfig;
  const limiter = new LoginLimiter({
    perPair: config.loginMaxFailures,
    perAccount: config.loginMaxFailuresPerAccount,
    perAddress: config.loginMaxFailuresPerAddress,
    overall: config.loginMaxFailuresOverall,
    windowMs: config.loginWindowMs,
  });
  // Unknown users are checked against this hash too, so the time taken does not tell whether a name exists.
  let dummy: Promise<string> | undefined;
  const signedIn = { access: { roles: ROLES } };

  app.post('/auth/login', { schema: loginSchema, config: { csrf: false } }, async (request, reply) => {
    const store = storeOf(app);
    const { username, password } = request.body;
    const ip = request.ip;
    const block = limiter.blocked(username, ip);
    if (block !== undefined)
      throw new AppError('XW_ERR_LOGIN_LIMITED', { after: block.seconds }, [], { 'retry-after': String(block.seconds) });
    const user = await store.users.findByUsername(username.trim());
    dummy ??= hashPassword('xiaowei-no-such-user');
    let ok = false;
    if (user !== undefined) ok = await verifyPassword(user.passwordHash, password);
    else await verifyPassword(await dummy, password);
    if (user === undefined || !ok || user.disabled) {
      limiter.fail(username, ip);
      throw new AppError('XW_ERR_BAD_CREDENTIALS');
    }
    limiter.succeed(username, ip);
    return startSession(app, request, reply, user);
  });

  // Enterprises sign in by credit code under the same limits (one limiter: failures of either count).
  await enterpriseSignInRoutes(app, limiter);

  app.post('/auth/logout', { schema: logoutSchema }, async (request, reply) => {
    const store = storeOf(app);
    if (request.auth?.method === 'session' && request.auth.sessionToken !== undefined && request.scope.user !== null) {
      await store.sessions.delete(request.auth.sessionToken, { actor: request.scope.user.id });
    }
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  app.get('/auth/me', { schema: meSchema, config: signedIn }, async (request) => {
    const store = storeOf(app);
    const user = request.scope.user === null ? undefined : await store.users.get(request.scope.user.id);
    if (user === undefined) throw new AppError('XW_ERR_UNAUTHENTICATED');
    return {
      user: userJson(user),
      scope: scopeJson(request),
      auth: request.auth?.method ?? 'dev',
      csrf_token: request.auth?.csrfToken ?? null,
      expires_at: request.auth?.expiresAt ?? null,
    };
  });

  app.get('/auth/csrf', { schema: csrfSchema, config: signedIn }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { csrf_token: request.auth?.csrfToken ?? null };
  });
}
