import {
  formatMoneyGrouped,
  type Labels,
  MINOR_PER_MAJOR,
  MissingValueError,
  Period,
  type ScalarValue,
  type Simulation,
  type TaxBenefitSystem,
  type Variable,
} from '@xiaowei/engine';
import { activeEntitlements, exclusiveGroups } from './active-entitlements.ts';
import type { Condition, Entitlement } from './entitlement.ts';

/** One condition of an entitlement for one enterprise, with the distance to meeting it. */
export interface ConditionResult {
  readonly variable: string;
  readonly label: Labels;
  readonly met: boolean;
  readonly threshold?: {
    readonly quantity: string;
    readonly op: '<=' | '<' | '>=' | '>';
    /** The enterprise's value and the bound, as people read them (money in yuan). */
    readonly value: ScalarValue;
    readonly bound: ScalarValue;
  };
  /** For an unmet condition: what is wrong and what would change it, in every language. */
  readonly advice?: Labels;
  /** The input the condition needs and the enterprise did not give (the condition is then not met, and not known). */
  readonly missing?: string;
}

export interface EntitlementResult {
  readonly measure: string;
  readonly eligible: boolean;
  /** Value in yuan (0 when not eligible). */
  readonly value: number;
  /** Whether the value is counted in the total (false for the smaller of schemes that cannot be combined). */
  readonly counted: boolean;
  readonly conditions: readonly ConditionResult[];
}

export interface Assessment {
  readonly period: string;
  /** `total_support_value` in yuan: the counted values. */
  readonly total: number;
  readonly entitlements: readonly EntitlementResult[];
  /** Measures with entitlements whose rules are not encoded for this period. */
  readonly notEncoded: readonly string[];
}

function display(variable: Variable, raw: number): ScalarValue {
  return variable.valueType === 'money' ? raw / MINOR_PER_MAJOR : raw;
}

function show(variable: Variable, raw: number, lang: keyof Labels): string {
  if (variable.valueType !== 'money') return raw.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const text = formatMoneyGrouped(raw).replace(/\.00$/, '');
  return lang === 'zh-CN' ? `${text} 元` : lang === 'ko' ? `${text}위안` : `${text} yuan`;
}

const WOULD: Record<'<=' | '<' | '>=' | '>', Labels> = {
  '<=': { 'zh-CN': '不超过 {b} 即可符合', ko: '{b} 이하이면 충족합니다', en: 'at {b} or less it would qualify' },
  '<': { 'zh-CN': '低于 {b} 即可符合', ko: '{b} 미만이면 충족합니다', en: 'below {b} it would qualify' },
  '>=': { 'zh-CN': '达到 {b} 即可符合', ko: '{b} 이상이면 충족합니다', en: 'at {b} or more it would qualify' },
  '>': { 'zh-CN': '高于 {b} 即可符合', ko: '{b} 초과이면 충족합니다', en: 'above {b} it would qualify' },
};
const BROKEN: Record<string, string> = { '<=': '>', '<': '≥', '>=': '<', '>': '≤' };
const NOT_MET: Labels = { 'zh-CN': '不符合：{c}', ko: '미충족: {c}', en: 'not met: {c}' };

function advice(condition: Condition, quantity: Variable | undefined, q: number, b: number): Labels {
  const make = (lang: keyof Labels): string => {
    if (!condition.threshold || !quantity) return NOT_MET[lang].replace('{c}', condition.label[lang]);
    const { op } = condition.threshold;
    const name = lang === 'en' ? quantity.label.en.toLowerCase() : quantity.label[lang];
    const head = `${name} ${show(quantity, q, lang)} ${BROKEN[op]} ${show(quantity, b, lang)}`;
    return `${head} — ${WOULD[op][lang].replace('{b}', show(quantity, b, lang))}`;
  };
  return { 'zh-CN': make('zh-CN'), ko: make('ko'), en: make('en') };
}

/**
 * Every entitlement of enterprise `index` in `period`: eligible or not, its value, each condition and —
 * for those not met — the distance to meeting it ("employees 85 > 80 — at 80 or less it would
 * qualify"), and which values the total counts. `sim` must hold the enterprise's inputs; a figure the
 * answer needs and the enterprise did not give stops it with a `MissingValueError` naming the field. Give
 * a simulation of this enterprise alone: a column stops at the first member lacking a figure.
 */
export function assessEntitlements(
  system: TaxBenefitSystem,
  sim: Simulation,
  index: number,
  period: Period | string | number,
  entitlements: readonly Entitlement[],
): Assessment {
  const p = Period.parse(period);
  const active = activeEntitlements(entitlements, system.variables, p);
  const valueAt = (id: string): number => sim.calculate(id, p)[index] as number;
  const results = new Map<Entitlement, EntitlementResult>();
  for (const e of active) {
    const eligible = valueAt(e.eligible) === 1;
    const conditions = e.conditions.map((c): ConditionResult => {
      // A condition on a figure not given is unknown; the eligibility was decided without it (another
      // condition fails), else computing `eligible` above already stopped with the missing field.
      let met: boolean;
      try {
        met = valueAt(c.variable) === 1;
      } catch (error) {
        if (!(error instanceof MissingValueError) || error.row !== index) throw error;
        return { variable: c.variable, label: c.label, met: false, missing: error.field, advice: error.labels };
      }
      if (!c.threshold) return { variable: c.variable, label: c.label, met, ...(met ? {} : { advice: advice(c, undefined, 0, 0) }) };
      const quantity = system.variable(c.threshold.quantity);
      const q = valueAt(quantity.id);
      const bound = c.threshold.bound;
      const b = 'parameter' in bound ? (system.parameterAt(bound.parameter, p.start).value as number) : valueAt(bound.variable);
      return {
        variable: c.variable,
        label: c.label,
        met,
        threshold: { quantity: quantity.id, op: c.threshold.op, value: display(quantity, q), bound: display(quantity, b) },
        ...(met ? {} : { advice: advice(c, quantity, q, b) }),
      };
    });
    const fen = eligible ? valueAt(e.value) : 0;
    results.set(e, { measure: e.measure, eligible, value: fen / MINOR_PER_MAJOR, counted: false, conditions });
  }
  // Of schemes that cannot be combined, the largest value counts (the same rule as total_support_value).
  let totalFen = 0;
  for (const group of exclusiveGroups(active)) {
    const best = group.reduce((a, b) => ((results.get(b)?.value ?? 0) > (results.get(a)?.value ?? 0) ? b : a));
    const r = results.get(best);
    if (r) {
      results.set(best, { ...r, counted: true });
      totalFen += Math.round(r.value * MINOR_PER_MAJOR);
    }
  }
  return {
    period: p.key,
    total: totalFen / MINOR_PER_MAJOR,
    entitlements: active.map((e) => results.get(e) as EntitlementResult),
    notEncoded: entitlements.filter((e) => !active.includes(e)).map((e) => e.measure),
  };
}
