/**
 * What each department feeds (issue 13 §2), in the policy's own words: every field of a feed is an input variable
 * of `@xiaowei/policy` (its id is the column name, its value read by the variable's decoder), so a feed says
 * exactly what the entitlements read and nothing is invented here.
 * - graduate hires (human resources and social security; item 25, 人社部发〔2012〕… graduate notice): the
 *   `graduate_hire` entity linked to its employer — hire date, graduation year, contract months, contributions
 *   paid in full, insured months, the local average wage, the hire's region, pre-job training;
 * - administrative fee events (any department that charges fees; item 16, 财综〔2011〕104号): the `fee_event`
 *   entity linked to its payer — fee code, date, amount, region;
 * - premises and rent (cluster operators; item 23): `rents_premises`, `premises_rent`;
 * - R&D spend and donations (tax): `rd_expensed_costs`, `rd_intangible_amortisation`, `sme_fund_donation`,
 *   `other_public_welfare_donation`;
 * - yearly figures (market regulation, statistics): the registry's own columns (employees, revenue, assets,
 *   taxable income, profit).
 * Loans are fed by banks through the lending feed (`lendingReports` / `loanRecords`), not here.
 */
import type { Labels, Variable } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import type { Department } from '../repositories/users.ts';

export const FEED_KINDS = ['graduate_hires', 'fee_events', 'premises_rent', 'rd_donations', 'yearly_figures'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** Where a kind's rows go. */
export type FeedTarget =
  | { readonly kind: 'linked'; readonly entity: 'graduate_hire' | 'fee_event'; readonly link: string; readonly keyField: string }
  | { readonly kind: 'inputs' }
  | { readonly kind: 'columns' };

export interface FeedKindSpec {
  readonly key: FeedKind;
  /** The departments that may send it (`null`: any department). */
  readonly departments: readonly Department[] | null;
  readonly target: FeedTarget;
  /** Policy variables, in template order; the required ones first. */
  readonly variables: readonly string[];
  readonly required: readonly string[];
  /** The year of a row: its `year` column, or the year of this date variable. */
  readonly yearFrom: 'year' | string;
  readonly label: Labels;
}

export const FEED_SPECS: Readonly<Record<FeedKind, FeedKindSpec>> = {
  graduate_hires: {
    key: 'graduate_hires',
    departments: ['human_resources'],
    target: { kind: 'linked', entity: 'graduate_hire', link: 'employer', keyField: 'hire_id' },
    variables: [
      'hire_date',
      'graduation_year',
      'contract_months',
      'social_insurance_paid_in_full',
      'insured_months',
      'local_average_monthly_wage',
      'hire_region',
      'pre_job_training_given',
    ],
    required: ['hire_date', 'graduation_year', 'contract_months'],
    yearFrom: 'year',
    label: { 'zh-CN': '招用高校毕业生', ko: '대학 졸업생 채용', en: 'Graduate hires' },
  },
  fee_events: {
    key: 'fee_events',
    departments: null,
    target: { kind: 'linked', entity: 'fee_event', link: 'payer', keyField: 'fee_id' },
    variables: ['fee_event_code', 'fee_event_date', 'fee_event_amount', 'fee_event_region'],
    required: ['fee_event_code', 'fee_event_date', 'fee_event_amount'],
    yearFrom: 'fee_event_date',
    label: { 'zh-CN': '行政事业性收费', ko: '행정사업성 수수료', en: 'Administrative fees' },
  },
  premises_rent: {
    key: 'premises_rent',
    departments: ['cluster_operator'],
    target: { kind: 'inputs' },
    variables: ['rents_premises', 'premises_rent'],
    required: ['rents_premises'],
    yearFrom: 'year',
    label: { 'zh-CN': '经营场所与租金', ko: '사업장과 임대료', en: 'Premises and rent' },
  },
  rd_donations: {
    key: 'rd_donations',
    departments: ['tax'],
    target: { kind: 'inputs' },
    variables: ['rd_expensed_costs', 'rd_intangible_amortisation', 'sme_fund_donation', 'other_public_welfare_donation'],
    required: [],
    yearFrom: 'year',
    label: { 'zh-CN': '研发费用与捐赠', ko: '연구개발비와 기부', en: 'R&D spend and donations' },
  },
  yearly_figures: {
    key: 'yearly_figures',
    departments: ['market_regulation', 'statistics'],
    target: { kind: 'columns' },
    variables: ['employees', 'revenue', 'total_assets', 'taxable_income', 'total_profit'],
    required: [],
    yearFrom: 'year',
    label: { 'zh-CN': '年度经营数据', ko: '연간 경영 수치', en: 'Yearly figures' },
  },
};

/** Whether a department may send a kind. */
export function mayFeed(department: Department | null, kind: FeedKind): boolean {
  if (department === null) return false;
  const allowed = FEED_SPECS[kind].departments;
  return allowed === null || allowed.includes(department);
}

/** The kinds a department may send. */
export function kindsOf(department: Department | null): FeedKind[] {
  return FEED_KINDS.filter((k) => mayFeed(department, k));
}

/** The policy variable behind a field. */
export function variableOf(id: string): Variable {
  return getSystem().variable(id);
}

/** The columns of a kind's rows: enterprise, year (unless from a date), the key of a linked row, the variables. */
export function columnsOf(kind: FeedKind): string[] {
  const spec = FEED_SPECS[kind];
  return [
    'enterprise_id',
    ...(spec.yearFrom === 'year' ? ['year'] : []),
    ...(spec.target.kind === 'linked' ? [spec.target.keyField] : []),
    ...spec.variables,
  ];
}

const FIXED_LABELS: Record<string, Labels> = {
  enterprise_id: { 'zh-CN': '企业编号', ko: '기업 ID', en: 'Enterprise id' },
  year: { 'zh-CN': '年度', ko: '연도', en: 'Year' },
  hire_id: { 'zh-CN': '招用编号', ko: '채용 번호', en: 'Hire id' },
  fee_id: { 'zh-CN': '收费编号', ko: '수수료 번호', en: 'Fee id' },
};

/** A column's heading in each language: the policy variable's own label. */
export function columnLabel(column: string): Labels {
  return FIXED_LABELS[column] ?? variableOf(column).label;
}
