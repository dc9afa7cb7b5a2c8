import type { AddressInfo } from 'node:net';
import { createStore, type Store, SYSTEM_ACTOR, seedDemo } from '@xiaowei/store';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
import { testApp } from './helpers.ts';

/**
 * A bounded soak against a real listening server on 127.0.0.1 (issue 11, "keep it out"): for
 * XW_SOAK_SECONDS (default 60) or XW_SOAK_MAX_REQUESTS (default 300,000), whichever comes first, 8
 * keep-alive clients send a mix of good and abusive requests — evaluations, classifications, registry
 * reads with a token, failed sign-ins, malformed and oversized bodies, unknown routes, bad tokens. It
 * checks that no answer is a 5xx and that memory stays flat after the warm-up: the heap and the resident
 * size at the end within a generous bound of their level after the warm-up. It stops by itself and prints
 * its figures. Not a timed test: throughput is reported, never asserted.
 */
const SECONDS = Number(process.env.XW_SOAK_SECONDS ?? 60);
const MAX_REQUESTS = Number(process.env.XW_SOAK_MAX_REQUESTS ?? 300_000);
const CLIENTS = 8;
const MB = 1024 * 1024;

let store: Store;
let app: FastifyInstance;
let base = '';
let token = '';

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 60 });
  app = await testApp({ store, authenticate: sessionAuthentication(store) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const analyst = await store.users.findByUsername('analyst.demo');
  if (!analyst) throw new Error('analyst.demo');
  token = newToken('xw_');
  await store.apiTokens.create({ token, userId: analyst.id, name: 'soak' }, { actor: SYSTEM_ACTOR });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

type Shot = { method: string; path: string; body?: string; headers?: Record<string, string> };
const json = { 'content-type': 'application/json' };
const ENTERPRISE = JSON.stringify({
  id: 'E1',
  industry: 'C3311',
  employees: 80,
  revenue: 12000000.5,
  total_assets: 9000000,
  taxable_income: 250000,
});
/** The mix, sent in turn by every client. */
const SHOTS = (): Shot[] => [
  { method: 'POST', path: '/api/v1/evaluate?period=2015&variables=size_class,corporate_income_tax', body: ENTERPRISE, headers: json },
  { method: 'POST', path: '/api/v1/evaluate?period=2015&variables=size_class', body: ENTERPRISE, headers: json },
  { method: 'POST', path: '/api/v1/classify?period=2013', body: ENTERPRISE, headers: json },
  { method: 'GET', path: '/api/v1/enterprises?limit=20', headers: { authorization: `Bearer ${token}` } },
  { method: 'GET', path: '/api/v1/measures' },
  { method: 'POST', path: '/api/v1/evaluate?period=2015&variables=size_class', body: '{"employees": ', headers: json },
  { method: 'POST', path: '/api/v1/evaluate?period=2015&variables=size_class', body: '{"employees": -1, "revenue": "x"}', headers: json },
  { method: 'POST', path: '/api/v1/evaluate?period=2015&variables=nope', body: ENTERPRISE, headers: json },
  {
    method: 'POST',
    path: '/api/v1/evaluate?period=2015&variables=size_class',
    body: `[${'['.repeat(2000)}${']'.repeat(2000)}]`,
    headers: json,
  },
  { method: 'POST', path: '/api/v1/evaluate?period=2015&variables=size_class', body: 'x'.repeat(4 * MB + 1), headers: json },
  { method: 'GET', path: `/api/v1/${'a/'.repeat(300)}` },
  { method: 'GET', path: '/api/v1/enterprises', headers: { authorization: 'Bearer xw_not-a-token' } },
  {
    method: 'POST',
    path: '/api/v1/auth/login',
    body: JSON.stringify({ username: `nobody-${Math.random()}`, password: 'wrong-password' }),
    headers: json,
  },
];

describe('soak', () => {
  it(
    `serves ${SECONDS} s of mixed and abusive traffic with no 5xx and flat memory`,
    async () => {
      const statuses = new Map<number, number>();
      const samples: { t: number; heap: number; rss: number }[] = [];
      const started = Date.now();
      const deadline = started + SECONDS * 1000;
      let sent = 0;
      let failures = 0;
      const sampler = setInterval(() => {
        const m = process.memoryUsage();
        samples.push({ t: Date.now() - started, heap: m.heapUsed, rss: m.rss });
      }, 500);
      const client = async (k: number) => {
        const shots = SHOTS();
        for (let i = k; Date.now() < deadline && sent < MAX_REQUESTS; i++) {
          const shot = shots[i % shots.length] as Shot;
          sent += 1;
          try {
            const r = await fetch(`${base}${shot.path}`, {
              method: shot.method,
              headers: shot.headers,
              ...(shot.body !== undefined ? { body: shot.body } : {}),
            });
            await r.arrayBuffer();
            statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          } catch {
            failures += 1;
          }
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, (_, k) => client(k)));
      clearInterval(sampler);
      const elapsed = (Date.now() - started) / 1000;
      // Memory: the median of the samples just after the warm-up (the first fifth) against the median of the last fifth.
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
      const fifth = Math.max(1, Math.floor(samples.length / 5));
      const warm = samples.slice(fifth, 2 * fifth);
      const last = samples.slice(-fifth);
      const heapGrowth = median(last.map((s) => s.heap)) - median(warm.map((s) => s.heap));
      const rssGrowth = median(last.map((s) => s.rss)) - median(warm.map((s) => s.rss));
      const figures = {
        seconds: Math.round(elapsed),
        requests: sent,
        requests_per_s: Math.round(sent / elapsed),
        statuses: Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
        network_failures: failures,
        heap_after_warm_up_mb: Math.round(median(warm.map((s) => s.heap)) / MB),
        heap_growth_mb: Math.round(heapGrowth / MB),
        rss_after_warm_up_mb: Math.round(median(warm.map((s) => s.rss)) / MB),
        rss_growth_mb: Math.round(rssGrowth / MB),
      };
      process.stdout.write(`soak figures: ${JSON.stringify(figures)}\n`);
      expect(sent).toBeGreaterThan(0);
      expect(failures).toBe(0);
      expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
      expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
      // Generous bounds: a leak of a few kilobytes per request over the run would pass neither.
      expect(heapGrowth).toBeLessThan(64 * MB);
      expect(rssGrowth).toBeLessThan(160 * MB);
    },
    SECONDS * 1000 + 120_000,
  );
});
