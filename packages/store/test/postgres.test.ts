/**
 * The suite on PostgreSQL: the server named by XIAOWEI_TEST_DATABASE_URL (CI), in a fresh schema
 * dropped afterwards; without it, PostgreSQL in process (PGlite). Never skipped.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createStore } from '../src/index.ts';
import { MIGRATION_NAMES } from '../src/migrations/index.ts';
import { storeSuite } from './store-suite.ts';

const url = process.env.XIAOWEI_TEST_DATABASE_URL;

if (url) {
  storeSuite(`PostgreSQL (${url.replace(/\/\/[^@]*@/, '//…@')})`, async () => {
    const schema = `xw_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const store = await createStore({ url, schema, poolSize: 4 });
    return {
      store,
      concurrentReads: true,
      cleanup: async () => {
        await store.db.schema.dropSchema(schema).ifExists().cascade().execute();
        await store.close();
      },
    };
  });
} else {
  storeSuite('PostgreSQL in process (PGlite; set XIAOWEI_TEST_DATABASE_URL for a server)', async () => {
    const store = await createStore({ url: 'pglite:' });
    return { store, concurrentReads: false, cleanup: () => store.close() };
  });
}

describe('migrations on PostgreSQL', () => {
  it("create their tables in the store's schema even when another schema has Kysely's migration tables", async () => {
    const schema = url ? `xw_test_${process.pid}_${Date.now()}_m` : undefined;
    const store = await createStore(url ? { url, schema, poolSize: 2 } : { url: 'pglite:' });
    const decoy = `xw_decoy_${process.pid}_${Date.now()}`;
    try {
      await sql`create schema ${sql.id(decoy)}`.execute(store.db);
      await sql`create table ${sql.id(decoy, 'kysely_migration')} (name varchar(255) primary key, timestamp varchar(255) not null)`.execute(
        store.db,
      );
      await sql`create table ${sql.id(decoy, 'kysely_migration_lock')} (id varchar(255) primary key, is_locked integer not null default 0)`.execute(
        store.db,
      );
      expect(await store.migrate()).toEqual(MIGRATION_NAMES);
      expect(MIGRATION_NAMES.slice(0, 4)).toEqual([
        '0001-initial',
        '0002-regions',
        '0003-entitlement-components',
        '0004-budget-units-banks',
      ]);
      expect(await store.migrate()).toEqual([]);
      expect((await store.regions.list({ parentCode: null })).length).toBe(31);
    } finally {
      await store.db.schema.dropSchema(decoy).ifExists().cascade().execute();
      if (schema) await store.db.schema.dropSchema(schema).ifExists().cascade().execute();
      await store.close();
    }
  });
});
