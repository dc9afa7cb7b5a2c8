import type { Answer, Schema } from './schema.ts';

export type Role =
  | 'admin'
  | 'officer'
  | 'analyst'
  | 'enterprise'
  | 'procurement'
  | 'bank'
  | 'service_provider'
  | 'department'
  | (string & {});

export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly display_name: string | null;
  readonly role: Role;
  readonly locale?: string | null;
  readonly region_prefix?: string | null;
}

export interface SessionInfo {
  readonly user: SessionUser;
  readonly scope: {
    readonly all?: boolean;
    readonly region_prefix?: string;
    readonly enterprise_id?: string;
    readonly budget_unit_id?: string;
    readonly bank_id?: string;
  } | null;
  readonly auth: 'session' | 'token' | 'dev';
  readonly csrf_token?: string | null;
  readonly expires_at?: string | null;
}

export interface Figures {
  readonly year: number;
  readonly employees?: number | null;
  readonly revenue?: number | null;
  readonly total_assets?: number | null;
  readonly taxable_income?: number | null;
  readonly total_profit?: number | null;
  readonly restricted_industry?: boolean | null;
}

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
