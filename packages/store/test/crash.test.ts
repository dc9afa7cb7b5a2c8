/**
 * kill -9 in the middle of writes, on every backend (issue 11): a real child process (fixtures/crash-child.ts)
 * is killed with SIGKILL inside an import's transaction and inside a tender publication's; the store is then
 * opened again as on a restart. Nothing is half-written, the import is recorded as failed with its audit row,
 * and the tender is either fully published (evaluation, status, the project's award) or not at all.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL, createStore, type Store } from '../src/index.ts';

const url = process.env.XIAOWEI_TEST_DATABASE_URL;
const CHILD = fileURLToPath(new URL('./fixtures/crash-child.ts', import.meta.url));
const actor = 'crash-test';

interface Target {
  readonly url: string;
  readonly schema: string | undefined;
  readonly open: () => Promise<Store>;
  readonly cleanup: () => Promise<void>;
}

// PGlite runs inside one process: a kill of another process cannot reach it, so PostgreSQL needs a server here.
const TARGETS: [string, () => Target][] = [
  [
    'SQLite (file)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'xiaowei-crash-'));
      const file = join(dir, 'crash.db');
      return {
        url: file,
        schema: undefined,
        open: () => createStore({ url: file }),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
  ...(url
    ? ([
        [
          'PostgreSQL',
          () => {
            const schema = `xw_crash_${process.pid}_${Date.now()}`;
            return {
              url,
              schema,
              open: () => createStore({ url, schema, poolSize: 2 }),
              cleanup: async () => {
                const s = await createStore({ url, poolSize: 1 });
                await s.db.schema.dropSchema(schema).ifExists().cascade().execute();
                await s.close();
              },
            };
          },
        ],
      ] as [string, () => Target][])
    : []),
];

/** Runs the child until it prints `signal`, then kills it with SIGKILL and waits for it to die. */
async function killAt(target: Target, mode: string, tag: string, signal: string): Promise<void> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, target.url, target.schema ?? '-', mode, tag], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes(signal)) resolve();
    });
    child.on('exit', () => reject(new Error(`child exited before ${signal}: ${out} ${err}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

const count = async (store: Store, query: ReturnType<typeof sql<{ n: unknown }>>) => Number((await query.execute(store.db)).rows[0].n);

for (const [name, make] of TARGETS) {
  describe(`kill -9 on ${name}`, () => {
    let target: Target;
    beforeAll(async () => {
      target = make();
      const store = await target.open();
      await store.migrate();
      await store.close();
    }, 120_000);
    afterAll(async () => target?.cleanup());

    it('mid-import: after a restart nothing of it is stored, and it is recorded as failed with its audit row', async () => {
      const tag = `K${Date.now().toString(36)}`;
      await killAt(target, 'import', tag, 'WRITING');
      const store = await target.open(); // the restart
      try {
        await store.migrate();
        if (store.dialect === 'sqlite')
          expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db)).rows).toEqual([
            { integrity_check: 'ok' },
          ]);
        expect(await count(store, sql<{ n: unknown }>`select count(*) as n from enterprises where id like ${`${tag}%`}`)).toBe(0);
        expect(
          await count(store, sql<{ n: unknown }>`select count(*) as n from enterprise_years where enterprise_id like ${`${tag}%`}`),
        ).toBe(0);
        expect(await count(store, sql<{ n: unknown }>`select count(*) as n from entitlements where enterprise_id like ${`${tag}%`}`)).toBe(
          0,
        );
        // PostgreSQL may take a moment to notice the dead connection and release its transaction's locks.
        let recovered = await store.recoverInterruptedImports();
        for (let i = 0; i < 50 && recovered.length === 0; i++) {
          await new Promise((r) => setTimeout(r, 200));
          recovered = await store.recoverInterruptedImports();
        }
        expect(recovered).toEqual([expect.objectContaining({ userId: 'crash-child', fileName: `${tag}.csv` })]);
        const id = recovered[0].importId;
        expect(await store.imports.get(id)).toMatchObject({
          status: 'failed',
          enterprisesCreated: 0,
          fileName: `${tag}.csv`,
          userId: 'crash-child',
        });
        const audit = (await store.audit.list({ entityType: 'import', entityId: id })).items;
        expect(audit.map((a) => [a.action, a.actor, (a.after as { interrupted?: boolean }).interrupted])).toEqual([
          ['import.fail', 'system', true],
        ]);
        expect(await store.recoverInterruptedImports()).toEqual([]); // once only
        // The same file imports completely afterwards: no lock or half-row was left behind.
        const again = await store.importRecords(
          [{ 统一社会信用代码: `${tag}00000`, 企业名称: '崩溃测试0', 所属地区: '370202', 行业: 'F52', 年度: 2013, 从业人员: 12 }],
          { actor },
        );
        expect(again).toMatchObject({ status: 'completed', enterprisesCreated: 1 });
      } finally {
        await store.close();
      }
    }, 120_000);

    it('during a tender publication: after a restart the tender is fully published or not at all', async () => {
      const setup = await target.open();
      const tags = [`P${Date.now().toString(36)}a`, `P${Date.now().toString(36)}b`];
      try {
        for (const tag of tags) {
          const unit = `BU-${tag}`;
          const scope = { budgetUnitId: unit };
          await setup.budgetUnits.create({ id: unit, name: '崩溃测试单位', regionCode: '370202' }, { actor });
          await setup.budgetUnits.upsertYear(unit, { year: 2013, procurementBudgetFen: 10_000_000_00 }, { actor, scope });
          await setup.procurementProjects.create(
            { id: `PJ-${tag}`, budgetUnitId: unit, year: 2013, name: '设备', budgetFen: 50_000_000, reservedFor: 'none' },
            { actor, scope },
          );
          await setup.tenders.create(
            {
              id: `TD-${tag}`,
              name: '设备采购',
              tenderDate: '2013-05-10',
              method: 'lowest_price',
              deductionRate: '0.08',
              projectId: `PJ-${tag}`,
              bids: [{ bidId: 'B1', supplierName: '供应商', priceFen: 40_880_000, declaredSizeClass: 'large' }],
            },
            { actor, scope },
          );
        }
      } finally {
        await setup.close();
      }
      await killAt(target, 'publish', tags[0], 'PUBLISHING'); // inside the publication's transaction
      await killAt(target, 'published', tags[1], 'PUBLISHED'); // just after it committed
      const store = await target.open();
      try {
        if (store.dialect === 'sqlite')
          expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db)).rows).toEqual([
            { integrity_check: 'ok' },
          ]);
        const state = async (tag: string) => {
          const tender = await store.tenders.get(`TD-${tag}`, { scope: ALL });
          const evaluation = await store.tenders.evaluation(`TD-${tag}`, { scope: ALL });
          const project = await store.procurementProjects.get(`PJ-${tag}`, { scope: ALL });
          const audited = (await store.audit.list({ entityId: `TD-${tag}`, action: 'tender.publish' })).items.length;
          return [tender.status, evaluation.publishedAt !== null, project.tenderId, project.award?.amountFen ?? null, audited];
        };
        expect(await state(tags[0])).toEqual(['evaluated', false, null, null, 0]);
        expect(await state(tags[1])).toEqual(['published', true, `TD-${tags[1]}`, 40_880_000, 1]);
        // The one killed mid-way publishes normally after the restart.
        await store.tenders.publish(`TD-${tags[0]}`, { actor, scope: { budgetUnitId: `BU-${tags[0]}` } });
        expect(await state(tags[0])).toEqual(['published', true, `TD-${tags[0]}`, 40_880_000, 1]);
      } finally {
        await store.close();
      }
    }, 120_000);
  });
}
