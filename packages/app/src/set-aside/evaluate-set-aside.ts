/**
 * The set-aside of a budget unit's year (财库〔2011〕181号; Guofa [2012] No. 14 item 05) decided by the
 * policy: the amounts go into an engine `Simulation` of `budget_unit` members and the policy's variables
 * say whether each part of the obligation is met. Nothing of the rule is repeated here: the 30% and the
 * 60% / 18% lines, their dates and the consistency checks are the policy's. What the rules do not cover
 * (a year outside 2012–2019) or cannot compute (a reserved part larger than its whole) comes back as a
 * problem of that member, in three languages, never as an invented answer.
 */
import {
  defaultColumn,
  explain,
  FormulaError,
  interpolate,
  type Labels,
  Period,
  Population,
  Simulation,
  type TaxBenefitSystem,
  type TraceNode,
} from '@xiaowei/engine';

/** What the evaluation needs of one budget unit's year. Money in fen. */
export interface SetAsideAmounts {
  readonly budgetFen: number;
  /** Projects reserved for SMEs, those reserved for small and micro enterprises included. */
  readonly smeReservedFen: number;
  /** Projects reserved for small and micro enterprises. */
  readonly smallMicroReservedFen: number;
  /** Contracts awarded to medium, small and micro enterprises. */
  readonly smeAwardedFen: number;
  /** Contracts awarded to small and micro enterprises. */
  readonly smallMicroAwardedFen: number;
}

/** Why the rules gave no answer: the year is not encoded, or the amounts contradict each other. */
export interface SetAsideProblem {
  readonly code: 'not_encoded' | 'inconsistent';
  /** The policy variable that could not be computed. */
  readonly variable: string;
  readonly message: Labels;
}

export type SetAsideDecision =
  | { readonly computable: true; readonly meetsSme: boolean; readonly meetsSmallMicro: boolean; readonly meets: boolean }
  | { readonly computable: false; readonly problem: SetAsideProblem };

/** The policy's decisions, in the order the explanation shows them. */
export const SET_ASIDE_OUTPUTS = [
  'budget_unit_meets_set_aside',
  'budget_unit_meets_sme_set_aside',
  'budget_unit_meets_small_micro_set_aside',
] as const;

/** Monitoring outputs explained beside the decision: the awarded shares. */
export const AWARDED_OUTPUTS = ['budget_unit_sme_awarded_share', 'budget_unit_small_micro_awarded_share'] as const;

const INPUTS: readonly (readonly [keyof SetAsideAmounts, string])[] = [
  ['budgetFen', 'budget_unit_procurement_budget'],
  ['smeReservedFen', 'budget_unit_sme_reserved'],
  ['smallMicroReservedFen', 'budget_unit_small_micro_reserved'],
  ['smeAwardedFen', 'budget_unit_sme_awarded'],
  ['smallMicroAwardedFen', 'budget_unit_small_micro_awarded'],
];

const MESSAGES = {
  not_encoded: {
    'zh-CN':
      '{year} 年没有编码的预留份额规则：财库〔2011〕181号 的年度预留份额自 2012-01-01 起至 2020-12-31 止（财库〔2020〕46号 按项目预留的规则未编码）',
    ko: '{year}년에는 인코딩된 유보 규칙이 없습니다: 财库〔2011〕181号의 연간 유보 비율은 2012-01-01부터 2020-12-31까지이며, 财库〔2020〕46号의 사업별 유보 규칙은 인코딩되지 않았습니다',
    en: 'no set-aside rule is encoded for {year}: the yearly set-aside of 财库〔2011〕181号 runs from 2012-01-01 to 2020-12-31 (the per-project reservation of 财库〔2020〕46号 is not encoded)',
  },
  sme_above_budget: {
    'zh-CN': '面向中小企业预留的项目预算合计超过年度政府采购预算总额',
    ko: '중소기업 대상 유보 프로젝트 예산 합계가 연간 정부구매 예산 총액을 초과합니다',
    en: 'the projects reserved for SMEs add up to more than the annual procurement budget',
  },
  small_micro_above_sme: {
    'zh-CN': '面向小型微型企业预留的金额超过面向中小企业预留的金额',
    ko: '소형·영세기업 대상 유보액이 중소기업 대상 유보액을 초과합니다',
    en: 'the amount reserved for small and micro enterprises exceeds the amount reserved for SMEs',
  },
  awarded_small_micro_above_sme: {
    'zh-CN': '授予小型微型企业的合同金额超过授予中小企业的合同金额',
    ko: '소형·영세기업 수여 계약액이 중소기업 수여 계약액을 초과합니다',
    en: 'the amount awarded to small and micro enterprises exceeds the amount awarded to SMEs',
  },
  other: {
    'zh-CN': '无法计算预留份额：{detail}',
    ko: '유보 비중을 계산할 수 없습니다: {detail}',
    en: 'the set-aside cannot be computed: {detail}',
  },
} as const satisfies Record<string, Labels>;

/** The policy's own messages (reserved-amounts.ts) in three languages; anything else is quoted. */
function inconsistency(e: FormulaError): SetAsideProblem {
  const text = e.message;
  const key = text.includes('reserved for SMEs exceeds the annual procurement budget')
    ? 'sme_above_budget'
    : text.includes('reserved for small and micro enterprises exceeds')
      ? 'small_micro_above_sme'
      : text.includes('awarded to small and micro enterprises exceeds')
        ? 'awarded_small_micro_above_sme'
        : undefined;
  return {
    code: 'inconsistent',
    variable: e.variable,
    message: key ? MESSAGES[key] : interpolate(MESSAGES.other, { detail: text }),
  };
}

function notEncoded(year: number, variable: string): SetAsideProblem {
  return { code: 'not_encoded', variable, message: interpolate(MESSAGES.not_encoded, { year }) };
}

/** A simulation of `members` as `budget_unit`s for `year`. */
function simulationOf(system: TaxBenefitSystem, period: Period, members: readonly SetAsideAmounts[], trace: boolean): Simulation {
  const n = members.length;
  const pop = new Population(system);
  pop.addEntity(
    'budget_unit',
    n,
    members.map((_, i) => `u${i}`),
  );
  for (const [key, id] of INPUTS) {
    const column = defaultColumn(system.variable(id), n) as Float64Array;
    for (let i = 0; i < n; i++) column[i] = members[i][key];
    pop.setInput(id, period, column);
  }
  return new Simulation(system, pop, { trace });
}

/** Whether the rules cover `year` at all (they fail on an empty population when not). */
function yearProblem(system: TaxBenefitSystem, year: number): SetAsideProblem | undefined {
  const period = Period.parse(String(year));
  const probe = simulationOf(system, period, [], false);
  for (const id of [...SET_ASIDE_OUTPUTS, ...AWARDED_OUTPUTS]) {
    try {
      probe.calculate(id, period);
    } catch {
      return notEncoded(year, id);
    }
  }
  return undefined;
}

function decide(system: TaxBenefitSystem, period: Period, members: readonly SetAsideAmounts[]): SetAsideDecision[] {
  const sim = simulationOf(system, period, members, false);
  // The awarded shares are computed too: their consistency check (small/micro ⊆ SME) is the policy's.
  for (const id of AWARDED_OUTPUTS) sim.calculate(id, period);
  const [all, sme, small] = SET_ASIDE_OUTPUTS.map((id) => sim.calculate(id, period) as Uint8Array);
  return members.map((_, i) => ({ computable: true, meets: all[i] === 1, meetsSme: sme[i] === 1, meetsSmallMicro: small[i] === 1 }));
}

/**
 * The policy's set-aside decision for each member's year. One member whose amounts contradict each
 * other does not cost the others: the batch is evaluated one by one when it fails.
 * @example evaluateSetAside(getSystem(), 2013, [{ budgetFen: 100_000_000, smeReservedFen: 30_000_000, smallMicroReservedFen: 18_000_000, smeAwardedFen: 0, smallMicroAwardedFen: 0 }])[0] // { computable: true, meets: true, … }
 */
export function evaluateSetAside(system: TaxBenefitSystem, year: number, members: readonly SetAsideAmounts[]): SetAsideDecision[] {
  const wide = yearProblem(system, year);
  if (wide) return members.map(() => ({ computable: false, problem: wide }));
  const period = Period.parse(String(year));
  try {
    return decide(system, period, members);
  } catch (e) {
    if (!(e instanceof FormulaError)) throw e;
    if (members.length === 1) return [{ computable: false, problem: inconsistency(e) }];
  }
  return members.map((m) => evaluateSetAside(system, year, [m])[0]);
}

/**
 * Why: the engine's trace of the decision (down to the 30% and 60% parameter values, their window and
 * document) and of the awarded shares, for one unit's year. Throws the engine's error when the rules
 * cannot compute it (check {@link evaluateSetAside} first).
 */
export function explainSetAside(system: TaxBenefitSystem, year: number, amounts: SetAsideAmounts): TraceNode[] {
  const period = Period.parse(String(year));
  const sim = simulationOf(system, period, [amounts], true);
  return [SET_ASIDE_OUTPUTS[0], ...AWARDED_OUTPUTS].map((id) => {
    sim.calculate(id, period);
    return explain(sim, id, period, 0);
  });
}
