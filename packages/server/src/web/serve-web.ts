import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The built web application (packages/web/dist; `npm start` builds it first when it is missing or stale). */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/**
 * Serves the web application at `/`: hashed assets cached for a year, `index.html` never cached, and
 * every other GET outside `/api` answered with `index.html` so that the app's own routes and shared
 * report links work on reload (packages/web/README.md). JS, CSS and HTML go out brotli- or gzip-compressed
 * from the files the build precompressed. Returns false when there is no build.
 */
export async function serveWeb(app: FastifyInstance, root: string = WEB_DIST): Promise<boolean> {
  if (!existsSync(`${root}/index.html`)) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    cacheControl: false,
    // The build writes `.br` and `.gz` next to each JS/CSS/HTML file (packages/web/scripts/precompress.ts):
    // sent as they are to browsers that accept them (with Vary: Accept-Encoding), the plain file otherwise.
    preCompressed: true,
    // The build manifest is for the size report, not for browsers.
    allowedPath: (path) => !path.startsWith('/.vite'),
    setHeaders: (res, path) => {
      res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      // The body depends on Accept-Encoding: a shared cache must not give a brotli body to a browser without it.
      res.setHeader('vary', 'accept-encoding');
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) =>
    request.url.startsWith('/api') || request.url.startsWith('/assets/') ? reply.callNotFound() : reply.sendFile('index.html'),
  );
  return true;
}
