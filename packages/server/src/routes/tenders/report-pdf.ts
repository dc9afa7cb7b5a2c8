import type { Lang } from '@xiaowei/engine';
import type { TenderEvaluation } from '@xiaowei/store';
import { renderPdfReport } from '../../reports/pdf-report.ts';
import { REPORT_WORDS, reportText } from './report-table.ts';

/** The evaluation report as PDF (the shared report renderer, fonts embedded): facts, bids, declaration checks. */
export function reportPdf(e: TenderEvaluation, lang: Lang): Promise<Buffer> {
  const t = reportText(e, lang);
  return renderPdfReport({
    lang,
    title: t.title,
    subtitle: t.subtitle,
    meta: t.meta,
    sections: [
      { heading: REPORT_WORDS.bids[lang], table: { columns: t.bidColumns, rows: t.bidRows } },
      {
        heading: REPORT_WORDS.flags[lang],
        ...(t.flagRows.length > 0
          ? {
              table: {
                columns: t.flagColumns,
                rows: t.flagRows,
                highlight: t.flagRows.flatMap((r, i) => (r[3] === REPORT_WORDS.contradicted[lang] ? [i] : [])),
              },
            }
          : {}),
        paragraphs: t.notes,
      },
    ],
    footer: t.footer,
  });
}
