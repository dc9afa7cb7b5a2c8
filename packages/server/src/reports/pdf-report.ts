/**
 * Reports as PDF: a title, facts, sections of paragraphs and tables, page numbers — what an officer
 * files or prints (the published set-aside report, a tender's evaluation report, lending checks). The
 * fonts travel with the package (Noto Sans SC for Chinese and English, Noto Sans KR for Korean, SIL
 * OFL, from npm), so a PDF looks the same on every machine and needs no system font; pdfkit embeds
 * only the glyphs used, so a page is tens of kilobytes, not the font's ten megabytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lang } from '@xiaowei/engine';
import PDFDocument from 'pdfkit';

export interface PdfColumn {
  readonly title: string;
  /** Numbers and money: right. Default left. */
  readonly align?: 'left' | 'right';
}

export interface PdfTable {
  readonly columns: readonly PdfColumn[];
  readonly rows: readonly (readonly string[])[];
  /** Rows (by index) drawn highlighted, e.g. units below the line. */
  readonly highlight?: readonly number[];
}

/**
 * Horizontal bars, one group per row (e.g. a budget unit's reserved shares), against reference lines
 * (e.g. the 30% and 18% of 财库〔2011〕181号). Values in the axis unit; null draws no bar.
 */
export interface PdfBarChart {
  readonly series: readonly { readonly name: string; readonly colour: string }[];
  readonly rows: readonly { readonly label: string; readonly values: readonly (number | null)[] }[];
  readonly lines?: readonly { readonly value: number; readonly label: string }[];
  /** Appended to the axis numbers, e.g. '%'. */
  readonly unit?: string;
}

export interface PdfSection {
  readonly heading?: string;
  readonly paragraphs?: readonly string[];
  readonly chart?: PdfBarChart;
  readonly table?: PdfTable;
}

export interface PdfReportSpec {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle?: string;
  /** Label–value facts under the title (region, year, published by, policy version…). */
  readonly meta?: readonly (readonly [string, string])[];
  readonly sections: readonly PdfSection[];
  /** A line at the foot of every page (e.g. the documents the report rests on). */
  readonly footer?: string;
  /** Landscape pages for wide tables (default portrait). */
  readonly landscape?: boolean;
  /** The document's creation time (default now); fixed in tests so that the bytes repeat. */
  readonly createdAt?: Date;
}

const require = createRequire(import.meta.url);

/** The font files of a language: Korean needs Hangul (KR); Chinese and English are in SC. */
const FONT_FILES: Readonly<Record<'sc' | 'kr', { regular: string; bold: string }>> = {
  sc: {
    regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
  kr: {
    regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  },
};

/** Font files read once per process (about 10 MB each; pdfkit parses them lazily per document). */
const fontCache = new Map<string, Buffer>();
function font(module: string): Buffer {
  let buf = fontCache.get(module);
  if (!buf) {
    buf = readFileSync(require.resolve(module));
    fontCache.set(module, buf);
  }
  return buf;
}

const PAGE_LABEL: Readonly<Record<Lang, (page: number, pages: number) => string>> = {
  'zh-CN': (p, n) => `第 ${p} 页，共 ${n} 页`,
  ko: (p, n) => `${n}쪽 중 ${p}쪽`,
  en: (p, n) => `Page ${p} of ${n}`,
};

const MARGIN = 48;
const FOOTER_SPACE = 28;
const CELL_PAD = 4;
const BODY_SIZE = 9;
const HEADER_FILL = '#e8edf5';
const KEEP_WITH_HEADING = 90;
const HIGHLIGHT_FILL = '#fde2e1';
const RULE = '#b8c2d0';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * Renders `spec` as an A4 PDF.
 * @example const pdf = await renderPdfReport({ lang: 'zh-CN', title: '2013 年度预留份额报告', sections: [...] });
 */
export function renderPdfReport(spec: PdfReportSpec): Promise<Buffer> {
  const files = FONT_FILES[spec.lang === 'ko' ? 'kr' : 'sc'];
  const doc = new PDFDocument({
    size: 'A4',
    layout: spec.landscape ? 'landscape' : 'portrait',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: spec.title, Producer: 'Xiaowei', Creator: 'Xiaowei', CreationDate: spec.createdAt ?? new Date() },
    lang: spec.lang,
  });
  doc.registerFont('body', font(files.regular));
  doc.registerFont('bold', font(files.bold));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(16).fillColor('black').text(spec.title);
  if (spec.subtitle) doc.moveDown(0.2).font('body').fontSize(11).fillColor('#444444').text(spec.subtitle);
  if (spec.meta && spec.meta.length > 0) {
    doc.moveDown(0.5).font('body').fontSize(BODY_SIZE).fillColor('black');
    for (const [label, value] of spec.meta) doc.text(`${label}：${value}`);
  }
  for (const section of spec.sections) {
    doc.moveDown(0.8);
    // A heading is never left alone at the foot of a page: it starts the next one with its content.
    if (section.heading && doc.y + KEEP_WITH_HEADING > bottom(doc)) doc.addPage();
    if (section.heading) doc.font('bold').fontSize(12).fillColor('black').text(section.heading, MARGIN).moveDown(0.3);
    doc.font('body').fontSize(BODY_SIZE).fillColor('black');
    for (const p of section.paragraphs ?? []) doc.text(p, MARGIN).moveDown(0.3);
    if (section.chart) drawBarChart(doc, section.chart);
    if (section.table) drawTable(doc, section.table);
  }
  writeFooters(doc, spec);
  doc.end();
  return done;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - MARGIN * 2;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** The longest piece of a cell that must not break: a number, an id, a Latin word (CJK text breaks anywhere). */
function longestToken(doc: Doc, text: string): number {
  let w = 0;
  for (const token of text.match(/[\p{L}\p{N}.,%:\-_()/+]+/gu) ?? []) {
    if (/[\p{Script=Han}\p{Script=Hangul}]/u.test(token)) continue;
    w = Math.max(w, doc.widthOfString(token));
  }
  return w;
}

/**
 * Column widths: each at least its longest unbreakable piece (numbers and ids never break mid-digit),
 * the rest of the page shared in proportion to how much more each column's widest text needs.
 */
function columnWidths(doc: Doc, table: PdfTable): number[] {
  const total = contentWidth(doc);
  const pad = CELL_PAD * 2;
  const mins: number[] = [];
  const naturals: number[] = [];
  table.columns.forEach((c, i) => {
    doc.font('bold');
    let min = longestToken(doc, c.title);
    let natural = doc.widthOfString(c.title);
    doc.font('body');
    for (const row of table.rows) {
      const cell = row[i] ?? '';
      min = Math.max(min, longestToken(doc, cell));
      natural = Math.max(natural, doc.widthOfString(cell));
    }
    mins.push(Math.max(min, 12) + pad);
    naturals.push(Math.min(natural + pad, total * 0.45));
  });
  const minSum = mins.reduce((a, b) => a + b, 0);
  // Too wide even at the minimum: shrink in proportion (the caller should have asked for landscape).
  if (minSum >= total) return mins.map((w) => (w / minSum) * total);
  const extra = naturals.map((n, i) => Math.max(0, n - (mins[i] as number)));
  const extraSum = extra.reduce((a, b) => a + b, 0);
  const spare = total - minSum;
  // Room for every column's widest text: give it, and share what is left evenly.
  if (extraSum <= spare) return mins.map((w, i) => w + (extra[i] as number) + (spare - extraSum) / mins.length);
  return mins.map((w, i) => w + (spare * (extra[i] as number)) / extraSum);
}

function rowHeight(doc: Doc, cells: readonly string[], widths: readonly number[], fontName: string): number {
  doc.font(fontName);
  return Math.max(...widths.map((w, i) => doc.heightOfString(cells[i] ?? '', { width: w - CELL_PAD * 2 }))) + CELL_PAD * 2;
}

function drawRow(doc: Doc, table: PdfTable, cells: readonly string[], widths: readonly number[], y: number, fill?: string): number {
  const header = fill === HEADER_FILL;
  const h = rowHeight(doc, cells, widths, header ? 'bold' : 'body');
  if (fill) doc.rect(MARGIN, y, contentWidth(doc), h).fill(fill);
  doc.fillColor('black').font(header ? 'bold' : 'body');
  let x = MARGIN;
  widths.forEach((w, i) => {
    doc.text(cells[i] ?? '', x + CELL_PAD, y + CELL_PAD, {
      width: w - CELL_PAD * 2,
      align: header ? 'left' : (table.columns[i]?.align ?? 'left'),
      lineBreak: true,
    });
    x += w;
  });
  doc
    .moveTo(MARGIN, y + h)
    .lineTo(MARGIN + contentWidth(doc), y + h)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  return y + h;
}

/** A table that breaks across pages, its header repeated on each. */
function drawTable(doc: Doc, table: PdfTable): void {
  doc.fontSize(BODY_SIZE);
  const widths = columnWidths(doc, table);
  const titles = table.columns.map((c) => c.title);
  const highlighted = new Set(table.highlight ?? []);
  let y = doc.y;
  if (y + rowHeight(doc, titles, widths, 'bold') * 2 > bottom(doc)) {
    doc.addPage();
    y = doc.y;
  }
  y = drawRow(doc, table, titles, widths, y, HEADER_FILL);
  table.rows.forEach((row, i) => {
    if (y + rowHeight(doc, row, widths, 'body') > bottom(doc)) {
      doc.addPage();
      y = drawRow(doc, table, titles, widths, doc.y, HEADER_FILL);
    }
    y = drawRow(doc, table, row, widths, y, highlighted.has(i) ? HIGHLIGHT_FILL : undefined);
  });
  doc.x = MARGIN;
  doc.y = y + 4;
}

const BAR = 7;
const BAR_GAP = 2;
const GROUP_GAP = 6;
const LINE_COLOUR = '#cf1322';

/** A round axis end at or above `max`: 1, 2 or 5 times a power of ten. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].map((m) => m * power).find((v) => v >= max) as number) ?? 10 * power;
}

/** Bars drawn with the page's own primitives (no image): sharp in print, text selectable. Breaks across pages by row. */
function drawBarChart(doc: Doc, chart: PdfBarChart): void {
  doc.fontSize(8).font('body');
  const width = contentWidth(doc);
  const labelWidth = Math.min(width * 0.3, Math.max(...chart.rows.map((r) => doc.widthOfString(r.label)), 40) + 8);
  const plotX = MARGIN + labelWidth;
  const plotWidth = width - labelWidth - 16;
  const values = chart.rows.flatMap((r) => r.values.filter((v): v is number => v !== null));
  const axisMax = niceMax(Math.max(0, ...values, ...(chart.lines ?? []).map((l) => l.value)));
  const x = (v: number) => plotX + (Math.max(0, v) / axisMax) * plotWidth;
  const groupHeight = chart.series.length * (BAR + BAR_GAP) + GROUP_GAP;
  const unit = chart.unit ?? '';

  // The legend: a swatch and a name per series.
  let lx = MARGIN;
  let y = doc.y;
  for (const s of chart.series) {
    doc.rect(lx, y + 1, 8, 8).fill(s.colour);
    doc.fillColor('black').text(s.name, lx + 11, y, { lineBreak: false });
    lx += 11 + doc.widthOfString(s.name) + 14;
  }
  y += 16;

  const frame = (top: number, bottomY: number) => {
    // The axis with five ticks, and each reference line across the plot with its label above.
    doc.lineWidth(0.5).strokeColor(RULE);
    for (let t = 0; t <= 4; t++) {
      const v = (axisMax * t) / 4;
      doc.moveTo(x(v), top).lineTo(x(v), bottomY).stroke();
      doc.fillColor('#666666').text(`${Number(v.toFixed(2))}${unit}`, x(v) - 20, bottomY + 2, { width: 40, align: 'center' });
    }
    for (const line of chart.lines ?? []) {
      doc
        .save()
        .dash(3, { space: 2 })
        .lineWidth(0.8)
        .strokeColor(LINE_COLOUR)
        .moveTo(x(line.value), top)
        .lineTo(x(line.value), bottomY)
        .stroke()
        .restore();
      doc.fillColor(LINE_COLOUR).text(line.label, x(line.value) - 30, top - 10, { width: 60, align: 'center' });
    }
  };

  let top = y + 10;
  y = top;
  chart.rows.forEach((row) => {
    if (y + groupHeight > bottom(doc) - 14) {
      frame(top, y);
      doc.addPage();
      top = doc.y + 10;
      y = top;
    }
    doc.fillColor('black').text(row.label, MARGIN, y + (groupHeight - GROUP_GAP) / 2 - 4, {
      width: labelWidth - 8,
      height: 10,
      lineBreak: false,
      ellipsis: true,
    });
    row.values.forEach((v, k) => {
      if (v === null) return;
      doc.rect(plotX, y + k * (BAR + BAR_GAP), Math.max(0.5, x(v) - plotX), BAR).fill(chart.series[k]?.colour ?? '#1677ff');
    });
    y += groupHeight;
  });
  frame(top, y);
  doc.x = MARGIN;
  doc.y = y + 16;
  doc.fillColor('black').fontSize(BODY_SIZE);
}

function writeFooters(doc: Doc, spec: PdfReportSpec): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit add a page: lift the margin while writing.
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 12;
    doc.font('body').fontSize(8).fillColor('#666666');
    if (spec.footer) doc.text(spec.footer, MARGIN, y - 12, { width: contentWidth(doc), lineBreak: false, ellipsis: true });
    doc.text(PAGE_LABEL[spec.lang](i - range.start + 1, range.count), MARGIN, y, { width: contentWidth(doc), align: 'right' });
    doc.page.margins.bottom = keep;
  }
}
