import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/**
 * The JSON body parser: UTF-8 only (RFC 8259), checked strictly — a body that is not UTF-8 is
 * XW_ERR_BAD_ENCODING, not silently read with replacement characters; an empty body is
 * XW_ERR_EMPTY_BODY; invalid JSON (or a `__proto__` / `constructor.prototype` key) is
 * XW_ERR_MALFORMED_JSON. Parsing itself is Fastify's (`secure-json-parse`).
 *
 * Numbers stay exact, as the CLI reads them (the app's `parseJsonExact`): a number literal that a binary
 * double holds as written — every amount with at most two decimals within the 10^13-yuan input limit, every
 * integer up to 2^53 − 1 — is read by JSON.parse; one it does not (`100.0000000000000001`, which a double
 * reads as 100; `9007199254740993`) reaches the fields as the text of its digits, so an amount is parsed
 * from what was typed and a message quotes it as typed (fields take numbers as text; one that takes only
 * numbers refuses it, which is right: no exact value was possible). Finding such a literal needs sixteen
 * significant digits, so bodies without a run of sixteen digits skip the scan.
 */
const LONG_DIGITS = /\d(?:\.?\d){15}/;

/** A JSON number literal without an exponent: sign, integer digits, optional fraction. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The decimal value of a plain literal written canonically: no leading zeros, no trailing fractional zeros. */
function canonicalDecimal(text: string): string {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const int = whole.replace(/^0+(?=\d)/, '');
  const frac = fraction.replace(/0+$/, '');
  const body = frac === '' ? int : `${int}.${frac}`;
  return negative && body !== '0' ? `-${body}` : body;
}

/** Whether JSON.parse would read the literal as another value than the one written. */
function inexact(token: string): boolean {
  if (!PLAIN_NUMBER.test(token)) return false;
  const n = Number(token);
  // Doubles print without an exponent between 1e-7 and 1e21; outside it a 16-digit literal is not held anyway.
  const shown = Math.abs(n) >= 1e21 || (n !== 0 && Math.abs(n) < 1e-6) ? '' : String(n);
  return shown !== canonicalDecimal(token);
}

/**
 * The JSON text with every number literal that a double does not hold as written turned into a string of
 * its characters (see above). Strings, keys and numbers with an exponent stay as they are.
 */
export function inexactNumbersAsText(text: string): string {
  const out: string[] = [];
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote (past escapes).
      i++;
      while (i < n && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
      i++;
      continue;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < n && /[0-9.eE+-]/.test(text[j] as string)) j++;
      const token = text.slice(i, j);
      if (token.length >= 16 && inexact(token)) {
        out.push(text.slice(from, i), `"${token}"`);
        from = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (from === 0) return text;
  out.push(text.slice(from));
  return out.join('');
}

export function registerJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  app.removeContentTypeParser(['application/json', 'text/plain']);
  const parser = (request: FastifyRequest, body: Buffer, done: (err: Error | null, body?: unknown) => void) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return done(new AppError('XW_ERR_BAD_ENCODING'));
    if (body.length === 0) return done(new AppError('XW_ERR_EMPTY_BODY'));
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return done(new AppError('XW_ERR_BAD_ENCODING'));
    }
    if (text.trim() === '') return done(new AppError('XW_ERR_EMPTY_BODY'));
    parse(request, LONG_DIGITS.test(text) ? inexactNumbersAsText(text) : text, (err, value) => {
      if (err) done(new AppError('XW_ERR_MALFORMED_JSON', { detail: err.message.slice(0, 200) }));
      else done(null, value);
    });
  };
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, parser);
  app.addContentTypeParser(/^application\/[\w.+-]+\+json$/, { parseAs: 'buffer' }, parser);
}
