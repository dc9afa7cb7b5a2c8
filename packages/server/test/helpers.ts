import fastifyAjvCompiler from '@fastify/ajv-compiler';
import { createStore, type Store, SYSTEM_ACTOR, seedDemo } from '@xiaowei/store';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type BuildOptions, buildApp } from '../src/app.ts';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
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

/** One multipart part: a file (with its name and type) or a plain field. */
type Part = { readonly field: string; readonly fileName?: string; readonly type?: string; readonly content: string };

function multipartBody(parts: readonly Part[], boundary: string, end = true): Buffer {
  const chunks = parts.map((p) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${p.field}"${p.fileName ? `; filename="${p.fileName}"` : ''}\r\n${
        p.type ? `Content-Type: ${p.type}\r\n` : ''
      }\r\n${p.content}\r\n`,
    ),
  );
  return Buffer.concat([...chunks, Buffer.from(end ? `--${boundary}--\r\n` : '')]);
}

/**
 * What a file-upload route answers to the requests every such route refuses alike (routes/imports/
 * read-uploaded-file.ts): a JSON body, a multipart body without a file, a file neither .csv nor .xlsx, a
 * multipart body cut off in the middle, an empty CSV. Each answer as `status code`, in English.
 */
export async function uploadRefusals(app: FastifyInstance, url: string, headers: Record<string, string>): Promise<Record<string, string>> {
  const boundary = '----xiaowei-refusals';
  const multipart = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  const en = `${url}${url.includes('?') ? '&' : '?'}lang=en`;
  const cases: Record<string, InjectOptions> = {
    json: { payload: { rows: [] }, headers: { ...headers, 'content-type': 'application/json' } },
    no_file: { payload: multipartBody([{ field: 'note', content: 'x' }], boundary), headers: { ...headers, ...multipart } },
    pdf: {
      payload: multipartBody([{ field: 'file', fileName: 'a.pdf', type: 'application/pdf', content: '%PDF-1.4' }], boundary),
      headers: { ...headers, ...multipart },
    },
    cut_off: {
      payload: multipartBody([{ field: 'file', fileName: 'a.csv', type: 'text/csv', content: 'a,b\n1,2' }], boundary, false).subarray(
        0,
        90,
      ),
      headers: { ...headers, ...multipart },
    },
    empty_csv: {
      payload: multipartBody([{ field: 'file', fileName: 'a.csv', type: 'text/csv', content: '' }], boundary),
      headers: { ...headers, ...multipart },
    },
  };
  const out: Record<string, string> = {};
  for (const [name, options] of Object.entries(cases)) {
    const r = await call(app, { method: 'POST', url: en, ...options });
    out[name] =
      `${r.status} ${r.json?.code}${r.json?.problems ? `: ${r.json.problems.map((p: { message: string }) => p.message).join('; ')}` : ''}`;
  }
  return out;
}

/** The answers of {@link uploadRefusals} every file-upload route gives. */
export const UPLOAD_REFUSALS = {
  json: '415 XW_ERR_UNSUPPORTED_MEDIA_TYPE',
  no_file: '400 XW_ERR_VALIDATION: upload one file (field "file")',
  pdf: '415 XW_ERR_UNSUPPORTED_MEDIA_TYPE',
  cut_off: '400 XW_ERR_BAD_REQUEST',
  empty_csv: '400 XW_ERR_VALIDATION: the file is empty',
} as const;

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

export interface DemoApp {
  store: Store;
  app: FastifyInstance;
  /** {@link documentChecker} of the app's OpenAPI document. */
  check: Awaited<ReturnType<typeof documentChecker>>;
  /** Each signed-in user's API token, by username. */
  readonly tokens: Map<string, string>;
  /** `call` as `who` (its API token on top of the request's own headers) or, with null, without sign-in. */
  readonly as: (who: string | null, options: InjectOptions) => Promise<Reply>;
}

export interface DemoAppOptions {
  /** Demo enterprises seeded. */
  readonly enterprises: number;
  /** The demo users given an API token. */
  readonly users: readonly string[];
  /** The tokens' name (what the audit log shows made them). */
  readonly tokenName: string;
}

/**
 * For one test file: the demo registry seeded in an in-memory SQLite store, a test app that signs requests in by
 * session or API token, and a token for each of `users`; all closed after the file. The fields are filled in
 * `beforeAll`, so read them inside tests, not at the top of the file.
 */
export function useDemoApp(options: DemoAppOptions): DemoApp {
  const tokens = new Map<string, string>();
  const env = {
    tokens,
    as: (who, request) =>
      call(env.app, {
        ...request,
        headers: { ...(request.headers as Record<string, string>), ...(who ? { authorization: `Bearer ${tokens.get(who)}` } : {}) },
      }),
  } as DemoApp;
  beforeAll(async () => {
    env.store = await createStore({ url: ':memory:' });
    await env.store.migrate();
    await seedDemo(env.store, { enterprises: options.enterprises });
    env.app = await testApp({ store: env.store, authenticate: sessionAuthentication(env.store) });
    env.check = await documentChecker(env.app);
    for (const username of options.users) {
      const user = await env.store.users.findByUsername(username);
      if (!user) throw new Error(username);
      const token = newToken('xw_');
      await env.store.apiTokens.create({ token, userId: user.id, name: options.tokenName }, { actor: SYSTEM_ACTOR });
      tokens.set(username, token);
    }
    // Seeding the demo registry and the engine's first load take a while on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await env.app?.close();
    await env.store?.close();
  });
  return env;
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
