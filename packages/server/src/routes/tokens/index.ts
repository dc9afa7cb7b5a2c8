import type { ApiToken } from '@xiaowei/store';
import type { FastifyRequest } from 'fastify';
import { newToken } from '../../auth/session-auth.ts';
import { ROLES } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, listResponses } from '../../http/schemas.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, storeOf } from '../enterprises/registry-context.ts';
import { querySchema } from '../query.ts';

const TOKEN_OUT: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    user_id: { type: 'string' },
    name: { type: 'string' },
    created_at: { type: 'string' },
    last_used_at: { type: ['string', 'null'] },
    revoked_at: { type: ['string', 'null'] },
  },
  required: ['id', 'user_id', 'name', 'created_at'],
};

const tokenJson = (t: ApiToken) => ({
  id: t.id,
  user_id: t.userId,
  name: t.name,
  created_at: t.createdAt,
  last_used_at: t.lastUsedAt,
  revoked_at: t.revokedAt,
});

const USER_ID = { type: 'string', minLength: 1, maxLength: 100, description: 'Another user (administrators only).' } as const;

const createSchema = {
  summary: 'Create an API token (shown once)',
  description:
    'For integrators, banks and budget units: send it as `Authorization: Bearer <token>` (no cookie, no CSRF token). Only its SHA-256 is stored: the `token` of this response is the only copy. A user creates its own; an administrator may create one for another user (`user_id`). Only a signed-in session creates tokens: an API token asking is 403 `XW_ERR_TOKEN_CANNOT_MINT`.',
  tags: ['auth'],
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { name: { type: 'string', minLength: 1, maxLength: 100 }, user_id: USER_ID },
    required: ['name'],
  },
  response: {
    201: {
      ...TOKEN_OUT,
      properties: { ...TOKEN_OUT.properties, token: { type: 'string' } },
      required: [...(TOKEN_OUT.required as string[]), 'token'],
    },
    ...ERROR_RESPONSES,
  },
} as const;

const listSchema = {
  summary: 'The API tokens of a user (never the tokens themselves)',
  tags: ['auth'],
  querystring: querySchema({ user_id: USER_ID }),
  response: listResponses(TOKEN_OUT),
} as const;

const revokeSchema = {
  summary: 'Revoke an API token',
  tags: ['auth'],
  params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 100 } }, required: ['id'] },
  querystring: querySchema({}),
  response: { 204: { type: 'null', description: 'Revoked.' }, ...ERROR_RESPONSES },
} as const;

/** The user a token call is about: oneself, or (administrators) anyone. */
function subject(request: FastifyRequest, userId: string | undefined): string {
  const self = actor(request);
  if (userId === undefined || userId === self) return self;
  if (request.scope.user?.role !== 'admin') throw new AppError('XW_ERR_FORBIDDEN');
  return userId;
}

/** POST/GET /api/v1/tokens, DELETE /api/v1/tokens/{id} */
export async function tokensRoutes(app: TypedApp): Promise<void> {
  const config = { access: { roles: ROLES } };

  app.post('/tokens', { schema: createSchema, config }, async (request, reply) => {
    const store = storeOf(app);
    // A token minting tokens would let a leaked token outlive its own revocation: only a signed-in person creates them.
    if (request.auth?.method === 'token') throw new AppError('XW_ERR_TOKEN_CANNOT_MINT');
    const body = request.body;
    const userId = subject(request, body.user_id);
    if ((await store.users.get(userId)) === undefined) throw new AppError('XW_ERR_NOT_FOUND', { what: userId.slice(0, 100) });
    const token = newToken('xw_');
    const created = await store.apiTokens.create({ token, userId, name: body.name.trim() || body.name }, { actor: actor(request) });
    reply.header('cache-control', 'no-store');
    return reply.code(201).send({ ...tokenJson(created), token });
  });

  app.get('/tokens', { schema: listSchema, config }, async (request) => {
    const store = storeOf(app);
    const userId = subject(request, request.query.user_id);
    return { items: (await store.apiTokens.list(userId)).map(tokenJson) };
  });

  app.delete('/tokens/:id', { schema: revokeSchema, config }, async (request, reply) => {
    const store = storeOf(app);
    const { id } = request.params;
    const self = actor(request);
    if (request.scope.user?.role !== 'admin' && !(await store.apiTokens.list(self)).some((t) => t.id === id)) {
      throw new AppError('XW_ERR_NOT_FOUND', { what: id.slice(0, 100) });
    }
    await store.apiTokens.revoke(id, { actor: self });
    return reply.code(204).send();
  });
}
