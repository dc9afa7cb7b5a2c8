import type { Page } from 'playwright-core';
import type { Lang } from './browser.ts';

export interface PageProblem {
  readonly kind: 'overflow' | 'clipped' | 'stacked' | 'iso-date' | 'internal-key' | 'english' | 'console';
  readonly detail: string;
  readonly where?: string;
}

/**
 * Latin words a Chinese or Korean page may show: names and codes that are not translated (file formats,
 * the language menu's own "English", the product's romanised name, units of the international system).
 * Everything else in Latin letters on a zh/ko page is an untranslated string or an internal value.
 */
export const LATIN_ALLOWED = new Set(['English', 'Excel', 'PDF', 'CSV', 'API', 'JSON', 'Xiaowei', 'OpenAPI', 'xlsx', 'csv']);

/**
 * What a person would object to on the page as it is rendered now (runs in the page):
 * - overflow: an element reaching past the right edge of the screen, not inside a scrolling box;
 * - clipped: text cut by a box that hides its overflow without an ellipsis (or with one and no title);
 * - stacked: a short label (a button, link, tag, header item) wrapped onto several lines;
 * - iso-date: a raw timestamp such as 2026-12-07T08:28:43.349Z;
 * - internal-key: a snake_case identifier (`is_small_low_profit`) in the text;
 * - english: (zh-CN, ko) a Latin word that is not a code or an allowed name.
 * Text inside an element marked `data-xw-codes` (codes shown on purpose, such as file column names) is
 * not read for the last two.
 */
export async function pageProblems(page: Page, lang: Lang): Promise<PageProblem[]> {
  return page.evaluate(
    ({ lang, allowed }) => {
      const out: { kind: string; detail: string }[] = [];
      const vw = document.documentElement.clientWidth;
      const describe = (el: Element) => {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
      };
      const visible = (el: Element) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 0 && r.height > 0;
      };
      const scrollsX = (el: Element | null): boolean => {
        for (let a = el?.parentElement ?? null; a && a !== document.body; a = a.parentElement) {
          const o = getComputedStyle(a).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
        }
        return false;
      };
      const hidden = (el: Element) =>
        el.closest('[aria-hidden=true], .xw-visually-hidden, .xw-skip-link, .ant-select-dropdown, .ant-tooltip') !== null;

      // Overflow: the page itself, then the outermost elements past the edge.
      if (document.documentElement.scrollWidth > vw + 1)
        out.push({ kind: 'overflow', detail: `page is ${document.documentElement.scrollWidth}px wide on a ${vw}px screen` });
      const all = [...document.body.querySelectorAll('*')].filter((el) => !hidden(el));
      const over = all.filter((el) => visible(el) && el.getBoundingClientRect().right > vw + 1 && !scrollsX(el));
      for (const el of over.filter((el) => !over.includes(el.parentElement as Element)).slice(0, 5))
        out.push({ kind: 'overflow', detail: `${describe(el)} reaches ${Math.round(el.getBoundingClientRect().right)}px of ${vw}px` });

      // Clipped text and stacked labels.
      for (const el of all) {
        if (!visible(el)) continue;
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        if (!ownText) continue;
        const s = getComputedStyle(el);
        const cuts = s.overflowX === 'hidden' || s.overflowX === 'clip' || s.overflow === 'hidden';
        if (cuts && el.scrollWidth > el.clientWidth + 1) {
          const ellipsis = s.textOverflow === 'ellipsis';
          const told = el.closest('[title]') !== null || el.closest('[aria-label]') !== null;
          if (!ellipsis || !told) out.push({ kind: 'clipped', detail: `${describe(el)} shows ${el.clientWidth}px of ${el.scrollWidth}px` });
        }
        if (
          el.matches('header *, button, .ant-btn, .ant-tag, nav a, .ant-tabs-tab, .ant-radio-button-wrapper, .ant-segmented-item-label')
        ) {
          const text = (el.textContent ?? '').trim();
          const lineHeight = Number.parseFloat(s.lineHeight) || Number.parseFloat(s.fontSize) * 1.5;
          if (text.length >= 2 && text.length <= 8 && !/\s/.test(text) && el.getBoundingClientRect().height > lineHeight * 1.8)
            out.push({ kind: 'stacked', detail: `${describe(el)} is ${Math.round(el.getBoundingClientRect().height)}px tall` });
        }
      }

      // The words on the page (visible text only), without what a page marks as codes on purpose
      // (data-xw-codes: e.g. the column names an import file may use).
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what a person reads (hidden text left out)
      let text = document.body.innerText;
      // biome-ignore lint/performance/useDomNodeTextContent: as above
      for (const el of document.querySelectorAll<HTMLElement>('[data-xw-codes]')) text = text.split(el.innerText).join(' ');
      for (const m of text.matchAll(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[^\s]*/g)) out.push({ kind: 'iso-date', detail: m[0] });
      for (const m of new Set(text.match(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g) ?? [])) out.push({ kind: 'internal-key', detail: m });
      if (lang !== 'en') {
        const words = new Set(text.match(/(?<![\w.@-])[A-Za-z][a-z]{2,}(?![\w@-])/g) ?? []);
        for (const w of words) if (!allowed.includes(w)) out.push({ kind: 'english', detail: w });
      }
      return out;
    },
    { lang, allowed: [...LATIN_ALLOWED] },
  ) as Promise<PageProblem[]>;
}
