/**
 * What a reader of an evaluation report learns of the registry through its declaration checks. The
 * check itself uses the whole registry (verify-declarations.ts), and the stored report keeps the
 * registry's reason with its figures; but a tender's readers — the budget unit's procurement staff, an
 * officer of the unit's region — need not have the bidders inside their registry scope. For a party
 * outside the reader's scope the report says only what the evaluation committee needs: whether the
 * registry agrees with the declaration, and its class for the tender's year — never the figures behind
 * it. And "not in the registry" and "no class for the year" read alike ("cannot be checked"), so that
 * naming an id in a bid does not tell whether the registry holds it. Parties inside the scope keep the
 * full reason, as their figures are the reader's to see.
 */
import type { Labels } from '@xiaowei/engine';
import { readerOf, type StoreContext } from '../context.ts';
import { type Scope, scopeCondition } from '../scope.ts';
import type { DeclarationCheck, TenderEvaluation } from './tender-types.ts';
import { CLASS_NAMES, compose } from './verify-declarations.ts';

const M = {
  confirmed: {
    'zh-CN': '与企业名录一致：{year} 年为{cls}企业',
    ko: '기업 명부와 일치: {year}년 {cls}',
    en: 'matches the registry: {cls} in {year}',
  },
  contradicted: {
    'zh-CN': '声明为{declared}企业，但企业名录 {year} 年的划型为{cls}企业',
    ko: '{declared}(으)로 신고했으나 기업 명부의 {year}년 규모는 {cls}입니다',
    en: 'declared {declared}, but the registry classes it {cls} for {year}',
  },
  unverifiable: {
    'zh-CN': '无法与企业名录核对',
    ko: '기업 명부와 대조할 수 없습니다',
    en: 'cannot be checked against the registry',
  },
} as const satisfies Record<string, Labels>;

/** Bound parameters per query: far under SQLite's 32,766 and PostgreSQL's 65,535. */
const CHUNK = 500;

/** The ids of `ids` that are enterprises inside `scope`. */
async function inScopeIds(ctx: StoreContext, ids: readonly string[], scope: Scope): Promise<Set<string>> {
  const out = new Set<string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await readerOf(ctx)
      .selectFrom('enterprises')
      .select('id')
      .where('id', 'in', unique.slice(i, i + CHUNK))
      .where(scopeCondition(scope, 'enterprises', 'id'))
      .execute();
    for (const r of rows) out.add(r.id);
  }
  return out;
}

/** The check as a reader without the party in scope sees it: the status and the class, no figures, no existence. */
export function withoutFigures(d: DeclarationCheck, year: number): DeclarationCheck {
  // Without an id there is nothing of the registry in the message to hide.
  if (d.partyId === null) return d;
  if (d.status === 'not_verifiable' || d.registryClass === null)
    return { ...d, status: 'not_verifiable', registryClass: null, material: false, explanation: M.unverifiable };
  const params = { year, cls: CLASS_NAMES[d.registryClass], declared: CLASS_NAMES[d.declared] };
  return { ...d, explanation: compose(d.status === 'confirmed' ? M.confirmed : M.contradicted, params) };
}

/**
 * The evaluations as the reader with `scope` may see them: each declaration check of a party outside the
 * scope {@link withoutFigures}. `{ all }` sees everything; a budget unit's scope sees no enterprise.
 */
export async function disclose(ctx: StoreContext, evaluations: readonly TenderEvaluation[], scope: Scope): Promise<TenderEvaluation[]> {
  if ('all' in scope && scope.all === true) return [...evaluations];
  const ids = evaluations.flatMap((e) => e.result.bids.flatMap((b) => b.declarations.flatMap((d) => (d.partyId ? [d.partyId] : []))));
  const visible = ids.length === 0 ? new Set<string>() : await inScopeIds(ctx, ids, scope);
  return evaluations.map((e) => {
    const year = Number(e.result.tenderDate.slice(0, 4));
    return {
      ...e,
      result: {
        ...e.result,
        bids: e.result.bids.map((b) => ({
          ...b,
          declarations: b.declarations.map((d) => (d.partyId !== null && visible.has(d.partyId) ? d : withoutFigures(d, year))),
        })),
      },
    };
  });
}
