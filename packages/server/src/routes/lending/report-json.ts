import { incrementWording } from '@xiaowei/app';
import { addDays, type Labels, type Lang } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import type { LendingReport } from '@xiaowei/store';
import { Yuan } from '../../http/json.ts';

/**
 * The wording of the increment target (银监发〔2011〕94号 and the Opinions item 07: "高于上年同期水平" —
 * strictly higher; the 2013 wording "不低于上年同期水平" — not lower), in each language.
 */
export const INCREMENT_WORDING: Readonly<Record<'strict' | 'not_lower', Labels>> = {
  strict: {
    'zh-CN': '小型微型企业贷款增量高于上年同期水平',
    ko: '소규모 기업 대출 증가량이 전년 동기 수준보다 높을 것',
    en: 'small/micro loan increment higher than the same period last year',
  },
  not_lower: {
    'zh-CN': '小型微型企业贷款增量不低于上年同期水平',
    ko: '소규모 기업 대출 증가량이 전년 동기 수준 이상일 것',
    en: 'small/micro loan increment not lower than the same period last year',
  },
};

/** The increment wording in force for a quarter, as the API returns it (null before the rules start). */
export function wordingJson(year: number, quarter: number, lang: Lang): Record<string, unknown> | null {
  const w = incrementWording(year, quarter);
  if (w === null) return null;
  return {
    strictly_higher: w.strictlyHigher,
    text: INCREMENT_WORDING[w.strictlyHigher ? 'strict' : 'not_lower'][lang],
    in_force_from: w.from,
    document: w.document,
    confidence: w.confidence,
  };
}

/**
 * The days the encoded lending targets cover: from the first dated formula of the policy's
 * `meets_two_targets` to the day before the formula that ends them (null while open-ended). Read from the
 * policy, so a page can say why a quarter was not checked (before the Opinions, or after the targets of
 * 银监发〔2011〕94号 were replaced) without restating the dates.
 */
export function lendingRulesCover(): { readonly from: string; readonly to: string | null } {
  const formulas = getSystem().variable('meets_two_targets').formulas ?? [];
  const first = formulas.findIndex((f) => f.formula !== null);
  const end = formulas.findIndex((f, i) => i > first && f.formula === null);
  return { from: formulas[first].from, to: end === -1 ? null : addDays(formulas[end].from, -1) };
}

/** `2013Q2`. */
export const periodKey = (year: number, quarter: number) => `${year}Q${quarter}`;

/** A stored report as the API returns it: money in exact yuan, the check with the wording in force. */
export function reportJson(r: LendingReport, lang: Lang): Record<string, unknown> {
  const y = (fen: number) => new Yuan(fen);
  return {
    bank_id: r.bankId,
    bank_name: r.bankName,
    region_code: r.regionCode,
    year: r.year,
    quarter: r.quarter,
    period: periodKey(r.year, r.quarter),
    all_loan_balance: y(r.allLoanBalanceFen),
    all_loan_increment: y(r.allLoanIncrementFen),
    small_micro_loan_balance: y(r.smallMicroLoanBalanceFen),
    small_micro_loan_count: r.smallMicroLoanCount,
    small_micro_loan_increment: y(r.smallMicroLoanIncrementFen),
    small_micro_loan_balance_small_lines: y(r.smallLinesBalanceFen),
    all_loan_balance_last_year: y(r.allLoanBalanceLastYearFen),
    small_micro_loan_balance_last_year: y(r.smallMicroLoanBalanceLastYearFen),
    small_micro_loan_increment_last_year: y(r.smallMicroLoanIncrementLastYearFen),
    check: {
      all_loan_growth_rate: r.check.allLoanGrowthRate,
      small_micro_loan_growth_rate: r.check.smallMicroLoanGrowthRate,
      small_lines_share: r.check.smallLinesShare,
      meets_growth_target: r.check.meetsGrowthTarget,
      meets_increment_target: r.check.meetsIncrementTarget,
      meets_two_targets: r.check.meetsTwoTargets,
      increment_wording: r.check.problem === null ? wordingJson(r.year, r.quarter, lang) : null,
      problem: r.check.problem,
      rules_cover: r.check.problem === null ? null : lendingRulesCover(),
      policy_version: r.check.policyVersion,
      parameter_hash: r.check.parameterHash,
    },
    source: r.source,
    submitted_by: r.submittedBy,
    submitted_at: r.submittedAt,
  };
}
