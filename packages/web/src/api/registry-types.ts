import type { Answer, Schema } from './schema.ts';

/** An enterprise of the registry list, with its newest figures and stored entitlement summary. Money in yuan. */
export type RegistryEnterprise = Schema<'RegistryEnterprise'>;

/** GET /api/v1/enterprises: one keyset page. */
export type EnterpriseList = Answer<'/api/v1/enterprises', 'get'>;

/** GET /api/v1/enterprises/{id}: the enterprise with its years and stored entitlements. */
export type EnterpriseDetail = Schema<'RegistryEnterpriseDetail'>;
/** One year's stored entitlements, with the rule version that computed them. */
export type StoredEntitlement = EnterpriseDetail['entitlements'][number];

/** GET /api/v1/imports/{id}: progress and result of an import. */
export type ImportJob = Schema<'ImportJob'>;

/** GET /api/v1/statistics/summary: exact aggregates of a year within the caller's scope. Money in yuan, exact to the fen. */
export type StatisticsSummary = Answer<'/api/v1/statistics/summary', 'get'>;
/** One group of the summary (regions: with their name in the response language). */
export type StatisticsGroup = StatisticsSummary['by_region'][number];
/** One measure's totals in the year: eligible enterprises and total value (title null when not in the catalogue). */
export type StatisticsMeasure = StatisticsSummary['by_measure'][number];

/** GET /api/v1/auth/me (and the sign-in answers): who is signed in, what they may see, how. */
export type SessionInfo = Answer<'/api/v1/auth/me', 'get'>;
export type SessionUser = SessionInfo['user'];
export type Role = SessionUser['role'];

/** One year's figures of an enterprise (money in yuan, exact to the fen). */
export type Figures = EnterpriseDetail['years'][number];
