/**
 * The web's API types from the service's OpenAPI document: `buildApp()` (no database, no socket) gives the
 * document the routes' schemas produce, openapi-typescript turns it into `src/api/generated/openapi.ts`.
 * `npm run api-types -w packages/web` writes the file; `test/unit/api-types.test.ts` fails when the committed
 * file differs from what the routes produce now.
 */
import { fileURLToPath } from 'node:url';
import { buildApp } from '@xiaowei/server';
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated types live (committed). */
export const API_TYPES_FILE = fileURLToPath(new URL('../src/api/generated/openapi.ts', import.meta.url));

const HEADER = `/**
 * Generated from the service's OpenAPI document by packages/web/scripts/api-types.ts: do not edit.
 * Regenerate with \`npm run api-types -w packages/web\` after changing a route's schema.
 */
`;

/** The text of the generated file, from the routes' schemas as they are now. */
export async function apiTypes(): Promise<string> {
  const app = await buildApp({ config: { docs: false } });
  try {
    await app.ready();
    const document = app.swagger() as Parameters<typeof openapiTS>[0];
    const ast = await openapiTS(document, { alphabetize: false, exportType: false });
    return HEADER + astToString(ast);
  } finally {
    await app.close();
  }
}
