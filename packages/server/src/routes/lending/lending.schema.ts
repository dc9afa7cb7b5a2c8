import { REPORT_FIGURES } from '@xiaowei/store';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, listResponses, SIZE_CLASS, typed } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

const YUAN: JsonSchema = { type: 'number', description: 'Yuan, exact to the fen.' };
const YUAN_OR_NULL: JsonSchema = { type: ['number', 'null'], description: 'Yuan, exact to the fen; null when not computed.' };
const RATE: JsonSchema = {
  type: ['number', 'null'],
  description: 'A ratio (0.125 = 12.5%); null when the rules do not cover the quarter.',
};
const FLAG: JsonSchema = { type: ['boolean', 'null'] };
const TEXT: JsonSchema = { type: 'string' };
const TEXT_OR_NULL: JsonSchema = { type: ['string', 'null'] };
const YUAN_IN: JsonSchema = {
  type: ['number', 'string', 'null'],
  maxLength: 40,
  description: 'Yuan with at most two decimals, as a number or as text (text keeps every digit).',
};

const WORDING: JsonSchema = {
  type: ['object', 'null'],
  description: 'The wording of the increment target in force for the quarter (银监发〔2011〕94号 / the 2013 wording).',
  properties: {
    strictly_higher: { type: 'boolean', description: 'true: "高于" (higher than), to 2012; false: "不低于" (not lower than), from 2013.' },
    text: TEXT,
    in_force_from: TEXT,
    document: TEXT_OR_NULL,
    confidence: TEXT,
  },
};

const CHECK: JsonSchema = {
  type: 'object',
  description: 'The policy’s check as computed when the report was filed, with the rule version.',
  properties: {
    all_loan_growth_rate: RATE,
    small_micro_loan_growth_rate: RATE,
    small_lines_share: RATE,
    meets_growth_target: FLAG,
    meets_increment_target: FLAG,
    meets_two_targets: FLAG,
    increment_wording: WORDING,
    problem: { type: ['string', 'null'], description: 'Why the rules could not check the quarter (e.g. before 2012-04-19).' },
    rules_cover: {
      type: ['object', 'null'],
      description: 'When the quarter was not checked: the days the encoded lending targets cover (`to` null while open-ended).',
      properties: { from: TEXT, to: TEXT_OR_NULL },
    },
    policy_version: TEXT,
    parameter_hash: TEXT,
  },
};

const FIGURES_OUT: Record<string, JsonSchema> = Object.fromEntries(
  REPORT_FIGURES.map((f) => [f.variable, f.variable === 'small_micro_loan_count' ? { type: 'integer' } : YUAN]),
);

export const REPORT: JsonSchema = {
  type: 'object',
  properties: {
    bank_id: TEXT,
    bank_name: TEXT,
    region_code: TEXT,
    year: { type: 'integer' },
    quarter: { type: 'integer' },
    period: { type: 'string', description: '2013Q2' },
    ...FIGURES_OUT,
    check: CHECK,
    source: { type: 'string', enum: ['api', 'excel', 'web', 'seed'] },
    submitted_by: TEXT,
    submitted_at: TEXT,
  },
  required: ['bank_id', 'year', 'quarter', 'check'],
};

const FILED: JsonSchema = {
  type: 'object',
  properties: {
    reports: { type: 'array', items: REPORT },
    replaced: { type: 'integer', description: 'Reports of the same quarters replaced.' },
  },
};

const REPORT_IN_PROPERTIES: Record<string, JsonSchema> = {
  bank_id: { type: 'string', maxLength: 64, description: 'The bank (default: the signed-in bank’s own).' },
  year: { type: ['integer', 'string'], description: 'From 2012.' },
  quarter: { type: ['integer', 'string'], description: '1–4.' },
  ...Object.fromEntries(
    REPORT_FIGURES.map((f) => [f.variable, f.variable === 'small_micro_loan_count' ? { type: ['integer', 'string'] } : YUAN_IN]),
  ),
};

export const fileReportSchema = {
  summary: 'File a quarterly small/micro lending report (or several)',
  description:
    'One report at the top level, or several under `reports`. A bank files for itself (`bank_id` may be left out); an administrator for any bank. Every figure is checked (amounts in yuan, balances not negative, small/micro loans not above all loans, the credit-line part not above the small/micro balance, borrowers and balance zero together, the quarter ended, each bank’s periods in order and once); any problem rejects the whole request with XW_ERR_LENDING_REJECTED and nothing is filed. Otherwise each report is checked by the policy (银监发〔2011〕94号 "two not lower than") and stored, replacing a report of the same quarter.',
  tags: ['lending'],
  querystring: querySchema({}),
  body: typed<Record<string, unknown>>({
    type: 'object',
    properties: {
      ...REPORT_IN_PROPERTIES,
      reports: { type: 'array', maxItems: 1000, items: { type: 'object', properties: REPORT_IN_PROPERTIES } },
    },
  }),
  response: { 201: { ...FILED, description: 'Filed.' }, ...ERROR_RESPONSES },
};

/** A downloaded workbook (the serializer does not touch a Buffer). */
const XLSX_RESPONSE = {
  200: {
    description: 'The file (Content-Disposition: attachment).',
    content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } } },
  },
  ...ERROR_RESPONSES,
};

const UPLOAD_DOC = {
  type: 'object',
  properties: { file: { type: 'string', format: 'binary', description: 'The .xlsx or .csv file.' } },
  required: ['file'],
};

export const uploadReportsSchema = {
  summary: 'Upload quarterly lending reports from an Excel (.xlsx) or CSV file',
  description:
    'multipart/form-data with one file field (`file`); one row per bank and quarter; columns by field id or label in any language (see the template). Validated whole: any problem rejects the file with XW_ERR_LENDING_REJECTED listing every problem by row and column, and nothing is filed.',
  tags: ['lending'],
  consumes: ['multipart/form-data'],
  docBody: UPLOAD_DOC,
  querystring: querySchema({}),
  response: { 201: { ...FILED, description: 'Filed.' }, ...ERROR_RESPONSES },
};

export interface ReportListQuery {
  readonly bank?: string;
  readonly region?: string;
  readonly from_year?: number;
  readonly to_year?: number;
}

const LIST_FILTERS = {
  bank: { type: 'string', maxLength: 64, description: 'One bank.' },
  region: { type: 'string', pattern: '^[0-9]{0,6}$', description: 'Region code prefix (narrows the caller’s scope, never widens it).' },
  from_year: { type: 'integer', minimum: 1900, maximum: 2100 },
  to_year: { type: 'integer', minimum: 1900, maximum: 2100 },
} as const;

export const listReportsSchema = {
  summary: 'Lending reports within the caller’s scope',
  description: 'A bank sees its own reports; an officer those of the banks of their region; analysts and administrators all.',
  tags: ['lending'],
  querystring: querySchema(LIST_FILTERS),
  response: listResponses(REPORT),
} as const;

export const getReportSchema = {
  summary: 'One bank’s report of a quarter, with its check explained',
  tags: ['lending'],
  params: {
    type: 'object',
    properties: {
      bank: { type: 'string', minLength: 1, maxLength: 64 },
      year: { type: 'integer', minimum: 1900, maximum: 2100 },
      quarter: { type: 'integer', minimum: 1, maximum: 4 },
    },
    required: ['bank', 'year', 'quarter'],
  },
  querystring: querySchema({}),
  response: { 200: REPORT, ...ERROR_RESPONSES },
} as const;

const POINT: JsonSchema = {
  type: 'object',
  properties: {
    period: TEXT,
    year: { type: 'integer' },
    quarter: { type: 'integer' },
    all_loan_growth_rate: RATE,
    small_micro_loan_growth_rate: RATE,
    small_micro_loan_increment: YUAN,
    small_micro_loan_increment_last_year: YUAN,
    meets_growth_target: FLAG,
    meets_increment_target: FLAG,
    meets_two_targets: FLAG,
    strictly_higher: FLAG,
  },
};

export const dashboardSchema = {
  summary: 'Regional lending dashboard: per bank per quarter, growth rates, increments and the two targets',
  description:
    'For officers (their region), analysts and administrators (all, or `region`). Each point carries the check stored with the report; `wordings` lists the increment wording in force over the periods shown (to 2012 "higher than", from 2013 "not lower than").',
  tags: ['lending'],
  querystring: querySchema(LIST_FILTERS),
  response: {
    200: {
      type: 'object',
      properties: {
        periods: { type: 'array', items: TEXT },
        banks: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              bank_id: TEXT,
              bank_name: TEXT,
              region_code: TEXT,
              quarters_below: { type: 'integer', description: 'Quarters checked in which a target was missed.' },
              points: { type: 'array', items: POINT },
            },
          },
        },
        wordings: { type: 'array', items: { type: 'object', properties: { period: TEXT, wording: WORDING } } },
      },
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const exportDashboardSchema = {
  summary: 'The lending dashboard as an Excel workbook',
  tags: ['lending'],
  querystring: querySchema(LIST_FILTERS),
  response: XLSX_RESPONSE,
} as const;

export const dashboardPdfSchema = {
  summary: 'The lending dashboard as a PDF (the quarters below the line highlighted)',
  tags: ['lending'],
  querystring: querySchema(LIST_FILTERS),
  response: {
    200: {
      description: 'The file (Content-Disposition: attachment).',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const templateSchema = {
  summary: 'The quarterly report template (.xlsx), headers in the caller’s language',
  tags: ['lending'],
  querystring: querySchema({}),
  response: XLSX_RESPONSE,
};

export const LOAN: JsonSchema = {
  type: 'object',
  properties: {
    bank_id: TEXT,
    bank_name: TEXT,
    region_code: TEXT,
    contract_id: TEXT,
    year: { type: 'integer' },
    borrower_credit_code: TEXT,
    borrower_name: TEXT,
    borrower_size_class: SIZE_CLASS,
    signed: TEXT,
    amount: YUAN,
    syndicated: { type: 'boolean' },
    commitment_fee: YUAN,
    fund_management_fee: YUAN,
    advisory_fee: YUAN,
    consulting_fee: YUAN,
    check: {
      type: 'object',
      properties: {
        fee_violation: FLAG,
        fee_review_flag: FLAG,
        violation_amount: YUAN_OR_NULL,
        stamp_duty_exempt: FLAG,
        stamp_duty: YUAN_OR_NULL,
        problem: TEXT_OR_NULL,
        policy_version: TEXT,
        parameter_hash: TEXT,
      },
    },
    uploaded_by: TEXT,
    uploaded_at: TEXT,
  },
};

export const uploadLoansSchema = {
  summary: 'Upload loan records (Excel or CSV) to check fee conduct and stamp duty',
  description:
    'multipart/form-data with one file field (`file`); one row per contract and fee year. Validated whole (XW_ERR_LOAN_RECORDS_REJECTED with every problem by row and column; nothing stored), then each record checked by the policy: commitment and fund-management fees on non-syndicated small/micro loans are violations (银监发〔2011〕94号 art. 6), advisory and consulting fees are flagged for review, and the contract’s stamp-duty exemption (财税〔2011〕105号, 财税〔2014〕78号).',
  tags: ['lending'],
  consumes: ['multipart/form-data'],
  docBody: UPLOAD_DOC,
  querystring: querySchema({}),
  response: {
    201: {
      type: 'object',
      properties: {
        records: { type: 'integer' },
        replaced: { type: 'integer' },
        violations: { type: 'integer' },
        review_flags: { type: 'integer' },
      },
    },
    ...ERROR_RESPONSES,
  },
};

export interface LoanListQuery {
  readonly bank?: string;
  readonly year?: number;
  readonly flagged?: boolean;
}

const LOAN_FILTERS = {
  bank: { type: 'string', maxLength: 64 },
  year: { type: 'integer', minimum: 1900, maximum: 2100 },
  flagged: { type: 'boolean', description: 'Only violations and review flags.' },
} as const;

export const listLoansSchema = {
  summary: 'Loan records with their fee and stamp-duty checks, within the caller’s scope',
  tags: ['lending'],
  querystring: querySchema(LOAN_FILTERS),
  response: listResponses(LOAN),
} as const;

export const exportLoansSchema = {
  summary: 'Loan records with their checks as an Excel workbook',
  tags: ['lending'],
  querystring: querySchema(LOAN_FILTERS),
  response: XLSX_RESPONSE,
} as const;

export const listBanksSchema = {
  summary: 'The banks within the caller’s scope',
  tags: ['lending'],
  querystring: querySchema({}),
  response: listResponses({ type: 'object', properties: { id: TEXT, name: TEXT, region_code: TEXT } }),
};
