import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderPdfReport } from '../src/reports/pdf-report.ts';

/** The inflated streams of a PDF (content, fonts' ToUnicode maps…). */
function streams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const re = /(?<!end)stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a Flate stream (e.g. an embedded font program's other filter): not text
    }
    re.lastIndex = end;
  }
  return out;
}

/** The characters a PDF's fonts can map back to Unicode, i.e. the glyphs it draws. */
function drawnCharacters(pdf: Buffer): Set<string> {
  const chars = new Set<string>();
  for (const s of streams(pdf).filter((x) => x.includes('begincmap'))) {
    for (const m of s.matchAll(/<([0-9a-f]{4})>\s*\]?\s*$/gim)) chars.add(String.fromCodePoint(Number.parseInt(m[1] as string, 16)));
    for (const m of s.matchAll(/<[0-9a-f]{4}>\s*<[0-9a-f]{4}>\s*\[((?:<[0-9a-f]{4,8}>\s*)+)\]/gi))
      for (const h of (m[1] as string).matchAll(/<([0-9a-f]{4})>/gi)) chars.add(String.fromCodePoint(Number.parseInt(h[1] as string, 16)));
  }
  return chars;
}

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('renderPdfReport', () => {
  const rows = Array.from({ length: 120 }, (_, i) => [`预算单位 ${i + 1}`, `${(i * 1234.56).toFixed(2)}`, i % 3 === 0 ? '未达标' : '达标']);

  it('renders Chinese text and a long table over several pages, its glyphs embedded', async () => {
    const pdf = await renderPdfReport({
      lang: 'zh-CN',
      title: '2013 年度政府采购预留份额报告',
      subtitle: '青岛市',
      meta: [['发布人', '青岛市财政局']],
      sections: [
        { heading: '概况', paragraphs: ['预留中小企业份额不低于 30%，其中小型微型企业不低于 60%。'] },
        {
          heading: '各预算单位',
          table: { columns: [{ title: '单位' }, { title: '金额（元）', align: 'right' }, { title: '状态' }], rows, highlight: [0, 3] },
        },
      ],
      footer: '财库〔2011〕181号',
      createdAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThan(2);
    const chars = drawnCharacters(pdf);
    for (const c of '预留份额报告青岛市财库达标第页') expect(chars.has(c), c).toBe(true);
    expect(chars.has('鑫')).toBe(false);
    // Subset embedding: far smaller than the 10 MB font.
    expect(pdf.length).toBeLessThan(400_000);
  });

  it('draws bar charts against reference lines, and keeps figures whole in a wide landscape table', async () => {
    const wide = Array.from({ length: 12 }, (_, i) => ({ title: `列${i + 1}`, align: 'right' as const }));
    const pdf = await renderPdfReport({
      lang: 'en',
      landscape: true,
      title: 'Set-aside',
      sections: [
        {
          heading: 'Shares',
          chart: {
            series: [
              { name: 'SME', colour: '#1677ff' },
              { name: 'Small/micro', colour: '#52c41a' },
            ],
            rows: [
              { label: 'Unit A', values: [29.9999, 17.5] },
              { label: 'Unit B', values: [null, null] },
            ],
            lines: [
              { value: 18, label: '18%' },
              { value: 30, label: '30%' },
            ],
            unit: '%',
          },
        },
        { heading: 'Units', table: { columns: wide, rows: [wide.map((_, i) => `${1_000_000_000 + i}`)] } },
      ],
    });
    const chars = drawnCharacters(pdf);
    for (const c of 'SMEUnitAB%列') expect(chars.has(c), c).toBe(true);
    // Landscape A4: the page box is 841.89 wide, 595.28 high.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
  });

  it('renders Korean with the Korean font', async () => {
    const pdf = await renderPdfReport({ lang: 'ko', title: '정부 조달 유보 보고서', sections: [{ paragraphs: ['소규모 기업'] }] });
    const chars = drawnCharacters(pdf);
    for (const c of '정부조달유보보고서소규모기업쪽') expect(chars.has(c), c).toBe(true);
    expect(pageCount(pdf)).toBe(1);
  });

  it('writes the same bytes for the same report and time', async () => {
    const spec = { lang: 'en' as const, title: 'Set-aside report', sections: [], createdAt: new Date('2026-01-01T00:00:00Z') };
    const [a, b] = await Promise.all([renderPdfReport(spec), renderPdfReport(spec)]);
    expect(a.equals(b)).toBe(true);
    expect(drawnCharacters(a).has('S')).toBe(true);
  });
});
