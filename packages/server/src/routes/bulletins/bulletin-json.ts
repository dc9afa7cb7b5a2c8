/** A bulletin as the API returns it: snake_case, money in exact yuan, names and sentences in the response language. */
import type { Lang } from '@xiaowei/engine';
import { industryGroupName, sizeClassName } from '@xiaowei/policy/format';
import {
  type Bulletin,
  type BulletinChange,
  type BulletinComplaintRow,
  type BulletinContent,
  type BulletinSummary,
  COMPLAINT_TYPE_LABELS,
  DEPARTMENT_LABELS,
} from '@xiaowei/store';
import { Yuan } from '../../http/json.ts';

const UNCLASSIFIED = { 'zh-CN': '未划型', ko: '미분류', en: 'Unclassified' } as const;

export function sizeName(key: string, lang: Lang): string {
  return key === 'unclassified' ? UNCLASSIFIED[lang] : sizeClassName(key, lang);
}

export function regionNameOf(c: BulletinContent, code: string, lang: Lang): string {
  return c.regions.find((r) => r.code === code)?.name[lang] ?? code;
}

const yuanChange = (c: BulletinChange) => ({ current: new Yuan(c.current), previous: new Yuan(c.previous), change: new Yuan(c.change) });

/** A complaint type (`fee`, `bank`) or a department code by name. */
export function complaintKeyName(key: string, lang: Lang): string {
  return (COMPLAINT_TYPE_LABELS as Record<string, Record<Lang, string> | undefined>)[key]?.[lang] ?? DEPARTMENT_LABELS[key]?.[lang] ?? key;
}

function takeUpJson(c: BulletinContent, lang: Lang): Record<string, unknown> {
  const t = c.entitlements.takeUp;
  if (!t.available) return { available: false };
  const figures = (f: Omit<typeof t, 'available' | 'programmes' | 'byMeasure'>) => ({
    offered: f.offered,
    offered_amount: yuanChange(f.offeredFen),
    confirmed: f.confirmed,
    confirmed_amount: yuanChange(f.confirmedFen),
    paid: f.paid,
    paid_amount: yuanChange(f.paidFen),
  });
  return {
    available: true,
    programmes: t.programmes,
    ...figures(t),
    by_measure: t.byMeasure.map((m) => ({ key: m.key, name: m.name[lang], ...figures(m) })),
  };
}

function complaintsJson(c: BulletinContent, lang: Lang): Record<string, unknown> {
  const k = c.complaints;
  if (!k.available) return { available: false };
  const figures = (f: Omit<BulletinComplaintRow, 'key'>) => ({
    filed: f.filed,
    replied: f.replied,
    replied_in_time: f.repliedInTime,
    rated: f.rated,
    rating_sum: f.ratingSum,
  });
  const rows = (list: readonly BulletinComplaintRow[]) =>
    list.map((r) => ({ key: r.key, name: complaintKeyName(r.key, lang), ...figures(r) }));
  return {
    available: true,
    ...figures(k),
    mean_rating: k.meanRating,
    previous_mean_rating: k.previousMeanRating,
    by_type: rows(k.byType),
    by_department: rows(k.byDepartment),
  };
}

export function contentJson(c: BulletinContent, lang: Lang): Record<string, unknown> {
  const region = (key: string) => regionNameOf(c, key, lang);
  const e = c.enterprises;
  const t = c.entitlements;
  const s = c.setAside;
  const l = c.lending;
  return {
    format_version: c.formatVersion,
    region: c.regionPrefix,
    region_name: c.regionName[lang],
    period: c.period,
    previous_period: c.previousPeriod,
    generated_at: c.generatedAt,
    policy_version: c.policyVersion,
    parameter_hash: c.parameterHash,
    regions: c.regions.map((r) => ({ code: r.code, name: r.name[lang] })),
    enterprises: {
      as_of: e.asOf,
      previous_as_of: e.previousAsOf,
      size_year: e.sizeYear,
      previous_size_year: e.previousSizeYear,
      total: e.total,
      by_size_class: e.bySizeClass.map((r) => ({ ...r, name: sizeName(r.key, lang) })),
      by_industry_group: e.byIndustryGroup.map((r) => ({ ...r, name: industryGroupName(r.key, lang) })),
      by_region: e.byRegion.map((r) => ({ ...r, name: region(r.key) })),
    },
    entitlements: {
      year: t.year,
      previous_year: t.previousYear,
      available: t.available,
      enterprises: t.enterprises,
      amount: yuanChange(t.valueFen),
      by_measure: t.byMeasure.map((m) => ({
        key: m.key,
        name: m.name?.[lang] ?? m.key,
        enterprises: m.enterprises,
        amount: new Yuan(m.valueFen),
      })),
      by_region: t.byRegion.map((m) => ({ key: m.key, name: region(m.key), enterprises: m.enterprises, amount: new Yuan(m.valueFen) })),
      take_up: takeUpJson(c, lang),
    },
    set_aside: {
      year: s.year,
      available: s.available,
      units: s.units,
      units_recorded: s.unitsRecorded,
      units_meeting: s.unitsMeeting,
      units_below: s.unitsBelow,
      budget: new Yuan(s.budgetFen),
      sme_reserved: new Yuan(s.smeReservedFen),
      small_micro_reserved: new Yuan(s.smallMicroReservedFen),
      sme_reserved_share: s.smeReservedShare,
      small_micro_reserved_share: s.smallMicroReservedShare,
      meets: s.meets,
      by_region: s.byRegion.map((r) => ({
        key: r.key,
        name: region(r.key),
        units: r.units,
        units_recorded: r.unitsRecorded,
        units_meeting: r.unitsMeeting,
        units_below: r.unitsBelow,
        budget: new Yuan(r.budgetFen),
        sme_reserved: new Yuan(r.smeReservedFen),
        small_micro_reserved: new Yuan(r.smallMicroReservedFen),
      })),
    },
    lending: {
      year: l.year,
      quarter: l.quarter,
      previous_year: l.previousYear,
      previous_quarter: l.previousQuarter,
      available: l.available,
      banks: l.banks,
      banks_meeting_two_targets: l.banksMeetingTwoTargets,
      small_micro_balance: yuanChange(l.smallMicroBalanceFen),
      small_micro_increment: yuanChange(l.smallMicroIncrementFen),
      by_region: l.byRegion.map((r) => ({
        key: r.key,
        name: region(r.key),
        banks: r.banks,
        banks_meeting_two_targets: r.banksMeetingTwoTargets,
        small_micro_balance: new Yuan(r.smallMicroBalanceFen),
        small_micro_increment: new Yuan(r.smallMicroIncrementFen),
      })),
    },
    complaints: complaintsJson(c, lang),
    targets: c.targets.map((g) => ({ item: g.item, key: g.key, target: g.target[lang], measured: g.measured, of: g.of })),
    text: c.text[lang],
  };
}

export function summaryJson(b: BulletinSummary): Record<string, unknown> {
  return {
    id: b.id,
    region: b.regionPrefix,
    period_kind: b.periodKind,
    period: b.period,
    status: b.status,
    version: b.version,
    content_hash: b.contentHash,
    created_by: b.createdBy,
    created_at: b.createdAt,
    reviewed_by: b.reviewedBy,
    reviewed_at: b.reviewedAt,
    published_by: b.publishedBy,
    published_at: b.publishedAt,
  };
}

export function bulletinJson(b: Bulletin, lang: Lang): Record<string, unknown> {
  return { ...summaryJson(b), content: contentJson(b.content, lang) };
}
