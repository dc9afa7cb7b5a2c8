/** Shapes of the tender routes' answers (packages/server: routes/tenders). Money in yuan, rates as exact decimal text. */

export type TenderMethod = 'lowest_price' | 'comprehensive';
export type TenderStatus = 'draft' | 'evaluated' | 'published';
export type DeclaredClass = 'large' | 'medium' | 'small' | 'micro';

export interface Tender {
  readonly id: string;
  readonly budget_unit_id: string;
  readonly budget_unit_name: string;
  readonly region_code: string;
  readonly project_id: string | null;
  readonly name: string;
  readonly date: string;
  readonly method: TenderMethod;
  readonly price_weight: string | null;
  readonly deduction_rate: string | null;
  readonly consortium_deduction_rate: string | null;
  readonly reserved_for_sme: boolean;
  readonly status: TenderStatus;
  readonly version: number;
  readonly bid_count: number;
  readonly updated_at: string;
}

export interface TenderBid {
  readonly id: string;
  readonly supplier_id: string | null;
  readonly supplier_name: string;
  readonly price: number;
  readonly technical_score: string | null;
  readonly compliant: boolean;
  readonly supplier_size_class: DeclaredClass | null;
  readonly products: readonly {
    manufacturer_id: string | null;
    manufacturer_name: string;
    manufacturer_size_class: DeclaredClass;
    large_enterprise_trademark: boolean;
  }[];
  readonly consortium: readonly { member_id: string | null; name: string; size_class: DeclaredClass; share: string }[];
}

export interface DeclarationCheck {
  readonly party: 'supplier' | 'manufacturer' | 'member';
  readonly index: number | null;
  readonly party_id: string | null;
  readonly party_name: string;
  readonly declared: DeclaredClass;
  readonly status: 'confirmed' | 'contradicted' | 'not_verifiable';
  readonly registry_class: DeclaredClass | null;
  readonly material: boolean;
  readonly explanation: string;
}

export interface BidOutcome {
  readonly id: string;
  readonly supplier_id: string | null;
  readonly supplier_name: string;
  readonly price: number;
  readonly compliant: boolean;
  readonly supplier_size_class: DeclaredClass | null;
  readonly evaluated_size_class: DeclaredClass | null;
  readonly consortium: boolean;
  readonly deduction_rate: number;
  readonly deduction_reason: string;
  readonly reason: string;
  readonly deduction: number;
  readonly evaluated_price: number;
  readonly technical_score: string | null;
  readonly price_score: number | null;
  readonly total_score: number | null;
  readonly rank: number | null;
  readonly declarations: readonly DeclarationCheck[];
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

export interface TenderEvaluation {
  readonly tender_id: string;
  readonly sequence: number;
  readonly date: string;
  readonly method: TenderMethod;
  readonly deduction_rate: string | null;
  readonly consortium_deduction_rate: string | null;
  readonly legal_range: { readonly small_micro: Range; readonly consortium: Range };
  readonly contradictions: number;
  readonly bids: readonly BidOutcome[];
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly evaluated_at: string;
  readonly evaluated_by: string;
  readonly evaluated_by_name: string;
  readonly published_at: string | null;
  readonly published_by: string | null;
  readonly published_by_name: string | null;
}

export interface TenderDetail extends Tender {
  readonly bids: readonly TenderBid[];
  readonly evaluation: TenderEvaluation | null;
}

export interface TenderList {
  readonly items: readonly Tender[];
  readonly next_cursor: string | null;
}

export interface LegalRange {
  readonly date: string;
  readonly small_micro: Range;
  readonly consortium: Range;
  readonly consortium_share: number;
}

/** A project of the budget unit (the set-aside routes), to which a tender's award is written when it is published. */
export interface UnitProject {
  readonly id: string;
  readonly year: number;
  readonly name: string;
  readonly reserved_for: string;
  readonly award: { readonly supplier_name: string } | null;
  readonly tender_id: string | null;
}
