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

/**
 * An input the enterprise did not give that the answer needs: to decide whether it is eligible at all
 * (`for: 'eligibility'`, then `eligible` is false: not established), or, eligible, to compute the amount
 * (`for: 'amount'`, then `value` is 0 and not counted in the total). `message` says what to give.
 */
export interface PendingInput {
  readonly for: 'eligibility' | 'amount';
  /** The input variable (or the linked entity, for amounts summed over records) not given. */
  readonly input: string;
  readonly label: Labels;
  readonly message: Labels;
}

export interface EntitlementResult {
  readonly measure: string;
  readonly eligible: boolean;
  /** Value in yuan (0 when not eligible, or when the amount is pending an input). */
  readonly value: number;
  /** Whether the value is counted in the total (false for the smaller of schemes that cannot be combined, and while pending). */
  readonly counted: boolean;
  readonly conditions: readonly ConditionResult[];
  /** The input not given that eligibility or the amount needs. */
  readonly pending?: PendingInput;
}

export interface Assessment {
  readonly period: string;
  /** `total_support_value` in yuan: the counted values. */
  readonly total: number;
  readonly entitlements: readonly EntitlementResult[];
  /** Measures with entitlements whose rules are not encoded for this period. */
  readonly notEncoded: readonly string[];
  /** Measures the enterprise is eligible for whose amount is pending an input: not in `total`. */
  readonly totalExcludes: readonly string[];
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
const GIVE: Record<PendingInput['for'] | 'condition', Labels> = {
  amount: { 'zh-CN': '提供“{f}”即可算出金额', ko: '“{f}”을(를) 입력하면 금액을 계산할 수 있습니다', en: 'give the {f} to see the amount' },
  eligibility: {
    'zh-CN': '提供“{f}”即可判断是否符合',
    ko: '“{f}”을(를) 입력하면 해당 여부를 판단할 수 있습니다',
    en: 'give the {f} to see whether it applies',
  },
  condition: {
    'zh-CN': '未提供“{f}”，无法判断此条件',
    ko: '“{f}”이(가) 입력되지 않아 이 조건을 판단할 수 없습니다',
    en: '{f} not given: this condition cannot be decided',
  },
};

/** "give the taxable income …": the label lower-cased in English where it runs inside a sentence. */
function give(kind: keyof typeof GIVE, label: Labels): Labels {
  const f = (lang: keyof Labels) => (lang === 'en' && kind !== 'condition' ? label.en.toLowerCase() : label[lang]);
  return {
    'zh-CN': GIVE[kind]['zh-CN'].replace('{f}', f('zh-CN')),
    ko: GIVE[kind].ko.replace('{f}', f('ko')),
    en: GIVE[kind].en.replace('{f}', f('en')),
  };
}

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
 * qualify"), and which values the total counts. `sim` must hold the enterprise's inputs. A figure an
 * entitlement needs and the enterprise did not give leaves that entitlement pending (`pending`: eligibility
 * not established, or eligible with the amount not computed), never 0 yuan counted (ADR 0005); the total
 * excludes it (`totalExcludes`). Give a simulation of this enterprise alone: a column stops at the first
 * member lacking a figure.
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
  // The input this enterprise did not give that computing `id` stopped on, or undefined when it computed.
  const notGiven = (id: string): string | undefined => {
    try {
      valueAt(id);
      return undefined;
    } catch (error) {
      if (!(error instanceof MissingValueError) || error.row !== index) throw error;
      return error.field;
    }
  };
  const pendingOn = (kind: PendingInput['for'], input: string, label: Labels): PendingInput => ({
    for: kind,
    input,
    label,
    message: give(kind, label),
  });
  const inputLabel = (id: string): Labels => system.variables.get(id)?.label ?? { 'zh-CN': id, ko: id, en: id };
  for (const e of active) {
    const missingForEligibility = notGiven(e.eligible);
    const eligible = missingForEligibility === undefined && valueAt(e.eligible) === 1;
    const conditions = e.conditions.map((c): ConditionResult => {
      // A condition on a figure not given is unknown; the eligibility was decided without it (another
      // condition fails), else computing `eligible` above already stopped with the missing field.
      let met: boolean;
      try {
        met = valueAt(c.variable) === 1;
      } catch (error) {
        if (!(error instanceof MissingValueError) || error.row !== index) throw error;
        return {
          variable: c.variable,
          label: c.label,
          met: false,
          missing: error.field,
          advice: give('condition', inputLabel(error.field)),
        };
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
    let pending: PendingInput | undefined;
    if (missingForEligibility !== undefined) pending = pendingOn('eligibility', missingForEligibility, inputLabel(missingForEligibility));
    else if (eligible && e.amountFrom !== undefined && !hasLinked(sim, e.amountFrom.entity, e.amountFrom.link, index))
      pending = pendingOn('amount', e.amountFrom.entity, e.amountFrom.label);
    else if (eligible) {
      const missing = notGiven(e.value);
      if (missing !== undefined) pending = pendingOn('amount', missing, inputLabel(missing));
    }
    const fen = eligible && pending === undefined ? valueAt(e.value) : 0;
    results.set(e, {
      measure: e.measure,
      eligible,
      value: fen / MINOR_PER_MAJOR,
      counted: false,
      conditions,
      ...(pending ? { pending } : {}),
    });
  }
  // Of schemes that cannot be combined, the largest value counts (the same rule as total_support_value);
  // an amount pending an input is not a value and is never counted.
  let totalFen = 0;
  for (const group of exclusiveGroups(active)) {
    const known = group.filter((e) => results.get(e)?.pending === undefined);
    if (known.length === 0) continue;
    const best = known.reduce((a, b) => ((results.get(b)?.value ?? 0) > (results.get(a)?.value ?? 0) ? b : a));
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
    totalExcludes: active.flatMap((e) => {
      const r = results.get(e);
      return r?.eligible && r.pending !== undefined ? [e.measure] : [];
    }),
  };
}

/** Whether any record of `entity` links to enterprise `index` through `link` (none when the entity was not given at all). */
function hasLinked(sim: Simulation, entity: string, link: string, index: number): boolean {
  const pop = sim.population.entities.get(entity);
  const targets = pop?.links.get(link);
  if (targets === undefined) return false;
  for (let i = 0; i < targets.length; i++) if (targets[i] === index) return true;
  return false;
}
