/**
 * Enterprise accounts, the officer's side (issue 13 §1): issue activation codes for enterprises of the region,
 * turn them into the file handed out, see which enterprises have an account. The enterprise's side (activate,
 * sign in) is in `routes/auth/enterprise-sign-in.ts`.
 */
import { AppError } from '../../errors/app-error.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, dataScope, storeOf } from '../enterprises/registry-context.ts';
import { sendCodesFile } from './codes-file.ts';
import { accountStatusSchema, CODES_FORMAT_PARAM, codesFileSchema, issueCodesSchema } from './enterprise-accounts.schema.ts';

const OFFICERS = { access: { roles: ['admin', 'officer'] } } as const;

/** POST /api/v1/enterprise-accounts/codes, POST …/codes/file, GET /api/v1/enterprise-accounts/status */
export async function enterpriseAccountsRoutes(app: TypedApp): Promise<void> {
  app.post('/enterprise-accounts/codes', { schema: issueCodesSchema, config: OFFICERS }, async (request, reply) => {
    const body = request.body;
    const target =
      body.enterprise_ids !== undefined
        ? { enterpriseIds: body.enterprise_ids }
        : { withoutAccount: body.without_account?.region ? { regionPrefix: body.without_account.region } : {} };
    const codes = await storeOf(app).enterpriseAccounts.issueCodes(target, {
      actor: actor(request),
      scope: dataScope(request),
      ...(body.days !== undefined ? { days: body.days } : {}),
    });
    reply.header('cache-control', 'no-store');
    return reply.code(201).send({
      codes: codes.map((c) => ({
        enterprise_id: c.enterpriseId,
        credit_code: c.creditCode,
        name: c.name,
        region_code: c.regionCode,
        code: c.code,
        expires_at: c.expiresAt,
        replaced: c.replaced,
      })),
    });
  });

  app.post('/enterprise-accounts/codes/file', { schema: codesFileSchema, config: OFFICERS }, async (request, reply) => {
    const { codes } = request.body;
    reply.header('cache-control', 'no-store');
    return sendCodesFile(reply, codes, request.query.format ?? CODES_FORMAT_PARAM.default, request.lang);
  });

  app.get('/enterprise-accounts/status', { schema: accountStatusSchema, config: OFFICERS }, async (request) => {
    const ids = request.query.ids
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (ids.length > 1000) throw AppError.validation([{ path: '/query/ids', field: 'ids', message: TOO_MANY }]);
    const items = await storeOf(app).enterpriseAccounts.status(ids, { scope: dataScope(request) });
    return {
      items: items.map((s) => ({
        enterprise_id: s.enterpriseId,
        has_account: s.hasAccount,
        activated_at: s.activatedAt,
        open_code_expires_at: s.openCodeExpiresAt,
      })),
    };
  });
}

const TOO_MANY = {
  'zh-CN': '一次最多查询 1,000 家企业',
  ko: '한 번에 최대 1,000개 기업까지 조회할 수 있습니다',
  en: 'at most 1,000 enterprises at a time',
};
