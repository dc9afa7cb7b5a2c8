/**
 * The yearly set-aside report as a PDF (the lead's `renderPdfReport`): the facts of the report, the
 * table of units with the same columns and words as the Excel file, rows below the line highlighted,
 * the region's totals, and the rule the report rests on at the foot of every page.
 */
import type { Lang } from '@xiaowei/engine';
import type { SetAsideReport } from '@xiaowei/store';
import { renderPdfReport } from '../../reports/pdf-report.ts';
import { metaLines, REPORT_COLUMNS, rowText, TITLE, totalsStateText, totalsStatus } from './report-table.ts';

const PUBLISHED = { 'zh-CN': '已发布版本', ko: '발행 버전', en: 'Published version' } as const;
const UNITS = { 'zh-CN': '各预算单位', ko: '예산 단위별', en: 'Budget units' } as const;
const TOTALS = { 'zh-CN': '地区合计', ko: '지역 합계', en: 'Region totals' } as const;
const FOOTER = {
  'zh-CN': '依据 财库〔2011〕181号、国发〔2012〕14号（五）；比例为精确值截取至万分之一个百分点',
  ko: '근거: 财库〔2011〕181号, 国发〔2012〕14号 (五); 비율은 정확한 값을 소수 넷째 자리(%)에서 절사',
  en: 'Rules: 财库〔2011〕181号, 国发〔2012〕14号 item 05; shares are exact, cut to four decimals of a percent',
} as const;

/** The report as PDF bytes; `version` and `publishedAt` for a published one. */
export function setAsidePdf(report: SetAsideReport, lang: Lang, published?: { version: number; publishedAt: string }): Promise<Buffer> {
  const columns = REPORT_COLUMNS.map((c) => ({ title: c.header[lang], align: c.kind === 'text' ? ('left' as const) : ('right' as const) }));
  const highlight = report.units.flatMap((u, i) => (u.state === 'below_without_reason' || u.state === 'below_with_reason' ? [i] : []));
  const meta = metaLines(report, lang);
  return renderPdfReport({
    lang,
    title: TITLE[lang],
    subtitle: `${report.regionPrefix || '*'} · ${report.year}`,
    meta: published ? [...meta, [PUBLISHED[lang], `v${published.version} · ${published.publishedAt}`]] : meta,
    sections: [
      { heading: UNITS[lang], table: { columns, rows: report.units.map((u) => rowText(u, lang)), highlight } },
      { heading: TOTALS[lang], table: { columns, rows: [rowText(totalsStatus(report, lang), lang, totalsStateText(report, lang))] } },
    ],
    footer: FOOTER[lang],
  });
}
