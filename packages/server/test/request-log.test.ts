import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { testApp } from './helpers.ts';

/** The service's request log: one line per request (Fastify's default writes two, each with the whole request or response). */
describe('request log', () => {
  it('writes one line per request with method, URL, status and time', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n')) if (l.trim() !== '') lines.push(JSON.parse(l));
        done();
      },
    });
    const app = await testApp({ logger: pino({ level: 'info' }, sink) });
    try {
      await app.ready();
      lines.length = 0;
      const ok = await app.inject({
        method: 'POST',
        url: '/api/v1/classify?period=2013',
        payload: { industry: 'C', employees: 50, revenue: 5000000 },
      });
      expect(ok.statusCode).toBe(200);
      const missing = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
      expect(missing.statusCode).toBe(404);
      const requests = lines.filter((l) => l.reqId !== undefined);
      expect(requests.map((l) => [l.method, l.url, l.status, l.msg])).toEqual([
        ['POST', '/api/v1/classify?period=2013', 200, 'request'],
        ['GET', '/api/v1/nothing-here', 404, 'request'],
      ]);
      expect(requests.every((l) => typeof l.ms === 'number')).toBe(true);
      // Not the whole request or response.
      expect(requests.some((l) => 'req' in l || 'res' in l)).toBe(false);
    } finally {
      await app.close();
    }
  });
});
