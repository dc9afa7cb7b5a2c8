/**
 * What the store hands back of a tender: the tender, its bids with their declarations, and its
 * evaluations, whose `result` is the evaluation report (the same object the service and its exports show).
 */
import type { Labels } from '@xiaowei/engine';
import type { DeductionReason } from '@xiaowei/policy';
import type { LegalDeductionRanges } from './legal-deduction-ranges.ts';
import type { DeclaredClass, MemberDeclaration, ProductDeclaration, TenderMethod, TenderStatus } from './tender-fields.ts';

export interface Tender {
  readonly id: string;
  readonly budgetUnitId: string;
  readonly budgetUnitName: string;
  readonly regionCode: string;
  readonly projectId: string | null;
  readonly name: string;
  readonly tenderDate: string;
  readonly method: TenderMethod;
  readonly priceWeight: string | null;
  readonly deductionRate: string | null;
  readonly consortiumDeductionRate: string | null;
  readonly reservedForSme: boolean;
  readonly status: TenderStatus;
  /** 1 when created, +1 on every change of the tender or its bids (optimistic concurrency). */
  readonly version: number;
  readonly bidCount: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface TenderBid {
  readonly bidId: string;
  readonly position: number;
  readonly supplierId: string | null;
  readonly supplierName: string;
  readonly priceFen: number;
  readonly technicalScore: string | null;
  readonly compliant: boolean;
  readonly declaredSizeClass: DeclaredClass | null;
  readonly products: readonly ProductDeclaration[];
  readonly consortium: readonly MemberDeclaration[];
}

export interface TenderDetail extends Tender {
  readonly bids: readonly TenderBid[];
  /** The newest evaluation, if any (published or not). */
  readonly evaluation: TenderEvaluation | null;
}

/** The registry's view of one declared party (supplier, product manufacturer or consortium member). */
export interface DeclarationCheck {
  readonly party: 'supplier' | 'manufacturer' | 'member';
  /** Position of the product or member in the bid (from 0); null for the supplier. */
  readonly index: number | null;
  readonly partyId: string | null;
  readonly partyName: string;
  readonly declared: DeclaredClass;
  /**
   * `confirmed`: the registry has the same class for the tender's year; `contradicted`: the registry's
   * figures give another class; `not_verifiable`: no registry id, not in the registry, or no figures for the year.
   */
  readonly status: 'confirmed' | 'contradicted' | 'not_verifiable';
  readonly registryClass: DeclaredClass | null;
  /** Contradicted on the side that matters: the declaration claims small/micro and the registry does not, or the reverse. */
  readonly material: boolean;
  /** Why, in every language (the registry's size explanation when there is one). */
  readonly explanation: Labels;
}

/** One bid in the evaluation report. */
export interface BidOutcome {
  readonly bidId: string;
  readonly supplierId: string | null;
  readonly supplierName: string;
  /** The bid price in fen: the contract amount if it wins. */
  readonly priceFen: number;
  readonly compliant: boolean;
  readonly declaredSizeClass: DeclaredClass | null;
  /** The class the bid counts as (evaluated-size-class.ts): the award's class when it wins. */
  readonly evaluatedSizeClass: DeclaredClass | null;
  readonly consortium: boolean;
  /** The deduction applied (0.06 = 6%; 0 when none). */
  readonly deductionRate: number;
  readonly deductionReason: DeductionReason;
  /** Why the deduction was (or was not) applied, in every language (the policy's reason). */
  readonly reason: Labels;
  readonly deductionFen: number;
  /** The price that enters the evaluation: bid price less the deduction, in fen. */
  readonly evaluatedPriceFen: number;
  readonly technicalScore: string | null;
  /** Comprehensive scoring only. */
  readonly priceScore: number | null;
  readonly totalScore: number | null;
  /** 1 = winner; null: not compliant. */
  readonly rank: number | null;
  readonly declarations: readonly DeclarationCheck[];
}

/** The evaluation report, stored as the evaluation's `result`. */
export interface EvaluationReport {
  readonly v: 1;
  readonly tenderId: string;
  readonly tenderName: string;
  readonly budgetUnitId: string;
  readonly budgetUnitName: string;
  readonly tenderDate: string;
  readonly method: TenderMethod;
  readonly reservedForSme: boolean;
  readonly priceWeight: string | null;
  readonly deductionRate: string | null;
  readonly consortiumDeductionRate: string | null;
  /** The legal ranges in force on the tender's date. */
  readonly ranges: LegalDeductionRanges;
  /** Bids in the order they were entered. */
  readonly bids: readonly BidOutcome[];
  /** Declarations the registry contradicts. */
  readonly contradictions: number;
}

export interface TenderEvaluation {
  readonly tenderId: string;
  readonly sequence: number;
  readonly result: EvaluationReport;
  readonly policyVersion: string;
  readonly parameterHash: string;
  readonly evaluatedAt: string;
  readonly evaluatedBy: string;
  readonly publishedAt: string | null;
  readonly publishedBy: string | null;
  /** Display names of the users (the ids when not a stored user, e.g. `system`). */
  readonly evaluatedByName: string;
  readonly publishedByName: string | null;
}
