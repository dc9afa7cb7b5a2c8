/** Writes `src/api/generated/openapi.ts` from the service's OpenAPI document (see api-types.ts). */
import { writeFile } from 'node:fs/promises';
import { API_TYPES_FILE, apiTypes } from './api-types.ts';

await writeFile(API_TYPES_FILE, await apiTypes());
console.log(`wrote ${API_TYPES_FILE}`);
