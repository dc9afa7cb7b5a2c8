import type { Lang } from '@xiaowei/engine';
import { reportColumns } from '@xiaowei/store';
import type { FastifyReply } from 'fastify';
import { sendWorkbook } from './workbook.ts';

/**
 * GET /api/v1/lending/reports/template: the header row of a quarterly report file in the caller's language
 * (each column the label of its policy variable; the upload reads labels in any language and field ids).
 */
export function reportTemplate(lang: Lang, reply: FastifyReply): Promise<FastifyReply> {
  const columns = reportColumns().map((c) => ({ header: c.labels[lang], kind: 'text' as const }));
  return sendWorkbook(
    reply,
    'lending-report-template.xlsx',
    { 'zh-CN': '季度报告', ko: '분기 보고', en: 'Quarterly report' }[lang],
    columns,
    [],
  );
}
