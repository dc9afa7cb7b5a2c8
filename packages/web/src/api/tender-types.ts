/**
 * The tender routes' answers (packages/server: routes/tenders), named from the generated API types: money in
 * yuan, rates and weights as exact decimal text.
 */
import type { Answer, Schema } from './schema.ts';
import type { Project } from './set-aside-types.ts';

/** A stored tender without its bids (GET /api/v1/tenders lists them). */
export type Tender = Schema<'StoredTender'>;
export type TenderMethod = Tender['method'];
export type TenderStatus = Tender['status'];

/** GET /api/v1/tenders: one keyset page. */
export type TenderList = Answer<'/api/v1/tenders', 'get'>;

/** GET /api/v1/tenders/{id}: the tender with its bids, their declarations and the newest evaluation. */
export type TenderDetail = Schema<'TenderDetail'>;
export type TenderBid = TenderDetail['bids'][number];
/** A size class an SME declaration states (large, medium, small, micro). */
export type DeclaredClass = TenderBid['products'][number]['manufacturer_size_class'];

/** The evaluation report: per bid the deduction and why, evaluated price, scores, rank and declaration checks. */
export type TenderEvaluation = Schema<'TenderEvaluation'>;
export type BidOutcome = TenderEvaluation['bids'][number];
export type DeclarationCheck = BidOutcome['declarations'][number];

/** GET /api/v1/tenders/legal-range: the legal deduction ranges in force on a date. */
export type LegalRange = Answer<'/api/v1/tenders/legal-range', 'get'>;

/** A project of the budget unit (the set-aside routes), to which a tender's award is written when it is published. */
export type UnitProject = Project;
