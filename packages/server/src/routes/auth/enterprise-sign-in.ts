/**
 * POST /api/v1/auth/enterprise-login and /api/v1/auth/enterprise-activate: an enterprise signs in with its
 * unified social credit code (GB 32100-2015) — the account is a user of role `enterprise` named by the code,
 * scoped to its one enterprise — after activating it with the code an officer issued. The sign-in limiter of
 * `/auth/login` is shared: the credit code counts as the user name, failures of either route add up.
 */
import { readCreditCode } from '@xiaowei/policy/identifiers';
import type { LoginLimiter } from '../../auth/login-limiter.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { AppError } from '../../errors/app-error.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { storeOf } from '../enterprises/registry-context.ts';
import { enterpriseActivateSchema, enterpriseLoginSchema } from './enterprise-sign-in.schema.ts';
import { SESSION_OUT, startSession } from './index.ts';

/** The code in its stored form, or XW_ERR_VALIDATION at `credit_code` saying what is wrong with it. */
function creditCodeOrThrow(typed: string): string {
  const reading = readCreditCode(typed);
  if (!reading.ok) throw AppError.validation([{ path: '/credit_code', field: 'credit_code', message: reading.problem.message }]);
  return reading.code;
}

function blockedOrThrow(limiter: LoginLimiter, key: string, ip: string): void {
  const block = limiter.blocked(key, ip);
  if (block !== undefined)
    throw new AppError('XW_ERR_LOGIN_LIMITED', { after: block.seconds }, [], { 'retry-after': String(block.seconds) });
}

export async function enterpriseSignInRoutes(app: TypedApp, limiter: LoginLimiter): Promise<void> {
  // Unknown codes are checked against this hash too, so the time taken does not tell whether an account exists.
  let dummy: Promise<string> | undefined;

  app.post('/auth/enterprise-login', { schema: enterpriseLoginSchema(SESSION_OUT), config: { csrf: false } }, async (request, reply) => {
    const { credit_code, password } = request.body;
    const code = creditCodeOrThrow(credit_code);
    blockedOrThrow(limiter, code, request.ip);
    const user = await storeOf(app).enterpriseAccounts.findByCreditCode(code);
    dummy ??= hashPassword('xiaowei-no-such-enterprise');
    let ok = false;
    if (user !== undefined) ok = await verifyPassword(user.passwordHash, password);
    else await verifyPassword(await dummy, password);
    if (user === undefined || !ok || user.disabled) {
      limiter.fail(code, request.ip);
      throw new AppError('XW_ERR_BAD_ENTERPRISE_CREDENTIALS');
    }
    limiter.succeed(code, request.ip);
    return startSession(app, request, reply, user);
  });

  app.post(
    '/auth/enterprise-activate',
    { schema: enterpriseActivateSchema(SESSION_OUT), config: { csrf: false } },
    async (request, reply) => {
      const body = request.body;
      const code = creditCodeOrThrow(body.credit_code);
      blockedOrThrow(limiter, code, request.ip);
      const passwordHash = await hashPassword(body.password);
      try {
        const user = await storeOf(app).enterpriseAccounts.activate({
          creditCode: code,
          code: body.activation_code,
          passwordHash,
          ...(body.locale ? { locale: body.locale } : {}),
        });
        limiter.succeed(code, request.ip);
        return await startSession(app, request, reply, user);
      } catch (e) {
        // A refused code counts like a wrong password: guessing codes is limited as guessing passwords is.
        if ((e as { details?: { activation?: unknown } }).details?.activation !== undefined) limiter.fail(code, request.ip);
        throw e;
      }
    },
  );
}
