/**
 * `npm run bench:http`: HTTP throughput and latency of the service on this machine.
 *
 * Starts the service (src/main.ts) as a child process on a free loopback port — without a database
 * by default, `--store` for SQLite in memory — then loads it from this process (a second process)
 * with autocannon: POST /api/v1/evaluate with one enterprise, keep-alive connections, a warm-up run
 * first. Prints requests/s and latency percentiles, and whether the target (10,000 req/s with p99 ≤ 20 ms) is met.
 *
 * Options: --duration S (default 10), --connections N (default 8), --route evaluate|classify|entitlements|tender
 * (tender: POST /api/v1/procurement/evaluate with examples/tender.json, a comprehensive-scoring tender),
 * --store, --json (print the result as JSON).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';

interface Stats {
  average: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}
interface Result {
  requests: Stats & { total: number };
  latency: Stats;
  throughput: Stats;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const duration = Number(option('duration', '10'));
const connections = Number(option('connections', '8'));
const route = option('route', 'evaluate');
const useStore = args.includes('--store');
const asJson = args.includes('--json');

const ENTERPRISE = { id: 'E1', industry: 'C3311', employees: 80, revenue: 12000000.5, total_assets: 9000000, taxable_income: 250000 };
const ROUTES: Record<string, string> = {
  evaluate: '/api/v1/evaluate?period=2015&variables=size_class,is_small_low_profit,corporate_income_tax',
  classify: '/api/v1/classify?period=2013',
  entitlements: '/api/v1/entitlements?period=2013',
  tender: '/api/v1/procurement/evaluate',
};
const TENDER = readFileSync(fileURLToPath(new URL('../../../examples/tender.json', import.meta.url)), 'utf8');
const BODY = route === 'tender' ? TENDER : JSON.stringify(ENTERPRISE);

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: useStore ? ':memory:' : 'none', XW_SEED: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${out}`)));
    setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000).unref();
  });
}

function load(url: string, seconds: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}${ROUTES[route] ?? ROUTES.evaluate}`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: BODY,
        connections,
        pipelining: 1,
        duration: seconds,
      },
      (err: Error | null, result: Result) => (err ? reject(err) : resolve(result)),
    );
  });
}

const { child, url } = await startServer();
try {
  const check = await fetch(`${url}${ROUTES[route]}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BODY,
  });
  if (check.status !== 200) throw new Error(`${route} answered ${check.status}: ${await check.text()}`);
  await load(url, 3); // warm-up: JIT, plan cache
  const r = await load(url, duration);
  const summary = {
    route,
    store: useStore ? 'sqlite :memory:' : 'none',
    connections,
    duration_s: r.duration,
    requests_per_s: Math.round(r.requests.average),
    latency_ms: { mean: r.latency.mean, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non_2xx: r.non2xx,
    target_met: r.requests.average >= 10_000 && r.latency.p99 <= 20 && r.errors + r.timeouts + r.non2xx === 0,
  };
  if (asJson) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    process.stdout.write(
      [
        `POST ${ROUTES[route]} — ${connections} connections, ${r.duration} s, server ${summary.store}`,
        `  requests/s  ${summary.requests_per_s}   (${summary.requests} requests, ${summary.errors} errors, ${summary.non_2xx} non-2xx)`,
        `  latency ms  p50 ${r.latency.p50}   p90 ${r.latency.p90}   p99 ${r.latency.p99}   max ${r.latency.max}`,
        `  target (≥ 10,000 req/s, p99 ≤ 20 ms): ${summary.target_met ? 'met' : 'NOT met'}`,
        '',
      ].join('\n'),
    );
  }
} finally {
  child.kill('SIGTERM');
}
