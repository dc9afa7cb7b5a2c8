import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.ts';

/** The service's request log: one line per request (Fastify's default writes two, each with the whole request or response). */
describe('request log', () => {
  const lines: Record<string, unknown>[] = [];
  let app: FastifyInstance;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n')) if (l.trim() !== '') lines.push(JSON.parse(l));
        done();
      },
    });
    app = await testApp({ logger: pino({ level: 'info' }, sink) });
    // A route that logs besides its request line, as a what-if run or the error handler does.
    app.get('/test/logs-twice', async (request) => {
      request.log.warn({ step: 'halfway' }, 'working');
      return { ok: true };
    });
    await app.ready();
  });
  afterAll(() => app.close());
  const requestLines = () => lines.filter((l) => l.msg === 'request');

  it('writes one line per request with method, URL, status and time', async () => {
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
    // Each request has its own id, first after the logger's own fields, as a child logger writes it.
    const [a, b] = requests;
    expect(a.reqId).not.toBe(b.reqId);
    expect(Object.keys(a)).toEqual(['level', 'time', 'pid', 'hostname', 'reqId', 'method', 'url', 'status', 'ms', 'msg']);
  });

  it("puts the request's id on every line a request logs, its request line included", async () => {
    lines.length = 0;
    expect((await app.inject({ method: 'GET', url: '/test/logs-twice' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/test/logs-twice' })).statusCode).toBe(200);
    const working = lines.filter((l) => l.msg === 'working');
    const requests = requestLines();
    expect(working.map((l) => [l.step, l.level])).toEqual([
      ['halfway', 40],
      ['halfway', 40],
    ]);
    expect(requests.map((l) => l.reqId)).toEqual(working.map((l) => l.reqId));
    expect(new Set(requests.map((l) => l.reqId)).size).toBe(2);
    expect(Object.keys(requests[0])).toEqual(['level', 'time', 'pid', 'hostname', 'reqId', 'method', 'url', 'status', 'ms', 'msg']);
  });

  it("the service's stdout log (asynchronous, buffered) writes every line whole, multi-byte text included", () => {
    // A process of its own: the destination is the process's stdout, flushed when the process exits.
    const script = fileURLToPath(new URL('./request-log-writer.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, '20000'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout.split('\n').filter((l) => l !== '');
    expect(out).toHaveLength(20000);
    const parsed = out.map((l) => JSON.parse(l) as { i: number; name: string; msg: string });
    expect(parsed.map((l) => l.i)).toEqual(Array.from({ length: 20000 }, (_, i) => i));
    expect(parsed.every((l) => l.name === '青岛小微企业（测试）유한회사' && l.msg === 'line')).toBe(true);
  });
});
