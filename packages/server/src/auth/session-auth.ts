import { randomBytes, timingSafeEqual } from 'node:crypto';
import { fastifyCookie } from '@fastify/cookie';
import type { Store } from '@xiaowei/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticate } from '../app.ts';
import { type Scope, scopeOfUser } from '../context/scope.ts';
import { AppError } from '../errors/app-error.ts';

/**
 * Sign-in for people (a session cookie + a CSRF token) and for programs (an API token as
 * `Authorization: Bearer …`). Only SHA-256 hashes of session and API tokens are stored (the store
 * hashes them); the session row keeps the CSRF secret the client must send back in `x-csrf-token` on
 * every state-changing request that the cookie authenticates.
 */

/** The session cookie: HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS. */
export const SESSION_COOKIE = 'xw_session';
/** The header carrying the CSRF token on POST/PUT/PATCH/DELETE signed in by the cookie. */
export const CSRF_HEADER = 'x-csrf-token';

/** How the request was signed in (set by {@link sessionAuthentication}). */
export interface RequestAuth {
  readonly method: 'session' | 'token' | 'dev';
  /** The session cookie value (sessions only; for sign-out). */
  readonly sessionToken?: string;
  /** The session's CSRF token (sessions only). */
  readonly csrfToken?: string;
  readonly expiresAt?: string;
  /** The API token's id (tokens only). */
  readonly tokenId?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** How the user signed in; null: nobody. */
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig {
    /** false: no CSRF check (sign-in itself). */
    csrf?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A new random token (32 bytes, base64url): session cookies, CSRF secrets, API tokens. */
export const newToken = (prefix = ''): string => `${prefix}${randomBytes(32).toString('base64url')}`;

/** Whether two tokens are equal, in constant time. */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The bearer token of `Authorization`, or undefined. */
function bearer(request: FastifyRequest): string | undefined {
  const h = request.headers.authorization;
  if (typeof h !== 'string') return undefined;
  const m = /^Bearer\s+(\S{10,200})\s*$/i.exec(h);
  return m ? m[1] : undefined;
}

/** The session cookie's value, or undefined. */
export function sessionCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string' || !header.includes(SESSION_COOKIE)) return undefined;
  const value = fastifyCookie.parse(header)[SESSION_COOKIE];
  return value && value.length <= 200 ? value : undefined;
}

/** Whether the request came over HTTPS (directly, or by `X-Forwarded-Proto` when the proxy is trusted). */
const overHttps = (request: FastifyRequest) => request.protocol === 'https';

/** Sets the session cookie (HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS, expiring with the session). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.header(
    'set-cookie',
    fastifyCookie.serialize(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: overHttps(request),
      expires: expiresAt,
    }),
  );
}

/** Removes the session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header(
    'set-cookie',
    fastifyCookie.serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', secure: overHttps(request), maxAge: 0 }),
  );
}

/**
 * The `authenticate` of a service with accounts: `Authorization: Bearer <API token>` (no CSRF: a
 * browser never sends it by itself), else the session cookie; a state-changing request signed in by
 * the cookie needs the session's CSRF token in `x-csrf-token` (XW_ERR_CSRF otherwise). An unknown,
 * expired or revoked credential is nobody (401 on routes that need a user); a bearer token that is
 * not valid is never replaced by the cookie.
 */
export function sessionAuthentication(store: Store): Authenticate {
  const byToken = async (request: FastifyRequest, token: string): Promise<Scope | undefined> => {
    const found = await store.apiTokens.find(token);
    if (found === undefined) return undefined;
    request.auth = { method: 'token', tokenId: found.token.id };
    return scopeOfUser(found.user);
  };
  const bySession = async (request: FastifyRequest, cookie: string): Promise<Scope | undefined> => {
    const found = await store.sessions.find(cookie);
    if (found === undefined) return undefined;
    if (!SAFE_METHODS.has(request.method) && request.routeOptions.config?.csrf !== false) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, found.session.csrfSecret)) throw new AppError('XW_ERR_CSRF');
    }
    request.auth = { method: 'session', sessionToken: cookie, csrfToken: found.session.csrfSecret, expiresAt: found.session.expiresAt };
    return scopeOfUser(found.user);
  };
  // A request without credentials (every public call) is answered at once, without a promise to wait for.
  return (request) => {
    request.auth = null;
    const token = bearer(request);
    if (token !== undefined || request.headers.authorization !== undefined)
      return token === undefined ? undefined : byToken(request, token);
    const cookie = sessionCookie(request);
    return cookie === undefined ? undefined : bySession(request, cookie);
  };
}

/**
 * Development only: every request acts as `user` (XW_INSECURE_DEV_USER), unless it carries its own
 * session or token, which then counts.
 */
export function devAuthentication(scope: Scope, real: Authenticate): Authenticate {
  return async (request) => {
    const own = await real(request);
    if (own !== undefined) return own;
    request.auth = { method: 'dev' };
    return scope;
  };
}
