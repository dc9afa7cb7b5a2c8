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

export interface PdfSection {
  readonly heading?: string;
  readonly paragraphs?: readonly string[];
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
    if (section.heading) doc.font('bold').fontSize(12).fillColor('black').text(section.heading, MARGIN).moveDown(0.3);
    doc.font('body').fontSize(BODY_SIZE).fillColor('black');
    for (const p of section.paragraphs ?? []) doc.text(p, MARGIN).moveDown(0.3);
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

/**
 * Column widths in proportion to the widest text of each column (headers count), each at least its
 * share of a minimum so that a short column is never squeezed to nothing.
 */
function columnWidths(doc: Doc, table: PdfTable): number[] {
  const total = contentWidth(doc);
  const natural = table.columns.map((c, i) => {
    doc.font('bold');
    let w = doc.widthOfString(c.title);
    doc.font('body');
    for (const row of table.rows) w = Math.max(w, doc.widthOfString(row[i] ?? ''));
    return Math.min(w + CELL_PAD * 2, total * 0.45);
  });
  const floor = Math.min(40, total / table.columns.length);
  const widened = natural.map((w) => Math.max(w, floor));
  const sum = widened.reduce((a, b) => a + b, 0);
  return widened.map((w) => (w / sum) * total);
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
