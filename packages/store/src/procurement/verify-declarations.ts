/**
 * Checking each SME declaration of a tender's bids against the registry (DESIGN "a verifiable size
 * result … that procurement … workflows check against the registry"). Every declared party with a
 * registry id — the supplier, each product's manufacturer, each consortium member — is looked up for the
 * tender's year: the registry's stored size class for that year (computed by the policy from the
 * enterprise's figures) against the declared one. A difference is a contradiction, explained with the
 * registry's size explanation (`explainSizeClass`: "small, not medium: revenue … is below …"). A party
 * without an id, not in the registry or without figures for the year cannot be verified: that is a note,
 * not a contradiction. The lookup is the platform's own (not limited to the caller's scope); what a reader
 * sees of it depends on the reader's scope (declaration-disclosure.ts): the figures only for the parties
 * inside it, else whether the registry agrees and its class.
 */

import { interpolate, type Labels, ParameterNotFoundError, Period } from '@xiaowei/engine';
import { explainSizeClass, getSystem, type IndustryGroup, SIZE_CLASSES, type SizeClass } from '@xiaowei/policy';
import { readerOf, type StoreContext } from '../context.ts';
import { statementBatches } from '../statement-batches.ts';
import { toIntOrNull, toNumberOrNull } from '../values.ts';
import type { DeclaredClass } from './tender-fields.ts';
import type { DeclarationCheck, TenderBid } from './tender-types.ts';

const M = {
  confirmed: {
    'zh-CN': '与企业名录一致：{year} 年为{cls}企业（{why}）',
    ko: '기업 명부와 일치: {year}년 {cls}({why})',
    en: 'matches the registry: {cls} in {year} ({why})',
  },
  contradicted: {
    'zh-CN': '声明为{declared}企业，但企业名录按 {year} 年数据划型为{cls}企业：{why}',
    ko: '{declared}(으)로 신고했으나 기업 명부의 {year}년 자료로는 {cls}입니다: {why}',
    en: 'declared {declared}, but the registry’s {year} figures make it {cls}: {why}',
  },
  no_id: {
    'zh-CN': '未提供统一社会信用代码，无法与企业名录核对',
    ko: '통일사회신용코드가 없어 기업 명부와 대조할 수 없습니다',
    en: 'no unified social credit code given: cannot be checked against the registry',
  },
  not_in_registry: {
    'zh-CN': '企业名录中没有“{id}”，无法核对',
    ko: '기업 명부에 “{id}”이(가) 없어 대조할 수 없습니다',
    en: '"{id}" is not in the registry: cannot be checked',
  },
  no_figures: {
    'zh-CN': '企业名录中没有“{id}”{year} 年的划型数据，无法核对',
    ko: '기업 명부에 “{id}”의 {year}년 규모 자료가 없어 대조할 수 없습니다',
    en: 'the registry has no size class of "{id}" for {year}: cannot be checked',
  },
} as const satisfies Record<string, Labels>;

export const CLASS_NAMES: Readonly<Record<SizeClass, Labels>> = {
  large: { 'zh-CN': '大型', ko: '대기업', en: 'large' },
  medium: { 'zh-CN': '中型', ko: '중기업', en: 'medium' },
  small: { 'zh-CN': '小型', ko: '소기업', en: 'small' },
  micro: { 'zh-CN': '微型', ko: '영세기업', en: 'micro' },
};

/** Text per language built from per-language parameters. */
export function compose(template: Labels, params: Record<string, Labels | string | number>): Labels {
  const pick = (lang: keyof Labels) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
  return {
    'zh-CN': interpolate(template, pick('zh-CN'))['zh-CN'],
    ko: interpolate(template, pick('ko')).ko,
    en: interpolate(template, pick('en')).en,
  };
}

const isSmallOrMicro = (c: DeclaredClass) => c === 'small' || c === 'micro';

interface RegistryEntry {
  readonly group: string;
  readonly sizeClass: SizeClass | null;
  readonly employees: number | null;
  readonly revenueFen: number | null;
  readonly totalAssetsFen: number | null;
}

/** The registry's group, size class and figures of `ids` for `year` (an id absent from the map is not in the registry). */
async function registryOf(ctx: StoreContext, ids: readonly string[], year: number): Promise<Map<string, RegistryEntry | 'no_year'>> {
  const out = new Map<string, RegistryEntry | 'no_year'>();
  if (ids.length === 0) return out;
  const db = readerOf(ctx);
  const rows = [];
  for (const batch of statementBatches(ctx.dialect, [...new Set(ids)], 1)) {
    rows.push(
      ...(await db
        .selectFrom('enterprises as e')
        .leftJoin('enterprise_years as y', (j) => j.onRef('y.enterprise_id', '=', 'e.id').on('y.year', '=', year))
        .leftJoin('entitlements as n', (j) => j.onRef('n.enterprise_id', '=', 'e.id').on('n.year', '=', year))
        .select(['e.id', 'e.industry_group', 'n.size_class', 'y.employees', 'y.revenue_fen', 'y.total_assets_fen', 'y.year'])
        .where('e.id', 'in', batch)
        .execute()),
    );
  }
  for (const r of rows) {
    const sizeClass = SIZE_CLASSES.includes(r.size_class as SizeClass) ? (r.size_class as SizeClass) : null;
    out.set(
      r.id,
      r.year === null || sizeClass === null
        ? 'no_year'
        : {
            group: r.industry_group,
            sizeClass,
            employees: toNumberOrNull(r.employees),
            revenueFen: toIntOrNull(r.revenue_fen),
            totalAssetsFen: toIntOrNull(r.total_assets_fen),
          },
    );
  }
  return out;
}

/** The registry's reason for its class: the policy's size explanation, when it agrees with the stored class. */
function why(entry: RegistryEntry, year: number, declared: DeclaredClass): Labels {
  const name = CLASS_NAMES[entry.sizeClass as SizeClass];
  let explanation: ReturnType<typeof explainSizeClass>;
  try {
    explanation = explainSizeClass(
      getSystem(),
      entry.group as IndustryGroup,
      { employees: entry.employees ?? 0, revenue: entry.revenueFen ?? 0, total_assets: entry.totalAssetsFen ?? 0 },
      Period.parse(String(year)),
      declared,
    );
  } catch (e) {
    // No size standard in force that year (ParameterNotFoundError): the stored class alone is the reason.
    if (e instanceof ParameterNotFoundError) return name;
    throw e;
  }
  // A stored class computed under other rules (before a recompute) is shown without a reason it does not match.
  return explanation.sizeClass === entry.sizeClass ? explanation.text : name;
}

function check(
  registry: Map<string, RegistryEntry | 'no_year'>,
  year: number,
  party: DeclarationCheck['party'],
  index: number | null,
  partyId: string | null | undefined,
  partyName: string,
  declared: DeclaredClass,
): DeclarationCheck {
  const base = { party, index, partyId: partyId ?? null, partyName, declared };
  if (!partyId) return { ...base, status: 'not_verifiable', registryClass: null, material: false, explanation: M.no_id };
  const entry = registry.get(partyId);
  if (entry === undefined)
    return {
      ...base,
      status: 'not_verifiable',
      registryClass: null,
      material: false,
      explanation: interpolate(M.not_in_registry, { id: partyId }),
    };
  if (entry === 'no_year')
    return {
      ...base,
      status: 'not_verifiable',
      registryClass: null,
      material: false,
      explanation: interpolate(M.no_figures, { id: partyId, year }),
    };
  const registryClass = entry.sizeClass as SizeClass;
  const params = { year, cls: CLASS_NAMES[registryClass], declared: CLASS_NAMES[declared], why: why(entry, year, declared) };
  if (registryClass === declared)
    return { ...base, status: 'confirmed', registryClass, material: false, explanation: compose(M.confirmed, params) };
  return {
    ...base,
    status: 'contradicted',
    registryClass,
    material: isSmallOrMicro(declared) !== isSmallOrMicro(registryClass),
    explanation: compose(M.contradicted, params),
  };
}

/**
 * The declaration checks of every bid (by bid id) for a tender dated in `year`: the supplier (when it
 * declares a class), each product's manufacturer, each consortium member.
 */
export async function verifyDeclarations(
  ctx: StoreContext,
  bids: readonly TenderBid[],
  year: number,
): Promise<Map<string, DeclarationCheck[]>> {
  const ids = bids.flatMap((b) => [
    ...(b.supplierId && b.declaredSizeClass ? [b.supplierId] : []),
    ...b.products.flatMap((p) => (p.manufacturerId ? [p.manufacturerId] : [])),
    ...b.consortium.flatMap((m) => (m.memberId ? [m.memberId] : [])),
  ]);
  const registry = await registryOf(ctx, ids, year);
  const out = new Map<string, DeclarationCheck[]>();
  for (const b of bids) {
    const checks: DeclarationCheck[] = [];
    // A consortium's class is its members'; a bid without a declaration has nothing to check.
    if (b.declaredSizeClass && b.consortium.length === 0)
      checks.push(check(registry, year, 'supplier', null, b.supplierId, b.supplierName, b.declaredSizeClass));
    b.products.forEach((p, k) => {
      checks.push(check(registry, year, 'manufacturer', k, p.manufacturerId, p.manufacturerName, p.sizeClass));
    });
    b.consortium.forEach((m, k) => {
      checks.push(check(registry, year, 'member', k, m.memberId, m.name, m.sizeClass));
    });
    out.set(b.bidId, checks);
  }
  return out;
}
