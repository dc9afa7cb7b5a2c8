/** Offers, programmes, objections, batches and take-up rows as the API writes them (money as exact yuan). */
import type { Lang } from '@xiaowei/engine';
import type { Catalogue } from '@xiaowei/policy';
import { closedReasonLabel, type Objection, type Offer, type PaymentBatch, type Programme, type TakeUpRow } from '@xiaowei/store';
import { Yuan } from '../../http/json.ts';

/** Measure and sub-measure titles of the catalogue by id. */
export function measureTitles(catalogue: Catalogue, lang: Lang): Map<string, string> {
  return new Map(
    catalogue.measures.flatMap((m) => [[m.id, m.title[lang]] as const, ...m.subMeasures.map((s) => [s.id, s.title[lang]] as const)]),
  );
}

export function programmeJson(
  p: Programme,
  titles: ReadonlyMap<string, string>,
  budget?: { reservedFen: number; remainingFen: number; waiting: number },
) {
  return {
    id: p.id,
    name: p.name,
    measure: p.measure,
    measure_title: titles.get(p.measure) ?? null,
    department: p.department,
    region_code: p.regionCode,
    year: p.year,
    budget: new Yuan(p.budgetFen),
    ...(budget ? { reserved: new Yuan(budget.reservedFen), remaining: new Yuan(budget.remainingFen), waiting: budget.waiting } : {}),
    publicity_days: p.publicityDays,
    created_by: p.createdBy,
    created_at: p.createdAt,
  };
}

/** An account number with all but its last four characters hidden: `6222021234567890123` → `***************0123`. */
export function maskedAccountNumber(number: string): string {
  return number.length <= 4 ? '*'.repeat(number.length) : `${'*'.repeat(number.length - 4)}${number.slice(-4)}`;
}

/**
 * An offer as JSON. `maskAccount`: the account number shown by its last four characters only — for readers who
 * follow a programme but do not pay it (a feeding department), who need to see that an account was given, not
 * the account (each role sees the least it needs).
 */
export function offerJson(
  o: Offer,
  lang: Lang,
  titles: ReadonlyMap<string, string>,
  label: (variable: string) => string,
  maskAccount = false,
) {
  return {
    id: o.id,
    programme_id: o.programmeId,
    programme_name: o.programmeName,
    department: o.department,
    enterprise_id: o.enterpriseId,
    enterprise_name: o.enterpriseName,
    credit_code: o.creditCode,
    region_code: o.regionCode,
    year: o.year,
    measure: o.measure,
    measure_title: titles.get(o.measure) ?? null,
    amount: new Yuan(o.amountFen),
    status: o.status,
    why: {
      policy_version: o.trace.policyVersion,
      parameter_hash: o.trace.parameterHash,
      components: o.trace.components.map((c) => ({
        variable: c.valueVariable,
        label: label(c.valueVariable),
        eligible: c.eligible,
        value: c.valueFen === null ? null : new Yuan(c.valueFen),
        counted: c.counted,
      })),
    },
    eligible_at: o.eligibleAt,
    confirmed_at: o.confirmedAt,
    reserved_at: o.reservedAt,
    published_at: o.publishedAt,
    publicity_ends_at: o.publicityEndsAt,
    paid_at: o.paidAt,
    closed_at: o.closedAt,
    closed_reason: o.closedReason === null ? null : (closedReasonLabel(o.closedReason)?.[lang] ?? o.closedReason),
    closed_reason_code: o.closedReason,
    failure_reason: o.failureReason,
    account:
      o.account === null
        ? null
        : {
            account_name: o.account.accountName,
            bank_name: o.account.bankName,
            account_number: maskAccount ? maskedAccountNumber(o.account.accountNumber) : o.account.accountNumber,
          },
  };
}

export function objectionJson(j: Objection) {
  return {
    id: j.id,
    offer_id: j.offerId,
    programme_id: j.programmeId,
    enterprise_name: j.enterpriseName,
    credit_code: j.creditCode,
    region_code: j.regionCode,
    filed_by: j.filedBy,
    contact: j.contact,
    reason: j.reason,
    status: j.status,
    filed_at: j.filedAt,
    decided_at: j.decidedAt,
    decision_reason: j.decisionReason,
  };
}

export function batchJson(b: Omit<PaymentBatch, 'lines'> & { lines?: PaymentBatch['lines'] }) {
  return {
    id: b.id,
    programme_id: b.programmeId,
    programme_name: b.programmeName,
    status: b.status,
    created_by: b.createdBy,
    created_at: b.createdAt,
    approved_by: b.approvedBy,
    approved_at: b.approvedAt,
    total: new Yuan(b.totalFen),
    ...(b.lines
      ? {
          lines: b.lines.map((l) => ({
            offer_id: l.offerId,
            enterprise_id: l.enterpriseId,
            enterprise_name: l.enterpriseName,
            credit_code: l.creditCode,
            reference: l.reference,
            amount: new Yuan(l.amountFen),
            account_name: l.accountName,
            bank_name: l.bankName,
            account_number: l.accountNumber,
            result: l.result,
            result_at: l.resultAt,
            failure_reason: l.failureReason,
          })),
        }
      : {}),
  };
}

type Counts = Omit<TakeUpRow, 'programme' | 'daysToPaymentMedian' | 'daysToPaymentMean'>;

function countsJson(r: Counts) {
  return {
    eligible: r.eligible,
    promised: new Yuan(r.promisedFen),
    offered: r.offered,
    offered_amount: new Yuan(r.offeredFen),
    confirmed: r.confirmed,
    confirmed_amount: new Yuan(r.confirmedFen),
    published: r.published,
    published_amount: new Yuan(r.publishedFen),
    paid: r.paid,
    paid_amount: new Yuan(r.paidFen),
    unclaimed: r.unclaimed,
    unclaimed_amount: new Yuan(r.unclaimedFen),
    withdrawn: r.withdrawn,
    waiting: r.waiting,
  };
}

export function takeUpJson(rows: readonly TakeUpRow[], titles: ReadonlyMap<string, string>) {
  const keys = [
    'eligible',
    'promisedFen',
    'offered',
    'offeredFen',
    'confirmed',
    'confirmedFen',
    'published',
    'publishedFen',
    'paid',
    'paidFen',
    'unclaimed',
    'unclaimedFen',
    'withdrawn',
    'waiting',
  ] as const;
  const totals = Object.fromEntries(keys.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as unknown as Counts;
  return {
    items: rows.map((r) => ({
      programme_id: r.programme.id,
      programme_name: r.programme.name,
      measure: r.programme.measure,
      measure_title: titles.get(r.programme.measure) ?? null,
      region_code: r.programme.regionCode,
      year: r.programme.year,
      ...countsJson(r),
      days_to_payment_median: r.daysToPaymentMedian,
      days_to_payment_mean: r.daysToPaymentMean,
    })),
    totals: { ...countsJson(totals), days_to_payment_median: null, days_to_payment_mean: null },
  };
}
