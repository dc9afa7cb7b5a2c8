/**
 * The yearly set-aside report as a PDF (the lead's `renderPdfReport`): the facts of the report, the
 * table of units with the same columns and words as the Excel file, rows below the line highlighted,
 * the region's totals, and the rule the report rests on at the foot of every page.
 */
import type { Lang } from '@xiaowei/engine';
import { formatDateTime } from '@xiaowei/policy/format';
import type { SetAsideReport, SetAsideState } from '@xiaowei/store';
import { renderPdfReport } from '../../reports/pdf-report.ts';
import { metaLines, REPORT_COLUMNS, rowText, TITLE, totalsStateText, totalsStatus } from './report-table.ts';

const PUBLISHED = { 'zh-CN': '已发布版本', ko: '발행 버전', en: 'Published version' } as const;
const UNITS = { 'zh-CN': '各预算单位', ko: '예산 단위별', en: 'Budget units' } as const;
const CHART = {
  'zh-CN': { heading: '预留比例与 30%、18% 标准', sme: '面向中小企业预留（%）', smallMicro: '面向小型微型企业预留（%）' },
  ko: { heading: '유보 비중과 30%·18% 기준', sme: '중소기업 유보(%)', smallMicro: '소형·영세기업 유보(%)' },
  en: {
    heading: 'Reserved shares against the 30% and 18% lines',
    sme: 'Reserved for SMEs (%)',
    smallMicro: 'Reserved for small/micro (%)',
  },
} as const;
const TOTALS = { 'zh-CN': '地区合计', ko: '지역 합계', en: 'Region totals' } as const;
const FOOTER = {
  'zh-CN': '依据 财库〔2011〕181号、国发〔2012〕14号（五）；比例为精确值截取至万分之一个百分点',
  ko: '근거: 财库〔2011〕181号, 国发〔2012〕14号 (五); 비율은 정확한 값을 소수 넷째 자리(%)에서 절사',
  en: 'Rules: 财库〔2011〕181号, 国发〔2012〕14号 item 05; shares are exact, cut to four decimals of a percent',
} as const;

/** The blue and green of the web page's chart (Ant Design's palette). */
const CHART_COLOURS = ['#1677ff', '#52c41a'] as const;

/** A share (exact decimal text of a fraction) in percent, for a bar. */
const percent = (share: string): number => Number(share) * 100;

/** Units whose shares mean something: not those without a budget or whose figures the rules cannot take. */
const CHARTED: ReadonlySet<SetAsideState> = new Set(['meets', 'below_with_reason', 'below_without_reason']);

/** The report as PDF bytes; `version` and `publishedAt` for a published one. */
export function setAsidePdf(report: SetAsideReport, lang: Lang, published?: { version: number; publishedAt: string }): Promise<Buffer> {
  const columns = REPORT_COLUMNS.map((c) => ({ title: c.header[lang], align: c.kind === 'text' ? ('left' as const) : ('right' as const) }));
  const highlight = report.units.flatMap((u, i) => (u.state === 'below_without_reason' || u.state === 'below_with_reason' ? [i] : []));
  const meta = metaLines(report, lang);
  return renderPdfReport({
    lang,
    title: TITLE[lang],
    // Twelve columns of amounts and shares: landscape, so that no figure breaks.
    landscape: true,
    subtitle: `${report.regionPrefix || '*'} · ${report.year}`,
    meta: published ? [...meta, [PUBLISHED[lang], `v${published.version} · ${formatDateTime(published.publishedAt, lang)}`]] : meta,
    sections: [
      {
        heading: CHART[lang].heading,
        chart: {
          series: [
            { name: CHART[lang].sme, colour: CHART_COLOURS[0] },
            { name: CHART[lang].smallMicro, colour: CHART_COLOURS[1] },
          ],
          // The bars are a picture of the table's exact shares (same units, same order); the table has the figures.
          rows: report.units.map((u) => ({
            label: u.name,
            values: CHARTED.has(u.state) ? [percent(u.shares.smeReserved), percent(u.shares.smallMicroReserved)] : [null, null],
          })),
          lines: [
            { value: 18, label: '18%' },
            { value: 30, label: '30%' },
          ],
          unit: '%',
        },
      },
      { heading: UNITS[lang], table: { columns, rows: report.units.map((u) => rowText(u, lang)), highlight } },
      { heading: TOTALS[lang], table: { columns, rows: [rowText(totalsStatus(report, lang), lang, totalsStateText(report, lang))] } },
    ],
    footer: FOOTER[lang],
  });
}
