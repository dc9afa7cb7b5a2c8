import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { type BuildOptions, buildApp } from '@xiaowei/server';
import type { FastifyInstance } from 'fastify';
import { DIST_DIR } from './build.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built web app from the service itself, as packages/web/README.md asks of the server: files
 * of dist at `/`, and for any other GET outside /api the SPA's index.html. Registered on the app from
 * `buildApp`, so the service's security headers (CSP) apply to the page as in production. The lead
 * wires @fastify/static in the server the same way; this stands in for it in the tests.
 */
export function serveWebApp(app: FastifyInstance, dist: string = DIST_DIR): void {
  app.get('/*', (request, reply) => {
    const path = decodeURIComponent(request.url.split('?')[0]);
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    const file = normalize(join(dist, path));
    const inside = file.startsWith(dist) && !path.includes('\0');
    if (inside && existsSync(file) && statSync(file).isFile() && !file.includes(`${dist}/.vite`)) {
      const immutable = path.startsWith('/assets/');
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.type(TYPES[extname(file)] ?? 'application/octet-stream').send(createReadStream(file));
    }
    if (extname(path) !== '' && path.startsWith('/assets/')) return reply.callNotFound();
    reply.header('cache-control', 'no-cache');
    return reply.type(TYPES['.html']).send(createReadStream(join(dist, 'index.html')));
  });
}

export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/** The real service (default: engine routes, no database) with the web app, listening on a random port. */
export async function startServer(options: BuildOptions = { store: null }): Promise<RunningServer> {
  const app = await buildApp({ logger: false, ...options });
  serveWebApp(app);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, app, close: () => app.close() };
}
