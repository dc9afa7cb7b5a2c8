/**
 * The budget-unit, project and set-aside routes' answers (packages/server: routes/set-aside), named from the
 * generated API types. Money in yuan, exact; shares as exact decimal text cut to 6 places ('0.299999').
 */
import type { Answer } from './schema.ts';

/** A budget unit (GET /api/v1/budget-units lists them). */
export type BudgetUnit = Answer<'/api/v1/budget-units', 'get'>['items'][number];
/** GET /api/v1/budget-units/{id}: the unit with its years' procurement budgets and shortfall reasons. */
export type BudgetUnitDetail = Answer<'/api/v1/budget-units/{id}', 'get'>;
export type BudgetUnitYear = BudgetUnitDetail['years'][number];

/** A procurement project of a unit, with its reservation and award (GET /api/v1/budget-units/{id}/projects). */
export type Project = Answer<'/api/v1/budget-units/{id}/projects', 'get'>['items'][number];
export type ReservedFor = Project['reserved_for'];
export type Award = NonNullable<Project['award']>;
export type AwardSizeClass = Award['size_class'];

/** GET /api/v1/set-aside/report: the region's units, their shares and decisions, and the totals. */
export type SetAsideReport = Answer<'/api/v1/set-aside/report', 'get'>;
/** One unit's year: amounts, shares, the policy's decisions and the state the report marks. */
export type SetAsideStatus = SetAsideReport['units'][number];
export type SetAsideState = SetAsideStatus['state'];
export type Shares = SetAsideStatus['shares'];
/** GET /api/v1/budget-units/{id}/set-aside/{year}: the status with the engine's trace of the decision. */
export type SetAsideExplained = Answer<'/api/v1/budget-units/{id}/set-aside/{year}', 'get'>;

/** A published report, without the report (GET /api/v1/set-aside/reports lists them). */
export type PublishedReportSummary = Answer<'/api/v1/set-aside/reports', 'get'>['items'][number];
