/** The bulletin shapes of the service (generated from its OpenAPI document). Money in yuan, exact. */
import type { Answer } from '../../api/schema.ts';

export type Bulletin = Answer<'/api/v1/public/bulletins/{id}', 'get'>;
export type BulletinSummary = Answer<'/api/v1/public/bulletins', 'get'>['items'][number];
export type BulletinContent = Bulletin['content'];
