/**
 * What a statistics bulletin says (item 29 of 国发〔2012〕14号), as frozen when it is published: every figure is
 * computed from the store (counts, integer fen, exact share text), with the names it shows, so that the public
 * page, the PDF and the Excel file of a published version all read the same document. A part the platform holds
 * no data for says so (`available: false`); nothing is estimated.
 */
import type { Labels } from '@xiaowei/engine';
import type { BulletinPeriod } from './period.ts';

/** A figure now and in the period (or year, or quarter) before. */
export interface Change {
  readonly current: number;
  readonly previous: number;
  readonly change: number;
}

export interface KeyedChange extends Change {
  /** A size class, an industry group, or a region code (6 digits). */
  readonly key: string;
}

export interface NamedRegion {
  readonly code: string;
  readonly name: Labels;
}

export interface EnterpriseFigures {
  /** Enterprises of the registry founded on or before the day (or with no founding date recorded). */
  readonly asOf: string;
  readonly previousAsOf: string;
  /** Size classes are the policy's classification of the period's year (工信部联企业〔2011〕300号); `unclassified` when none. */
  readonly sizeYear: number;
  readonly previousSizeYear: number;
  readonly total: Change;
  readonly bySizeClass: readonly KeyedChange[];
  readonly byIndustryGroup: readonly KeyedChange[];
  readonly byRegion: readonly KeyedChange[];
}

export interface EntitlementRow {
  readonly key: string;
  /** A measure's title (by measure) — absent by region, where the region list names it. */
  readonly name?: Labels;
  readonly enterprises: number;
  readonly valueFen: number;
}

/** What the registry's enterprises are entitled to in the period's year (stored entitlements, exact fen). */
export interface EntitlementFigures {
  readonly year: number;
  readonly previousYear: number;
  readonly available: boolean;
  /** Enterprises with a support value above zero. */
  readonly enterprises: Change;
  readonly valueFen: Change;
  readonly byMeasure: readonly EntitlementRow[];
  readonly byRegion: readonly EntitlementRow[];
  /**
   * Take-up in the period (offers made, confirmed, paid); `{ available: false }` when no programme or offer
   * exists in the region — and in every bulletin of format 1, written before the platform recorded offers.
   */
  readonly takeUp: TakeUpFigures | NoData;
}

/** A part the platform holds no data for. */
export interface NoData {
  readonly available: false;
}

export interface TakeUpMeasureRow {
  /** The measure's id; `name` its title. */
  readonly key: string;
  readonly name: Labels;
  readonly offered: Change;
  readonly offeredFen: Change;
  readonly confirmed: Change;
  readonly confirmedFen: Change;
  readonly paid: Change;
  readonly paidFen: Change;
}

/**
 * Offers of the programmes (issue 13) whose enterprise lies in the region, counted by the China day of each
 * event: made (`eligible_at`), confirmed by the enterprise (`confirmed_at`), paid (`paid_at`, status paid);
 * the period and the one before, exact fen.
 */
export interface TakeUpFigures {
  readonly available: true;
  readonly programmes: number;
  readonly offered: Change;
  readonly offeredFen: Change;
  readonly confirmed: Change;
  readonly confirmedFen: Change;
  readonly paid: Change;
  readonly paidFen: Change;
  readonly byMeasure: readonly TakeUpMeasureRow[];
}

export interface ComplaintRow {
  /** A complaint type (`fee`, `bank`) or a department code. */
  readonly key: string;
  readonly filed: Change;
  readonly replied: Change;
  readonly repliedInTime: Change;
  readonly rated: Change;
  readonly ratingSum: Change;
}

/**
 * Complaints of enterprises of the region (issue 14, items 06 and 11): filed in the period (China day of
 * filing), replied in the period, of those replied by the due date, and the ratings given in the period (sum and
 * count: the mean is exact as `ratingSum / rated`, shown as text cut to 2 places).
 */
export interface ComplaintFigures {
  readonly available: true;
  readonly filed: Change;
  readonly replied: Change;
  readonly repliedInTime: Change;
  readonly rated: Change;
  readonly ratingSum: Change;
  /** ratingSum / rated, decimal text cut (not rounded) to 2 places; null when nothing was rated. */
  readonly meanRating: string | null;
  readonly previousMeanRating: string | null;
  readonly byType: readonly ComplaintRow[];
  readonly byDepartment: readonly ComplaintRow[];
}

export interface SetAsideRegionRow {
  readonly key: string;
  readonly units: number;
  readonly unitsRecorded: number;
  readonly unitsMeeting: number;
  readonly unitsBelow: number;
  readonly budgetFen: number;
  readonly smeReservedFen: number;
  readonly smallMicroReservedFen: number;
}

/** Budget units against the 30% / 18% lines of 财库〔2011〕181号 for the period's year, as decided by the policy. */
export interface SetAsideFigures {
  readonly year: number;
  readonly available: boolean;
  readonly units: number;
  readonly unitsRecorded: number;
  readonly unitsMeeting: number;
  readonly unitsBelow: number;
  readonly budgetFen: number;
  readonly smeReservedFen: number;
  readonly smallMicroReservedFen: number;
  /** Exact shares of the budget, decimal text cut to 6 places. */
  readonly smeReservedShare: string;
  readonly smallMicroReservedShare: string;
  /** The policy's decision on the region's sums (null: nothing to decide). */
  readonly meets: boolean | null;
  readonly byRegion: readonly SetAsideRegionRow[];
}

export interface LendingRegionRow {
  readonly key: string;
  readonly banks: number;
  readonly banksMeetingTwoTargets: number;
  readonly smallMicroBalanceFen: number;
  readonly smallMicroIncrementFen: number;
}

/** Banks' quarterly small/micro lending reports (items 07 and 11) of the latest quarter closed by the period's end. */
export interface LendingFigures {
  readonly year: number;
  readonly quarter: number;
  readonly previousYear: number;
  readonly previousQuarter: number;
  readonly available: boolean;
  readonly banks: Change;
  /** Banks whose small/micro loans grow at least as fast as all loans and by at least last year's increment. */
  readonly banksMeetingTwoTargets: Change;
  readonly smallMicroBalanceFen: Change;
  readonly smallMicroIncrementFen: Change;
  readonly byRegion: readonly LendingRegionRow[];
}

/** A target the Opinions set, with the platform's figure for it or none. */
export interface TargetRow {
  /** The item of 国发〔2012〕14号. */
  readonly item: number;
  readonly key: string;
  readonly target: Labels;
  /** The figure measured, or null: the platform holds no data for it. */
  readonly measured: number | null;
  readonly of: number | null;
}

export interface BulletinContent {
  /** 1: take-up and complaints always `{ available: false }`; 2: computed (format 1 still reads). */
  readonly formatVersion: 1 | 2;
  readonly regionPrefix: string;
  readonly regionName: Labels;
  readonly period: BulletinPeriod;
  readonly previousPeriod: BulletinPeriod;
  readonly generatedAt: string;
  readonly policyVersion: string;
  readonly parameterHash: string;
  /** The regions one level below the bulletin's (its comparison tables' rows), with their names. */
  readonly regions: readonly NamedRegion[];
  readonly enterprises: EnterpriseFigures;
  readonly entitlements: EntitlementFigures;
  readonly setAside: SetAsideFigures;
  readonly lending: LendingFigures;
  /** Complaints of enterprises in the period, or none recorded in the region ever. */
  readonly complaints: ComplaintFigures | NoData;
  readonly targets: readonly TargetRow[];
  /** What changed, in sentences written from the figures above. */
  readonly text: Readonly<Record<'zh-CN' | 'ko' | 'en', readonly string[]>>;
}
