/**
 * A simulation run's result as a report: one table (the total, then each region, industry group, size class and
 * measure: enterprises, baseline, reform, change, beneficiaries, gainers, losers) for Excel — amounts and counts
 * as numbers with @xiaowei/policy/format's Excel formats — and for PDF, with a chart of the change by measure.
 */
import {
  DIMENSION_LABELS,
  type Dimension,
  type GroupTally,
  OUTCOME_COLUMNS,
  type SimulationOutcome,
  type Tally,
  yuanText,
} from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import type { Catalogue } from '@xiaowei/policy';
import { EXCEL_FORMAT, formatFen, formatNumber, industryGroupName, sizeClassName } from '@xiaowei/policy/format';
import ExcelJS from 'exceljs';
import { defuseWorkbook } from '../../http/formula-injection.ts';
import { renderPdfReport } from '../../reports/pdf-report.ts';

type L = Readonly<Record<Lang, string>>;
const TITLE: L = { 'zh-CN': '政策调整测算', ko: '정책 개정 시뮬레이션', en: 'What-if simulation' };
const COLUMNS = OUTCOME_COLUMNS;
const META: Readonly<Record<string, L>> = {
  scenario: { 'zh-CN': '情景', ko: '시나리오', en: 'Scenario' },
  period: { 'zh-CN': '年度', ko: '연도', en: 'Year' },
  enterprises: { 'zh-CN': '企业', ko: '기업', en: 'Enterprises' },
  incomplete: { 'zh-CN': '缺少数据未计入', ko: '자료 부족으로 제외', en: 'Left out for a missing figure' },
  rules: {
    'zh-CN': '规则版本（现行 / 改革参数哈希）',
    ko: '규칙 버전(현행 / 개정 매개변수 해시)',
    en: 'Rules (baseline / reform parameter hash)',
  },
};
const CHART: L = { 'zh-CN': '各措施变化（元）', ko: '조치별 변화(위안)', en: 'Change by measure (yuan)' };

interface ReportRow {
  readonly dimension: string;
  readonly group: string;
  readonly tally: Tally;
}

function rows(o: SimulationOutcome, catalogue: Catalogue, regions: ReadonlyMap<string, string>, lang: Lang): ReportRow[] {
  const titles = new Map(
    catalogue.measures.flatMap((m) => [[m.id, m.title[lang]] as const, ...m.subMeasures.map((s) => [s.id, s.title[lang]] as const)]),
  );
  const name = (d: string, g: GroupTally): string => {
    if (g.key === 'unknown') return '—';
    if (d === 'region') return regions.get(g.key) ?? g.key;
    if (d === 'industry_group') return industryGroupName(g.key, lang);
    if (d === 'size_class') return sizeClassName(g.key, lang);
    return `${g.key} ${titles.get(g.key) ?? ''}`.trim();
  };
  const groups: [Dimension, readonly GroupTally[]][] = [
    ['region', o.byRegion],
    ['industry_group', o.byIndustryGroup],
    ['size_class', o.bySizeClass],
    ['measure', o.byMeasure],
  ];
  return [
    { dimension: DIMENSION_LABELS.total[lang], group: '', tally: o.totals },
    ...groups.flatMap(([d, list]) => list.map((g) => ({ dimension: DIMENSION_LABELS[d][lang], group: name(d, g), tally: g }))),
  ];
}

function meta(o: SimulationOutcome, lang: Lang): [string, string][] {
  return [
    [META.scenario[lang], o.scenario],
    [META.period[lang], o.period],
    [META.enterprises[lang], formatNumber(o.enterprises, lang)],
    [META.incomplete[lang], formatNumber(o.incomplete, lang)],
    [META.rules[lang], `${o.policyVersion} (${o.baselineHash} / ${o.reformHash})`],
  ];
}

/** Fen as a number of fen (every registry sum is far below 2^53; a larger one is refused, never rounded). */
function fenNumber(fen: bigint): number {
  const n = Number(fen);
  if (!Number.isSafeInteger(n)) throw new RangeError('a sum beyond 2^53 fen');
  return n;
}

/** The result as .xlsx bytes: amounts and counts are numbers, shown with the shared Excel formats. */
export async function simulationXlsx(
  o: SimulationOutcome,
  catalogue: Catalogue,
  regions: ReadonlyMap<string, string>,
  lang: Lang,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Xiaowei';
  const sheet = workbook.addWorksheet(TITLE[lang]);
  sheet.columns = COLUMNS.map((c, i) => ({
    header: c.label[lang],
    key: c.key,
    width: i === 1 ? 40 : 18,
    ...(c.kind === 'money'
      ? { style: { numFmt: EXCEL_FORMAT.money } }
      : c.kind === 'count'
        ? { style: { numFmt: EXCEL_FORMAT.count } }
        : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows(o, catalogue, regions, lang)) {
    const values: Record<string, unknown> = { dimension: r.dimension, group: r.group };
    for (const c of COLUMNS.slice(2)) {
      const v = r.tally[c.key as keyof Tally];
      // Yuan as a number exact to the fen (doubles hold every amount up to 10^13 yuan with fen).
      values[c.key] = c.kind === 'money' ? Number(yuanText(v as bigint)) : v;
    }
    sheet.addRow(values);
  }
  sheet.getRow(2).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const about = workbook.addWorksheet({ 'zh-CN': '说明', ko: '설명', en: 'about' }[lang]);
  about.columns = [{ width: 36 }, { width: 80 }];
  about.addRow([TITLE[lang]]).font = { bold: true, size: 14 };
  for (const m of meta(o, lang)) about.addRow(m);
  defuseWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The result as a PDF: facts, the change by measure as a chart, and the table. */
export function simulationPdf(
  o: SimulationOutcome,
  catalogue: Catalogue,
  regions: ReadonlyMap<string, string>,
  lang: Lang,
): Promise<Buffer> {
  const table = rows(o, catalogue, regions, lang);
  const measures = table.slice(table.length - o.byMeasure.length);
  return renderPdfReport({
    lang,
    title: TITLE[lang],
    subtitle: o.scenario,
    meta: meta(o, lang),
    landscape: true,
    sections: [
      {
        heading: CHART[lang],
        chart: {
          series: [{ name: COLUMNS[5].label[lang], colour: '#1677ff' }],
          rows: measures.map((r) => ({ label: r.group, values: [fenNumber(r.tally.changeFen) / 100] })),
        },
      },
      {
        table: {
          columns: COLUMNS.map((c) => ({ title: c.label[lang], align: c.kind === 'text' ? ('left' as const) : ('right' as const) })),
          rows: table.map((r) => [
            r.dimension,
            r.group,
            ...COLUMNS.slice(2).map((c) => {
              const v = r.tally[c.key as keyof Tally];
              return c.kind === 'money' ? formatFen(fenNumber(v as bigint), lang) : formatNumber(v as number, lang);
            }),
          ]),
          highlight: [0],
        },
      },
    ],
  });
}
