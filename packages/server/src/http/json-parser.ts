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
    parse(request, text, (err, value) => {
      if (err) done(new AppError('XW_ERR_MALFORMED_JSON', { detail: err.message.slice(0, 200) }));
      else done(null, value);
    });
  };
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, parser);
  app.addContentTypeParser(/^application\/[\w.+-]+\+json$/, { parseAs: 'buffer' }, parser);
}
