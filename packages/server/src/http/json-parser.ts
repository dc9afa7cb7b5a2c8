import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/**
 * The JSON body parser: UTF-8 only (RFC 8259), checked strictly — a body that is not UTF-8 is
 * XW_ERR_BAD_ENCODING, not silently read with replacement characters; an empty body is
 * XW_ERR_EMPTY_BODY; invalid JSON (or a `__proto__` / `constructor.prototype` key) is
 * XW_ERR_MALFORMED_JSON. Parsing itself is Fastify's (`secure-json-parse`).
 *
 * Numbers are read as JSON.parse reads them (binary doubles). Amounts stay exact: an amount with at
 * most two decimals up to the 10^13-yuan input limit has at most 15 significant digits, which a double
 * returns unchanged, and the engine parses amounts from that text (ADR 0001). Amounts may also be sent
 * as text ("123456789.99").
 */
/** Sixteen digits in a row: the only way a body can hold an integer beyond 2^53 (the fast path skips the scan below). */
const LONG_DIGITS = /\d{16}/;

/**
 * The JSON text with every integer literal that a double cannot hold exactly (beyond ±(2^53 − 1)) turned
 * into a string of its digits: JSON.parse would round 9007199254740993 to 9007199254740992, and a message
 * would then quote a number the user never typed. As text the value reaches the field's own check, which
 * reads amounts and numbers from text and reports the value as typed (a field that takes only numbers
 * refuses text, which is right: no exact value was possible). Numbers with a fraction or an exponent stay.
 */
export function unsafeIntegersAsText(text: string): string {
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
      if (/^-?\d{16,}$/.test(token) && !Number.isSafeInteger(Number(token))) {
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
    parse(request, LONG_DIGITS.test(text) ? unsafeIntegersAsText(text) : text, (err, value) => {
      if (err) done(new AppError('XW_ERR_MALFORMED_JSON', { detail: err.message.slice(0, 200) }));
      else done(null, value);
    });
  };
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, parser);
  app.addContentTypeParser(/^application\/[\w.+-]+\+json$/, { parseAs: 'buffer' }, parser);
}
