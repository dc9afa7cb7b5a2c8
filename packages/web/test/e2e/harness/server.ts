import { type BuildOptions, buildApp, serveWeb } from '@xiaowei/server';
import type { FastifyInstance } from 'fastify';
import { DIST_DIR } from './build.ts';

export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/** The real service (default: engine routes, no database) with the web app, listening on a random port. */
export async function startServer(options: BuildOptions = { store: null }): Promise<RunningServer> {
  const app = await buildApp({ logger: false, ...options });
  // The web app as `npm start` serves it (precompressed assets, index.html for the app's routes), under
  // the service's security headers (CSP).
  if (!(await serveWeb(app, DIST_DIR))) throw new Error(`no web build at ${DIST_DIR}`);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, app, close: () => app.close() };
}
