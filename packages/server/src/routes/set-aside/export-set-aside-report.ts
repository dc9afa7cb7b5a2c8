import type { Lang } from '@xiaowei/engine';
import type { SetAsideReport } from '@xiaowei/store';
import type { FastifyReply } from 'fastify';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { REPORT_QUERY } from './get-set-aside-report.ts';
import { setAsidePdf } from './set-aside-pdf.ts';
import { setAsideXlsx } from './set-aside-xlsx.ts';

const FILE: JsonSchema = { type: 'string', format: 'binary' };
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

export const FILE_RESPONSE = {
  200: {
    description: 'The file (Content-Disposition: attachment).',
    content: { [XLSX_TYPE]: { schema: FILE }, [PDF_TYPE]: { schema: FILE } },
  },
  ...ERROR_RESPONSES,
} as const;

export const exportSetAsideReportSchema = {
  summary: 'The yearly set-aside report of a region as an Excel workbook',
  description: 'The same figures as `GET /api/v1/set-aside/report`, in the response language; units below the line highlighted.',
  tags: ['set-aside'],
  querystring: querySchema(REPORT_QUERY, ['year']),
  response: FILE_RESPONSE,
} as const;

/** The file name of a report: region, year and (for a published one) its version. */
export function reportFileName(report: SetAsideReport, ext: string, version?: number): string {
  return `xiaowei-set-aside-${report.regionPrefix || 'all'}-${report.year}${version !== undefined ? `-v${version}` : ''}.${ext}`;
}

/** Sends the report as .xlsx. */
export async function sendXlsx(reply: FastifyReply, report: SetAsideReport, lang: Lang, version?: number): Promise<FastifyReply> {
  const bytes = await setAsideXlsx(report, lang);
  reply.header('content-disposition', `attachment; filename="${reportFileName(report, 'xlsx', version)}"`);
  return reply.type(XLSX_TYPE).send(bytes);
}

export const exportSetAsidePdfSchema = {
  summary: 'The yearly set-aside report of a region as a PDF',
  description: 'The same figures as `GET /api/v1/set-aside/report`, in the response language; units below the line highlighted.',
  tags: ['set-aside'],
  querystring: querySchema(REPORT_QUERY, ['year']),
  response: FILE_RESPONSE,
} as const;

/** Sends the report as PDF. */
export async function sendPdf(
  reply: FastifyReply,
  report: SetAsideReport,
  lang: Lang,
  published?: { version: number; publishedAt: string },
): Promise<FastifyReply> {
  const bytes = await setAsidePdf(report, lang, published);
  reply.header('content-disposition', `attachment; filename="${reportFileName(report, 'pdf', published?.version)}"`);
  return reply.type(PDF_TYPE).send(bytes);
}
