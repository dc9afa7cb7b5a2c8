/**
 * Reliability and security of the store on every backend (issue 11): statements under the variable
 * limit, scope checked inside the import's transaction, append-only tables that refuse forged SQL,
 * interrupted imports recorded, what a publication relies on frozen, text normalised.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL, createStore, type EnterpriseImportRow, type Store } from '../src/index.ts';

const url = process.env.XIAOWEI_TEST_DATABASE_URL;

export const BACKENDS: [string, () => Promise<{ store: Store; cleanup: () => Promise<void> }>][] = [
  [
    'SQLite',
    async () => {
      const store = await createStore({ url: ':memory:' });
      return { store, cleanup: () => store.close() };
    },
  ],
  [
    url ? 'PostgreSQL' : 'PGlite',
    async () => {
      if (!url) {
        const store = await createStore({ url: 'pglite:' });
        return { store, cleanup: () => store.close() };
      }
      const schema = `xw_hard_${process.pid}_${Date.now()}`;
      const store = await createStore({ url, schema, poolSize: 3 });
      return {
        store,
        cleanup: async () => {
          await store.db.schema.dropSchema(schema).ifExists().cascade().execute();
          await store.close();
        },
      };
    },
  ],
];

const actor = 'hardening-test';
const tag = () => `H${randomUUID().replace(/-/g, '').slice(0, 8)}`;
const num = (v: unknown) => Number(v);

for (const [name, make] of BACKENDS) {
  describe(`store hardening on ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await make());
      await store.migrate();
    }, 120_000);
    afterAll(async () => cleanup?.());

    describe('statements under the variable limit', () => {
      it('an import changing 30,000 existing enterprises writes its 30,000 audit rows', async () => {
        const t = tag();
        const rows = (revenue: number): EnterpriseImportRow[] =>
          Array.from({ length: 30_000 }, (_, i) => ({
            row: i + 2,
            id: `${t}${String(i).padStart(5, '0')}`,
            name: `企业${i}`,
            regionCode: '370202',
            industry: 'F5221',
            year: 2013,
            employees: 10,
            revenueFen: revenue,
          }));
        await store.importEnterprises(rows(100_00), { actor, recompute: false, batchSize: 30_000 });
        const changed = await store.importEnterprises(rows(200_00), { actor, recompute: false, batchSize: 30_000 });
        expect(changed).toMatchObject({ status: 'completed', enterprisesUpdated: 30_000, yearsWritten: 30_000 });
        const audited = await sql<{ n: unknown }>`select count(*) as n from audit_log where action = 'enterprise.import_update'
          and entity_id like ${`${t}%`}`.execute(store.db);
        expect(num(audited.rows[0].n)).toBe(30_000);
        const stored = await sql<{ n: unknown }>`select count(*) as n from enterprise_years where enterprise_id like ${`${t}%`}
          and revenue_fen = 20000`.execute(store.db);
        expect(num(stored.rows[0].n)).toBe(30_000);
      }, 120_000);
    });
  });
}
