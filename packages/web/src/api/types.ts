/**
 * The engine and catalogue routes' answers (packages/server: routes/classify, entitlements, measures and
 * parameters), named from the generated API types. Money is in yuan as a JSON number, exact to the fen; text
 * is in the language asked for (`?lang=`).
 */
import type { OneResult } from './one-result.ts';
import type { Answer, Schema } from './schema.ts';

/** POST /api/v1/classify: `result` for one enterprise, `results` (same order) for a batch. */
export type ClassifyAnswer = Answer<'/api/v1/classify', 'post'>;
/** One enterprise's size class with the explanation (300号 art. 4): the tier missed and the bounds that decided. */
export type ClassifiedEnterprise = NonNullable<ClassifyAnswer['result']>;
export type IndicatorCheck = ClassifiedEnterprise['explanation']['checks'][number];
export type Indicator = IndicatorCheck['indicator'];
/** The classify answer to one enterprise (see {@link OneResult}). */
export type ClassifyResponse = OneResult<ClassifyAnswer>;

/** POST /api/v1/entitlements: `result` for one enterprise, `results` for a batch. */
export type EntitlementsAnswer = Answer<'/api/v1/entitlements', 'post'>;
/** One enterprise's entitlements, the whole-package total and what it leaves out. */
export type AssessedEnterprise = NonNullable<EntitlementsAnswer['result']>;
/**
 * One entitlement: eligible or not, its value in yuan (0 when not), whether it counts in the total, each
 * condition, and what is `pending` when an input the answer needs was not given.
 */
export type EntitlementResult = AssessedEnterprise['entitlements'][number];
/** The entitlements answer to one enterprise (see {@link OneResult}). */
export type EntitlementsResponse = OneResult<EntitlementsAnswer>;

/** GET /api/v1/measures: the items of Guofa [2012] No. 14 that pass the filter. */
export type MeasuresResponse = Answer<'/api/v1/measures', 'get'>;
/** One of the 29 items of Guofa [2012] No. 14 in one language, with its sub-measures. */
export type Measure = MeasuresResponse['measures'][number];
/** A sub-measure (an item has every field a sub-measure has). */
export type MeasureBase = Measure['sub_measures'][number];
export type MeasureDocument = MeasureBase['documents'][number];
/** One stretch of a measure's timeline (months `YYYY-MM`); `reason` only in English. */
export type TimelineSegment = NonNullable<MeasureBase['timeline']>[number];

/** GET /api/v1/measures/{id}: an item with its Korean full text, or a sub-measure with its item as `parent`. */
export type MeasureAnswer = Answer<'/api/v1/measures/{*}', 'get'>;
/** GET /api/v1/measures/{id} of an item (`gf2012-14/NN`). */
export type MeasureDetail = Extract<MeasureAnswer, { readonly item: number }>;

/** A node of the parameter tree (GET /api/v1/parameters, and /api/v1/parameters/{path} on a folder). */
export type ParameterTreeItem = Schema<'ParameterTreeItem'>;
/** A leaf parameter's whole history, or a scale's brackets (GET /api/v1/parameters/{path} on a leaf). */
export type ParameterHistory = Schema<'ParameterHistory'>;
/**
 * GET /api/v1/parameters/{path}: a leaf's history or a scale's brackets ({@link ParameterHistory}), or a
 * folder's subtree ({@link ParameterTreeItem}); only the history has `references`, only the tree item `name`.
 */
export type ParameterAnswer = Answer<'/api/v1/parameters/{*}', 'get'>;
export type ParameterEntry = NonNullable<ParameterHistory['values']>[number];
export type ParameterValue = ParameterEntry['value'];
