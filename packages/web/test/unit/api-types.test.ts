import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from '../../scripts/api-types.ts';

/** The web's API types are the service's: the committed file is what the routes' schemas produce now. */
describe('src/api/generated/openapi.ts', () => {
  it('is what the OpenAPI document gives (else: npm run api-types -w packages/web)', async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    const now = await apiTypes();
    expect(committed === now, 'src/api/generated/openapi.ts is stale: run `npm run api-types -w packages/web` and commit it').toBe(true);
  }, 60_000);
});
