import { DEFAULT_LANG, isLang, type Lang } from '@xiaowei/engine';

/** A language tag as people send it (`zh`, `zh-Hans-CN`, `ko-KR`, `en-GB`) → a supported language. */
function match(tag: string): Lang | undefined {
  const t = tag.trim().toLowerCase();
  if (t === '' || t === '*') return undefined;
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN';
  if (t === 'ko' || t.startsWith('ko-')) return 'ko';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return undefined;
}

/**
 * The user's language: `?lang=` when it is one of zh-CN, ko, en; else the best supported language of
 * `Accept-Language` (by q-value, then order); else zh-CN.
 * @example resolveLang(undefined, 'fr-FR, ko;q=0.8, en;q=0.5') // 'ko'
 */
export function resolveLang(query: unknown, acceptLanguage: string | undefined): Lang {
  if (isLang(query)) return query;
  if (typeof query === 'string') {
    const m = match(query);
    if (m) return m;
  }
  if (!acceptLanguage) return DEFAULT_LANG;
  let best: Lang | undefined;
  let bestQ = 0;
  for (const part of acceptLanguage.split(',', 20)) {
    const [tag, ...params] = part.split(';');
    const lang = match(tag);
    if (!lang) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) q = Number(m[1]);
    }
    if (Number.isFinite(q) && q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  return best ?? DEFAULT_LANG;
}
