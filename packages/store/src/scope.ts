/**
 * Scopes: what part of the registry a caller may see, applied as a condition inside the SQL so that
 * rows outside it are never fetched. The server derives the scope from the user's role and region.
 */
import { type RawBuilder, sql } from 'kysely';
import { ValidationError } from './errors.ts';
import { isRegionPrefix, regionRange } from './values.ts';

/**
 * `{ all: true }`: everything (admin, analyst); `{ regionPrefix: '37' }`: enterprises whose region code
 * starts with the prefix (a province '37', a city '3702', a county '370211'); `{ enterpriseId }`: one
 * enterprise (its own users).
 */
export type Scope = { readonly all: true } | { readonly regionPrefix: string } | { readonly enterpriseId: string };

export const ALL: Scope = { all: true };

/** Checks a scope given at runtime (from a session, not the type system). */
export function checkScope(scope: Scope): Scope {
  if (scope === null || typeof scope !== 'object') throw new ValidationError('scope', SCOPE_MESSAGE);
  if ('all' in scope && scope.all === true) return scope;
  if ('regionPrefix' in scope && typeof scope.regionPrefix === 'string' && isRegionPrefix(scope.regionPrefix)) return scope;
  if ('enterpriseId' in scope && typeof scope.enterpriseId === 'string' && scope.enterpriseId !== '') return scope;
  throw new ValidationError('scope', SCOPE_MESSAGE);
}

const SCOPE_MESSAGE = {
  'zh-CN': '访问范围无效：应为全部、地区代码前缀（0–6 位数字）或一个企业',
  ko: '접근 범위가 올바르지 않습니다: 전체, 지역 코드 접두사(0~6자리 숫자) 또는 하나의 기업이어야 합니다',
  en: 'invalid scope: all, a region code prefix (0–6 digits) or one enterprise',
};

/**
 * The SQL condition of `scope` on a table with `region_code` and the enterprise id in `idColumn`.
 * @example db.selectFrom('enterprises').where(scopeCondition(scope, 'enterprises', 'id'))
 */
export function scopeCondition(scope: Scope, table: string, idColumn: string): RawBuilder<boolean> {
  checkScope(scope);
  if ('all' in scope) return sql<boolean>`1 = 1`;
  if ('regionPrefix' in scope) {
    const [lo, hi] = regionRange(scope.regionPrefix);
    return sql<boolean>`${sql.ref(`${table}.region_code`)} between ${lo} and ${hi}`;
  }
  return sql<boolean>`${sql.ref(`${table}.${idColumn}`)} = ${scope.enterpriseId}`;
}

/** Whether an enterprise (its id and region) is inside `scope`, for checks on rows already at hand. */
export function inScope(scope: Scope, enterpriseId: string, regionCode: string): boolean {
  checkScope(scope);
  if ('all' in scope) return true;
  if ('regionPrefix' in scope) return regionCode.startsWith(scope.regionPrefix);
  return scope.enterpriseId === enterpriseId;
}
