import type { Department, Role, UserPatch } from '@xiaowei/store';
import { hashPassword } from '../../auth/passwords.ts';
import { DEPARTMENTS, ROLES } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';
import { ERROR_RESPONSES, listResponses, NEXT_CURSOR, ref } from '../../http/schemas.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, storeOf } from '../enterprises/registry-context.ts';
import { querySchema } from '../query.ts';
import { USER_SCHEMA, userJson } from './user-json.ts';

const PASSWORD = {
  type: 'string',
  minLength: 10,
  maxLength: 1024,
  description: 'At least 10 characters; stored as an argon2id hash.',
} as const;
const NULLABLE_ID = { type: ['string', 'null'], maxLength: 100 } as const;
const FIELDS = {
  role: { type: 'string', enum: [...ROLES] },
  display_name: { type: 'string', minLength: 1, maxLength: 200 },
  locale: { type: 'string', enum: ['zh-CN', 'ko', 'en'] },
  region_prefix: { type: ['string', 'null'], pattern: '^(\\d{2}|\\d{4}|\\d{6})$', description: 'Officers: 2, 4 or 6 digits.' },
  enterprise_id: NULLABLE_ID,
  budget_unit_id: NULLABLE_ID,
  bank_id: NULLABLE_ID,
  department: {
    type: ['string', 'null'],
    enum: [...DEPARTMENTS, null],
    description: 'Department users (required for role department): the department, scoped by region_prefix.',
  },
  disabled: { type: 'boolean' },
  password: PASSWORD,
} as const;

const listSchema = {
  summary: 'Users (administrators: all; officers: those of their region)',
  tags: ['users'],
  querystring: querySchema({
    role: { type: 'string', enum: [...ROLES] },
    region: { type: 'string', pattern: '^\\d{1,6}$' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
    cursor: { type: 'string', maxLength: 1000 },
  }),
  response: listResponses(ref('User'), { next_cursor: NEXT_CURSOR }),
} as const;

const createSchema = {
  summary: 'Create a user (administrators)',
  tags: ['users'],
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { username: { type: 'string', minLength: 2, maxLength: 64 }, ...FIELDS },
    required: ['username', 'role', 'display_name', 'password'],
  },
  response: { 201: ref('User'), ...ERROR_RESPONSES },
} as const;

const updateSchema = {
  summary: 'Change a user: role, scope, names, locale, disabled, password (administrators)',
  description: 'A new password or disabling the user ends all their sessions. Audited (never the password hash).',
  tags: ['users'],
  params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 100 } }, required: ['id'] },
  querystring: querySchema({}),
  body: { type: 'object', additionalProperties: false, properties: FIELDS, minProperties: 1 },
  response: { 200: ref('User'), ...ERROR_RESPONSES },
} as const;

type UserBody = {
  username?: string;
  role?: Role;
  display_name?: string;
  locale?: string;
  region_prefix?: string | null;
  enterprise_id?: string | null;
  budget_unit_id?: string | null;
  bank_id?: string | null;
  department?: Department | null;
  disabled?: boolean;
  password?: string;
};

const patchOf = (b: UserBody): UserPatch =>
  Object.fromEntries(
    Object.entries({
      role: b.role,
      displayName: b.display_name,
      locale: b.locale,
      regionPrefix: b.region_prefix,
      enterpriseId: b.enterprise_id,
      budgetUnitId: b.budget_unit_id,
      bankId: b.bank_id,
      department: b.department,
      disabled: b.disabled,
    }).filter(([, v]) => v !== undefined),
  ) as UserPatch;

export { USER_SCHEMA };

/** GET/POST /api/v1/users, PUT /api/v1/users/{id} */
export async function usersRoutes(app: TypedApp): Promise<void> {
  const admin = { access: { roles: ['admin'] as const } };

  app.get('/users', { schema: listSchema, config: { access: { roles: ['admin', 'officer'] } } }, async (request) => {
    const store = storeOf(app);
    const q = request.query;
    let region = q.region;
    if (request.scope.user?.role === 'officer') {
      const own = request.scope.data !== null && 'regionPrefix' in request.scope.data ? request.scope.data.regionPrefix : undefined;
      if (own === undefined) throw new AppError('XW_ERR_FORBIDDEN');
      // Never wider than the officer's own region.
      region = region?.startsWith(own) ? region : own;
    }
    const page = await store.users.list({
      ...(q.role ? { role: q.role } : {}),
      ...(region !== undefined ? { regionPrefix: region } : {}),
      limit: q.limit ?? 50,
      cursor: q.cursor ?? null,
    });
    return { items: page.items.map(userJson), next_cursor: page.nextCursor };
  });

  app.post('/users', { schema: createSchema, config: admin }, async (request, reply) => {
    const store = storeOf(app);
    const body = request.body;
    const passwordHash = await hashPassword(body.password);
    const { displayName, role, ...rest } = patchOf(body);
    const user = await store.users.create(
      { ...rest, username: body.username, passwordHash, role: role ?? body.role, displayName: displayName ?? body.display_name },
      { actor: actor(request) },
    );
    return reply.code(201).send(userJson(user));
  });

  app.put('/users/:id', { schema: updateSchema, config: admin }, async (request) => {
    const store = storeOf(app);
    const { id } = request.params;
    const body = request.body;
    const who = actor(request);
    if (id === who && ((body.role !== undefined && body.role !== 'admin') || body.disabled === true)) {
      // An administrator cannot lock themselves out.
      throw new AppError('XW_ERR_FORBIDDEN');
    }
    const passwordHash = body.password === undefined ? undefined : await hashPassword(body.password);
    const patch = patchOf(body);
    const user = await store.transaction(async (tx) => {
      const existing = await tx.users.get(id);
      if (existing === undefined) throw new AppError('XW_ERR_NOT_FOUND', { what: id.slice(0, 100) });
      let updated = existing;
      if (Object.keys(patch).length > 0) updated = await tx.users.update(id, patch, { actor: who });
      if (passwordHash !== undefined) await tx.users.setPassword(id, passwordHash, { actor: who });
      if (
        passwordHash !== undefined ||
        (patch.disabled === true && !existing.disabled) ||
        (patch.role !== undefined && patch.role !== existing.role)
      ) {
        await tx.sessions.deleteForUser(id, { actor: who });
      }
      return updated;
    });
    return userJson(user);
  });
}
