import { inflateSync } from 'node:zlib';

/**
 * The text a PDF made by pdfkit draws, one string per text object (a line of a paragraph or a table cell),
 * in drawing order: each page's content stream read for its `Tf` (font) and `TJ` / `Tj` (glyphs) operators,
 * the glyph codes mapped back to Unicode by the font's ToUnicode map. Enough for our own reports (Type0
 * fonts with Identity-H, Flate streams), not a general PDF reader.
 */
export function pdfText(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; start: number }>();
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\s*/g))
    objects.set(Number(m[1]), { dict: text.slice(m.index + m[0].length, m.index + m[0].length + 2000), start: m.index + m[0].length });
  const streamOf = (id: number): string => {
    const o = objects.get(id);
    if (!o) return '';
    const head = /stream\r?\n/.exec(text.slice(o.start));
    if (!head) return '';
    const from = o.start + head.index + head[0].length;
    return inflateSync(pdf.subarray(from, text.indexOf('endstream', from))).toString('latin1');
  };
  const maps = new Map<number, Map<number, string>>();
  const unicodeOf = (fontId: number): Map<number, string> => {
    let map = maps.get(fontId);
    if (map) return map;
    map = new Map();
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontId)?.dict ?? '');
    const cmap = ref ? streamOf(Number(ref[1])) : '';
    const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => Number.parseInt(x, 16)));
    for (const r of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4})>\s*\[([^\]]*)\]/gi)) {
      const first = Number.parseInt(r[1] as string, 16);
      // An entry may hold several characters (a ligature: <0066 0069> is "fi").
      let k = 0;
      for (const u of (r[3] as string).matchAll(/<([0-9a-f\s]+)>/gi)) map.set(first + k++, hex((u[1] as string).replace(/\s+/g, '')));
    }
    for (const r of cmap.matchAll(/^<([0-9a-f]{4})>\s*<([0-9a-f]+)>\s*$/gim))
      map.set(Number.parseInt(r[1] as string, 16), hex(r[2] as string));
    maps.set(fontId, map);
    return map;
  };
  const out: string[] = [];
  for (const [, page] of [...objects].filter(([, o]) => /^<<\s*\/Type \/Page\b/.test(o.dict))) {
    const contents = /\/Contents (\d+) 0 R/.exec(page.dict);
    const resources = /\/Resources (\d+) 0 R/.exec(page.dict);
    if (!contents || !resources) continue;
    const fonts = new Map<string, number>();
    for (const f of (objects.get(Number(resources[1]))?.dict ?? '').matchAll(/\/(F\d+) (\d+) 0 R/g))
      fonts.set(f[1] as string, Number(f[2]));
    let font = new Map<number, string>();
    for (const block of streamOf(Number(contents[1]))
      .split(/\bBT\b/)
      .slice(1)) {
      let line = '';
      for (const op of block.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ|<([0-9a-f]*)>\s*Tj/gi)) {
        if (op[1]) font = unicodeOf(fonts.get(op[1]) ?? -1);
        const glyphs = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-f]*)>/gi)].map((g) => g[1] as string).join('') : (op[3] ?? '');
        for (const code of glyphs.match(/.{4}/g) ?? []) line += font.get(Number.parseInt(code, 16)) ?? '\ufffd';
      }
      if (line !== '') out.push(line);
    }
  }
  return out;
}
