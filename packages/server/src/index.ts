/** @xiaowei/server — the Xiaowei web service (Fastify): `buildApp` for tests and embedding, `main.ts` to run it. */
export { type Authenticate, type BuildOptions, buildApp } from './app.ts';
export { LoginLimiter } from './auth/login-limiter.ts';
export { hashPassword, randomPassword, verifyPassword } from './auth/passwords.ts';
export { CSRF_HEADER, devAuthentication, type RequestAuth, SESSION_COOKIE, sessionAuthentication } from './auth/session-auth.ts';
export { configFromEnv, DEFAULT_CONFIG, type ServerConfig } from './config.ts';
export {
  type Access,
  type DataScope,
  PUBLIC_SCOPE,
  ROLES,
  type Role,
  type Scope,
  type ScopeUser,
  scopeOfUser,
  type UserRecord,
  userScope,
} from './context/scope.ts';
export { EngineService } from './engine/engine-service.ts';
export { AppError, type Problem } from './errors/app-error.ts';
export { ERROR_CODES, ERRORS, type ErrorCode } from './errors/catalogue.ts';
export { stringify, Yuan } from './http/json.ts';
export { defaultBackoffMs, EmailSender, type EmailSenderOptions, type SendRound } from './notifications/email-sender.ts';
export { createMailTransport, type MailConfig, mailConfigFromEnv } from './notifications/mail-config.ts';
export { serveWeb, WEB_DIST } from './web/serve-web.ts';
