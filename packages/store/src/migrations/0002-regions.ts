/** Seeds the GB/T 2260 regions (see regions-data.ts). */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { REGION_SEED } from './regions-data.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await (db as unknown as Kysely<Database>)
    .insertInto('regions')
    .values(REGION_SEED.map((r) => ({ code: r.code, parent_code: r.parent, level: r.level, name_zh: r.zh, name_ko: r.ko, name_en: r.en })))
    .execute();
}
