/** Store records of item 05 (camelCase, money in fen) as the API returns them (snake_case, exact yuan). */
import type { Lang } from '@xiaowei/engine';
import type {
  BudgetUnit,
  BudgetUnitDetail,
  BudgetUnitYear,
  ProcurementProject,
  PublishedReportSummary,
  SetAsideAmounts,
  SetAsideReport,
  SetAsideShares,
  SetAsideStatus,
  SetAsideTotals,
} from '@xiaowei/store';
import { Yuan } from '../../http/json.ts';

export function budgetUnitJson(u: BudgetUnit): Record<string, unknown> {
  return { id: u.id, name: u.name, region_code: u.regionCode, created_at: u.createdAt, updated_at: u.updatedAt };
}

export function yearJson(y: BudgetUnitYear): Record<string, unknown> {
  return {
    year: y.year,
    procurement_budget: new Yuan(y.procurementBudgetFen),
    shortfall_reason: y.shortfallReason,
    shortfall_reason_by: y.shortfallReasonBy,
    shortfall_reason_at: y.shortfallReasonAt,
    updated_at: y.updatedAt,
  };
}

export function budgetUnitDetailJson(u: BudgetUnitDetail): Record<string, unknown> {
  return { ...budgetUnitJson(u), years: u.years.map(yearJson) };
}

export function projectJson(p: ProcurementProject): Record<string, unknown> {
  return {
    id: p.id,
    budget_unit_id: p.budgetUnitId,
    year: p.year,
    name: p.name,
    budget: new Yuan(p.budgetFen),
    reserved_for: p.reservedFor,
    award:
      p.award === null
        ? null
        : {
            supplier_id: p.award.supplierId,
            supplier_name: p.award.supplierName,
            size_class: p.award.sizeClass,
            amount: new Yuan(p.award.amountFen),
          },
    tender_id: p.tenderId,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

function amountsJson(a: SetAsideAmounts): Record<string, unknown> {
  return {
    procurement_budget: new Yuan(a.budgetFen),
    sme_reserved: new Yuan(a.smeReservedFen),
    small_micro_reserved: new Yuan(a.smallMicroReservedFen),
    sme_awarded: new Yuan(a.smeAwardedFen),
    small_micro_awarded: new Yuan(a.smallMicroAwardedFen),
  };
}

function sharesJson(s: SetAsideShares): Record<string, string> {
  return {
    sme_reserved: s.smeReserved,
    small_micro_reserved: s.smallMicroReserved,
    sme_awarded: s.smeAwarded,
    small_micro_awarded: s.smallMicroAwarded,
  };
}

export function statusJson(s: SetAsideStatus, lang: Lang): Record<string, unknown> {
  return {
    budget_unit_id: s.budgetUnitId,
    name: s.name,
    region_code: s.regionCode,
    year: s.year,
    ...amountsJson(s.amounts),
    shares: sharesJson(s.shares),
    meets_sme: s.meetsSme,
    meets_small_micro: s.meetsSmallMicro,
    meets: s.meets,
    state: s.state,
    problem: s.problem === null ? null : { code: s.problem.code, variable: s.problem.variable, message: s.problem.message[lang] },
    shortfall_reason: s.shortfallReason,
    shortfall_reason_by: s.shortfallReasonBy,
    shortfall_reason_at: s.shortfallReasonAt,
  };
}

function totalsJson(t: SetAsideTotals, lang: Lang): Record<string, unknown> {
  return {
    units: t.units,
    units_recorded: t.unitsRecorded,
    units_meeting: t.unitsMeeting,
    units_below: t.unitsBelow,
    units_below_without_reason: t.unitsBelowWithoutReason,
    units_not_computable: t.unitsNotComputable,
    ...amountsJson(t.amounts),
    shares: sharesJson(t.shares),
    meets_sme: t.meetsSme,
    meets_small_micro: t.meetsSmallMicro,
    meets: t.meets,
    problem: t.problem === null ? null : { code: t.problem.code, variable: t.problem.variable, message: t.problem.message[lang] },
  };
}

export function reportJson(r: SetAsideReport, lang: Lang): Record<string, unknown> {
  return {
    region: r.regionPrefix,
    year: r.year,
    generated_at: r.generatedAt,
    policy_version: r.policyVersion,
    parameter_hash: r.parameterHash,
    units: r.units.map((u) => statusJson(u, lang)),
    totals: totalsJson(r.totals, lang),
  };
}

export function publishedSummaryJson(p: PublishedReportSummary): Record<string, unknown> {
  return {
    id: p.id,
    region: p.regionPrefix,
    year: p.year,
    version: p.version,
    policy_version: p.policyVersion,
    parameter_hash: p.parameterHash,
    published_by: p.publishedBy,
    published_at: p.publishedAt,
  };
}
