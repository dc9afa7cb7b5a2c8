import type { Period, Variable } from '@xiaowei/engine';
import type { Entitlement } from './entitlement.ts';

/** Whether a variable has a formula in force on the first day of `period` (inputs always do). */
export function definedFor(variable: Variable, period: Period): boolean {
  const formulas = variable.formulas ?? [];
  if (formulas.length === 0) return true;
  const current = formulas.filter((f) => f.from <= period.start).pop();
  return current !== undefined && current.formula !== null;
}

/** The entitlements whose value is encoded for `period` (a measure outside its encoded years counts as absent). */
export function activeEntitlements(
  entitlements: readonly Entitlement[],
  variables: ReadonlyMap<string, Variable>,
  period: Period,
): Entitlement[] {
  return entitlements.filter((e) => {
    const value = variables.get(e.value);
    const eligible = variables.get(e.eligible);
    return value !== undefined && eligible !== undefined && definedFor(value, period) && definedFor(eligible, period);
  });
}

/**
 * Groups of entitlements that cannot be combined: two entitlements are in one group when either names
 * the other's measure in `excludes` (transitively). Within a group only the largest value counts —
 * the enterprise takes the most favourable scheme (从优享受, the usual rule where schemes may not be
 * stacked: 不得叠加享受).
 */
export function exclusiveGroups(entitlements: readonly Entitlement[]): Entitlement[][] {
  const parent = entitlements.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  entitlements.forEach((a, i) => {
    entitlements.forEach((b, j) => {
      if (a.excludes?.includes(b.measure) || b.excludes?.includes(a.measure)) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, Entitlement[]>();
  entitlements.forEach((e, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), e]);
  });
  return [...groups.values()];
}
