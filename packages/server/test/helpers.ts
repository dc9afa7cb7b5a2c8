import fastifyAjvCompiler from '@fastify/ajv-compiler';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { type BuildOptions, buildApp } from '../src/app.ts';
import { EngineService } from '../src/engine/engine-service.ts';

/** One engine for every app of a test file: loading the policy is the slow part. */
let engine: EngineService | undefined;
export const sharedEngine = (): EngineService => {
  engine ??= new EngineService();
  return engine;
};

/** A service built for tests: no logging, the shared engine. */
export function testApp(opts: BuildOptions = {}): Promise<FastifyInstance> {
  return buildApp({ engine: sharedEngine(), ...opts });
}

export interface Reply {
  readonly status: number;
  readonly body: string;
  // biome-ignore lint/suspicious/noExplicitAny: a parsed response body; the tests assert its shape
  readonly json: any;
  readonly headers: Record<string, unknown>;
}

/** `app.inject` with the body parsed. */
export async function call(app: FastifyInstance, options: InjectOptions): Promise<Reply> {
  const res = await app.inject(options);
  let json: unknown;
  try {
    json = JSON.parse(res.body);
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, body: res.body, json, headers: res.headers };
}

export const post = (app: FastifyInstance, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  call(app, { method: 'POST', url, payload: payload as InjectOptions['payload'], headers });

export const get = (app: FastifyInstance, url: string, headers: Record<string, string> = {}) => call(app, { method: 'GET', url, headers });

/**
 * A checker of response bodies against the OpenAPI document the service publishes: what a client
 * reads in the document is what it gets. `check(method, path, status, body)` returns Ajv's errors (empty when valid).
 */
export async function documentChecker(
  app: FastifyInstance,
): Promise<(method: string, path: string, status: number, body: unknown) => unknown[]> {
  const doc = JSON.parse((await app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
  const compile = fastifyAjvCompiler()({}, { customOptions: { strict: false, allErrors: true, allowUnionTypes: true } });
  const validators = new Map<string, (data: unknown) => boolean>();
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  return (method, path, status, body) => {
    const op = doc.paths[path]?.[method.toLowerCase()];
    if (!op) return [`no operation ${method} ${path}`];
    const key = op.responses[String(status)] ? String(status) : `${String(status)[0]}XX`;
    if (!op.responses[key]) return [`no response ${key} for ${method} ${path}`];
    const id = `${method} ${path} ${key}`;
    let v = validators.get(id);
    if (!v) {
      // The whole document is the schema root, so `#/components/schemas/…` references resolve.
      const root = {
        ...doc,
        $id: `doc-${validators.size}`,
        $ref: `#/paths/${esc(path)}/${method.toLowerCase()}/responses/${key}/content/application~1json/schema`,
      };
      v = compile({ schema: root }) as unknown as (data: unknown) => boolean;
      validators.set(id, v);
    }
    return v(body) ? [] : ((v as unknown as { errors: unknown[] }).errors ?? ['invalid']);
  };
}

/** An enterprise of examples/enterprises.json: 精工机械, industry C3311. */
export const ENTERPRISE = {
  id: 'E002',
  name: '精工机械制造有限公司',
  industry: 'C3311',
  employees: 300,
  revenue: 20000000,
  total_assets: 18000000,
  taxable_income: 1000000,
};
