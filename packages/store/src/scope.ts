/**
 * Scopes: what part of the registry a caller may see, applied as a condition inside the SQL so that
 * rows outside it are never fetched. The server derives the scope from the user's role and region.
 */
import { type RawBuilder, sql } from 'kysely';
import { ValidationError } from './errors.ts';
import { isRegionPrefix, regionRange } from './values.ts';

/**
 * `{ all: true }`: everything (admin, analyst); `{ regionPrefix: '37' }`: enterprises, budget units and
 * banks whose region code starts with the prefix (a province '37', a city '3702', a county '370211');
 * `{ enterpriseId }`: one enterprise (its own users); `{ budgetUnitId }`: one budget unit (its procurement
 * staff); `{ bankId }`: one bank (its own staff). A party scope sees nothing of the other kinds of party.
 */
export type Scope =
  | { readonly all: true }
  | { readonly regionPrefix: string }
  | { readonly enterpriseId: string }
  | { readonly budgetUnitId: string }
  | { readonly bankId: string };

/** The kinds of party a table row can belong to, each with the scope key that names one of them. */
export type PartyKind = 'enterprise' | 'budgetUnit' | 'bank';
const PARTY_KEY = { enterprise: 'enterpriseId', budgetUnit: 'budgetUnitId', bank: 'bankId' } as const;

export const ALL: Scope = { all: true };

/** Checks a scope given at runtime (from a session, not the type system). */
export function checkScope(scope: Scope): Scope {
  if (scope === null || typeof scope !== 'object') throw new ValidationError('scope', SCOPE_MESSAGE);
  if ('all' in scope && scope.all === true) return scope;
  if ('regionPrefix' in scope && typeof scope.regionPrefix === 'string' && isRegionPrefix(scope.regionPrefix)) return scope;
  for (const key of Object.values(PARTY_KEY)) {
    if (key in scope && typeof (scope as Record<string, unknown>)[key] === 'string' && (scope as Record<string, string>)[key] !== '')
      return scope;
  }
  throw new ValidationError('scope', SCOPE_MESSAGE);
}

const SCOPE_MESSAGE = {
  'zh-CN': '访问范围无效：应为全部、地区代码前缀（0–6 位数字）、一个企业、一个预算单位或一家银行',
  ko: '접근 범위가 올바르지 않습니다: 전체, 지역 코드 접두사(0~6자리 숫자), 하나의 기업, 예산 단위 또는 은행이어야 합니다',
  en: 'invalid scope: all, a region code prefix (0–6 digits), one enterprise, one budget unit or one bank',
};

/**
 * The SQL condition of `scope` on a table with `region_code` and the enterprise id in `idColumn`.
 * @example db.selectFrom('enterprises').where(scopeCondition(scope, 'enterprises', 'id'))
 */
export function scopeCondition(scope: Scope, table: string, idColumn: string): RawBuilder<boolean> {
  return partyScopeCondition(scope, 'enterprise', table, idColumn);
}

/**
 * The SQL condition of `scope` on a table of parties of `kind` (enterprises, budget units, banks) with
 * `region_code` and the party's id in `idColumn`; a scope naming another kind of party matches nothing.
 * @example db.selectFrom('banks').where(partyScopeCondition(scope, 'bank', 'banks', 'id'))
 */
export function partyScopeCondition(scope: Scope, kind: PartyKind, table: string, idColumn: string): RawBuilder<boolean> {
  checkScope(scope);
  if ('all' in scope) return sql<boolean>`1 = 1`;
  if ('regionPrefix' in scope) {
    const [lo, hi] = regionRange(scope.regionPrefix);
    return sql<boolean>`${sql.ref(`${table}.region_code`)} between ${lo} and ${hi}`;
  }
  const id = partyIdOf(scope, kind);
  return id === undefined ? sql<boolean>`1 = 0` : sql<boolean>`${sql.ref(`${table}.${idColumn}`)} = ${id}`;
}

/** The id of the one party of `kind` a party scope names, or undefined (another kind, or not a party scope). */
function partyIdOf(scope: Scope, kind: PartyKind): string | undefined {
  const key = PARTY_KEY[kind];
  return key in scope ? (scope as Record<string, string>)[key] : undefined;
}

/** Whether an enterprise (its id and region) is inside `scope`, for checks on rows already at hand. */
export function inScope(scope: Scope, enterpriseId: string, regionCode: string): boolean {
  return inPartyScope(scope, 'enterprise', enterpriseId, regionCode);
}

/** Whether a party of `kind` (its id and region) is inside `scope`. */
export function inPartyScope(scope: Scope, kind: PartyKind, id: string, regionCode: string): boolean {
  checkScope(scope);
  if ('all' in scope) return true;
  if ('regionPrefix' in scope) return regionCode.startsWith(scope.regionPrefix);
  return partyIdOf(scope, kind) === id;
}
