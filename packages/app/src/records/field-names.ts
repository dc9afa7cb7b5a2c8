import type { TaxBenefitSystem } from '@xiaowei/engine';

/** Fields a record may carry besides input variables: they identify the row and are echoed in the output. */
export const PASS_THROUGH = ['id', 'name'] as const;

/** Column names people use in Chinese spreadsheets, mapped to the canonical input names (DESIGN.md). */
const ALIASES: Readonly<Record<string, string>> = {
  企业编号: 'id',
  编号: 'id',
  企业名称: 'name',
  名称: 'name',
  行业: 'industry',
  行业代码: 'industry',
  从业人员: 'employees',
  从业人数: 'employees',
  营业收入: 'revenue',
  资产总额: 'total_assets',
  应纳税所得额: 'taxable_income',
  成立日期: 'founded',
};

/**
 * A function from a column name as written to the canonical field name: the name itself, a Chinese
 * alias (`行业` → `industry`), or any variable's label in any language, compared without case
 * (`Total assets` → `total_assets`), so a table an adapter printed can be read back (with `extra`). Unmatched names are
 * returned unchanged (and reported as unknown by the caller).
 * @example fieldNames(system, 'enterprise')('资产总额') // 'total_assets'
 */
export function fieldNames(
  system: TaxBenefitSystem,
  entity: string,
  /** Further names by field, e.g. the headers an adapter prints for `id` and `name`. */
  extra: Readonly<Record<string, string>> = NO_EXTRA,
): (name: string) => string {
  // Built once per system, entity and table of extra names: the service decodes every request with it, and
  // building the map of every label costs more than the evaluation itself.
  let byEntity = BUILT.get(system);
  if (byEntity === undefined) BUILT.set(system, (byEntity = new Map()));
  let byExtra = byEntity.get(entity);
  if (byExtra === undefined) byEntity.set(entity, (byExtra = new WeakMap()));
  let built = byExtra.get(extra);
  if (built === undefined) byExtra.set(extra, (built = buildFieldNames(system, entity, extra)));
  return built;
}

const NO_EXTRA: Readonly<Record<string, string>> = Object.freeze({});
const BUILT = new WeakMap<TaxBenefitSystem, Map<string, WeakMap<object, (name: string) => string>>>();

function buildFieldNames(system: TaxBenefitSystem, entity: string, extra: Readonly<Record<string, string>>): (name: string) => string {
  const byName = new Map<string, string>();
  const add = (name: string, field: string) => {
    const key = name.trim().toLowerCase();
    if (!byName.has(key)) byName.set(key, field);
  };
  for (const [name, field] of Object.entries(ALIASES)) add(name, field);
  for (const [name, field] of Object.entries(extra)) add(name, field);
  for (const v of system.variables.values()) {
    if (v.entity !== entity) continue;
    for (const label of Object.values(v.label)) add(label, v.id);
  }
  return (name) => {
    const trimmed = name.trim();
    if (system.variables.has(trimmed) || (PASS_THROUGH as readonly string[]).includes(trimmed)) return trimmed;
    return byName.get(trimmed.toLowerCase()) ?? trimmed;
  };
}
