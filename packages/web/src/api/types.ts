/**
 * Shapes of the server's answers (packages/server: the route schemas and /api/openapi.json). Money is
 * in yuan as a JSON number, exact to the fen; text is in the language asked for (`?lang=`).
 */
import type { IndustryGroup, SizeClass } from '../data/industry-groups.ts';

export interface RuleVersion {
  readonly policy_version: string;
  readonly parameter_hash: string;
}

export type Indicator = 'employees' | 'revenue' | 'total_assets';

export interface IndicatorCheck {
  readonly indicator: Indicator;
  readonly value: number;
  readonly bound: number;
  readonly met: boolean;
}

export interface ClassifiedEnterprise {
  readonly industry: string;
  readonly industry_group: IndustryGroup;
  readonly size_class: SizeClass;
  readonly is_small_or_micro: boolean;
  readonly explanation: {
    readonly text: string;
    readonly deciding_tier: 'large' | 'medium' | 'small';
    readonly checks: readonly IndicatorCheck[];
  };
}

export interface ClassifyResponse extends RuleVersion {
  readonly period: string;
  readonly result: ClassifiedEnterprise;
}

export interface EntitlementCondition {
  readonly variable: string;
  readonly label: string;
  readonly met: boolean;
  readonly threshold?: {
    readonly quantity: string;
    readonly op: '<=' | '<' | '>=' | '>';
    readonly value: number | string | boolean;
    readonly bound: number | string | boolean;
  };
  /** For an unmet condition: what is wrong and what would change it, in the user's language. */
  readonly advice?: string;
}

export interface EntitlementResult {
  /** Catalogue id, e.g. `gf2012-14/02.2`. */
  readonly measure: string;
  readonly title: string | null;
  readonly eligible: boolean;
  /** Yuan in the year (0 when not eligible). */
  readonly value: number;
  /** Whether the value counts in the total (of schemes that cannot be combined, only the largest does). */
  readonly counted: boolean;
  readonly conditions: readonly EntitlementCondition[];
  /**
   * An input not given that the answer needs: to decide eligibility (then `eligible` is false: not
   * established) or, eligible, to compute the amount (then `value` is 0 and not counted). `message` says what to give.
   */
  readonly pending?: {
    readonly for: 'eligibility' | 'amount';
    readonly input: string;
    readonly label: string;
    readonly message: string;
  };
}

export interface AssessedEnterprise {
  /** Yuan. */
  readonly total_support_value: number;
  readonly entitlements: readonly EntitlementResult[];
  /** Measures whose rules are not encoded for the year. */
  readonly not_encoded: readonly string[];
  /** Measures eligible whose amount is pending an input: not in the total. */
  readonly total_excludes: readonly string[];
}

export interface EntitlementsResponse extends RuleVersion {
  readonly period: string;
  readonly result: AssessedEnterprise;
}

export type MeasureKind = 'entitlement' | 'obligation' | 'programme' | 'service' | 'informational';
export type Beneficiary = 'enterprise' | 'individual' | 'bank' | 'guarantor' | 'budget_unit' | 'platform' | 'government';

export interface MeasureDocument {
  readonly number: string;
  readonly title: string;
  readonly confidence: 'verified' | 'secondary' | 'unconfirmed';
}

export interface MeasureBase {
  readonly id: string;
  readonly kind: MeasureKind;
  readonly title: string;
  readonly summary: string;
  readonly beneficiaries: readonly Beneficiary[];
  readonly effective: { readonly from: string; readonly to: string | null };
  readonly documents: readonly MeasureDocument[];
  readonly variables: readonly string[];
  /** Stretches 2012-01 … 2027-12 derived from the variables; null for a text-only measure. */
  readonly timeline?: readonly TimelineSegment[] | null;
}

/** One stretch of a measure's timeline (months `YYYY-MM`); `reason` only in English. */
export interface TimelineSegment {
  readonly from: string;
  readonly to: string;
  readonly status: 'encoded' | 'partial' | 'not_encoded';
  readonly reason?: string;
}

/** One of the 29 items of Guofa [2012] No. 14 in one language. */
export interface Measure extends MeasureBase {
  readonly item: number;
  readonly chapter: number;
  readonly kinds: readonly MeasureKind[];
  readonly tags: readonly string[];
  readonly sub_measures: readonly MeasureBase[];
  /** The item's full text where the catalogue has it in this language. */
  readonly text?: string | null;
}

export interface Chapter {
  readonly chapter: number;
  readonly title: string;
}

export interface ParameterReference {
  readonly document: string;
  readonly article?: string;
  readonly title?: string;
  readonly url?: string;
}

export type ParameterValue = number | string | boolean | null;

/** A node of the parameter tree (GET /api/v1/parameters/{path} on a folder). */
export interface ParameterTreeItem {
  readonly path: string;
  readonly name: string;
  readonly kind: 'node' | 'parameter' | 'scale';
  readonly label: string | null;
  readonly unit?: string;
  readonly value?: ParameterValue;
  readonly children?: readonly ParameterTreeItem[];
}

export interface ParameterEntry {
  readonly start: string;
  readonly end: string | null;
  readonly value: ParameterValue;
  readonly references: readonly ParameterReference[];
  readonly confidence: 'verified' | 'secondary' | 'unconfirmed';
  readonly note?: string;
}

/** A leaf parameter's whole history (GET /api/v1/parameters/{path} on a leaf). */
export interface ParameterHistory {
  readonly path: string;
  readonly kind: 'parameter' | 'scale';
  readonly label: string | null;
  readonly description?: string;
  readonly unit?: string;
  readonly references: readonly ParameterReference[];
  readonly confidence: 'verified' | 'secondary' | 'unconfirmed';
  readonly note?: string;
  readonly values?: readonly ParameterEntry[];
  readonly brackets?: readonly {
    readonly threshold: ParameterHistory;
    readonly rate?: ParameterHistory;
    readonly amount?: ParameterHistory;
  }[];
}

/** One measure (GET /api/v1/measures/{id}): an item with its Korean full text, or a sub-measure with its parent. */
export type MeasureDetail = Measure & { readonly chapter_title: string; readonly text_ko?: string; readonly parent?: string };
