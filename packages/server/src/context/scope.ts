import type { Department as StoreDepartment, Role as StoreRole } from '@xiaowei/store';

/**
 * Who is asking and what they may see. Every request has a scope, set by the authentication hook
 * (`BuildOptions.authenticate`; the service's is `sessionAuthentication` in auth/session-auth.ts) before
 * any route runs; without one (or nobody signed in) it is {@link PUBLIC_SCOPE}, which may use only the engine-facing routes (classify, evaluate,
 * entitlements, trace, procurement evaluation, measures, parameters, health, the API documents).
 *
 * A route says what it needs in its config (`config: { access: { roles: [...] } }`); the onRequest
 * hook checks it against the scope: nobody signed in → XW_ERR_UNAUTHENTICATED (401); a role not
 * listed → XW_ERR_FORBIDDEN (403). What data a user may see is {@link Scope.data}, passed as is to the
 * store, which applies it inside its SQL (a row outside it is "not found").
 */

/** Roles of the platform: the store's (DESIGN.md "Who uses it"). Listed here so the service loads no database code without a store. */
export const ROLES = [
  'enterprise',
  'officer',
  'procurement',
  'bank',
  'service_provider',
  'analyst',
  'admin',
  'department',
] as const satisfies readonly StoreRole[];
export type Role = StoreRole;

/** The departments a `department` user belongs to (the store's DEPARTMENTS; migration 0015). */
export const DEPARTMENTS = [
  'market_regulation',
  'statistics',
  'human_resources',
  'finance',
  'tax',
  'cluster_operator',
  'banking_regulator',
  'development_reform',
] as const satisfies readonly StoreDepartment[];
export type Department = StoreDepartment;

export interface ScopeUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** Department users: which department (what they may feed). */
  readonly department?: Department | null;
}

/**
 * The registry data a user may see, in the store's own terms: everything, the enterprises of a region
 * (a GB/T 2260 code prefix: `37` Shandong, `3702` Qingdao), or one enterprise (its own users).
 */
export type DataScope =
  | { readonly all: true }
  | { readonly regionPrefix: string }
  | { readonly enterpriseId: string }
  | { readonly budgetUnitId: string }
  | { readonly bankId: string };

export interface Scope {
  /** `public`: nobody signed in. `user`: a signed-in user with a role. */
  readonly kind: 'public' | 'user';
  readonly user: ScopeUser | null;
  /** What registry data the request may see; null: none. */
  readonly data: DataScope | null;
}

/** The scope of a request nobody signed in to: engine routes only, no registry data. */
export const PUBLIC_SCOPE: Scope = Object.freeze({ kind: 'public', user: null, data: null });

/** What a route needs: `public` (anyone), or a signed-in user with one of the roles. */
export type Access = 'public' | { readonly roles: readonly Role[] };

/**
 * The scope of a signed-in user.
 * @example userScope({ id: 'u1', name: '王芳', role: 'officer' }, { regionPrefix: '3702' }) // Qingdao only
 */
export function userScope(user: ScopeUser, data: DataScope | null): Scope {
  return Object.freeze({ kind: 'user', user, data });
}

/** The fields of a stored user (`@xiaowei/store` User) that decide what they may see. */
export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly regionPrefix: string | null;
  readonly enterpriseId: string | null;
  readonly budgetUnitId?: string | null;
  readonly bankId?: string | null;
  readonly department?: Department | null;
}

/**
 * The scope of a stored user: administrators and analysts see the whole registry; an officer the
 * enterprises, budget units and banks of their region; an enterprise user their own enterprise; a
 * procurement user their budget unit; a department user the enterprises of its region; a bank user their bank; other roles no registry data.
 * @example scopeOfUser(await store.users.findByUsername('officer.qingdao')).data // { regionPrefix: '3702' }
 */
export function scopeOfUser(user: UserRecord): Scope {
  const who: ScopeUser = {
    id: user.id,
    name: user.displayName || user.username,
    role: user.role,
    ...(user.role === 'department' ? { department: user.department ?? null } : {}),
  };
  switch (user.role) {
    case 'admin':
    case 'analyst':
      return userScope(who, { all: true });
    case 'officer':
    case 'department':
      // A department sees and feeds the enterprises of its region, as an officer of that region would.
      return userScope(who, user.regionPrefix !== null ? { regionPrefix: user.regionPrefix } : null);
    case 'enterprise':
      return userScope(who, user.enterpriseId !== null ? { enterpriseId: user.enterpriseId } : null);
    case 'procurement':
      return userScope(who, user.budgetUnitId ? { budgetUnitId: user.budgetUnitId } : null);
    case 'bank':
      return userScope(who, user.bankId ? { bankId: user.bankId } : null);
    default:
      return userScope(who, null);
  }
}
