/**
 * The durable job queue (issue 13 §2) on SQLite and PostgreSQL (pg-boss), one test for both: a job is sent, worked,
 * completed with its output and its progress visible while it runs; a failure is retried after its delay until the
 * retry limit, then failed with the error; a singleton key holds while a job waits; `startAfter` is honoured;
 * cancel stops a waiting job; a job held by a worker that stopped answering is retried by another store on the same
 * database (a second process) once its heartbeat expires; a job sent in a rolled-back transaction never exists.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobQueue, type Job, type Store } from '../src/index.ts';
import { sharedDialects } from './dialects.ts';

const until = async (what: () => Promise<boolean>, ms = 15_000): Promise<void> => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await what()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
};

for (const [name, make] of sharedDialects('xw_jobs')) {
  describe(`job queue (${name})`, () => {
    let store: Store;
    let reopen: () => Promise<Store>;
    let cleanup: () => Promise<void>;
    const queues = ['t-work', 't-retry', 't-fail', 't-single', 't-later', 't-cancel', 't-dead', 't-tx', 't-cron'];

    beforeAll(async () => {
      ({ store, reopen, cleanup } = await make());
      await store.migrate();
      for (const q of queues) await createJobQueue(store.db as unknown as Kysely<unknown>, store.dialect, q);
    }, 120_000);
    afterAll(async () => cleanup?.());

    const state = async (id: string | null) => (await store.jobs.getJob(id ?? ''))?.state;

    it('sends, works and completes a job with its output; progress shows while it runs', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      await store.jobs.work<{ n: number }>(
        't-work',
        async (job, ctx) => {
          await ctx.progress({ done: 1, total: 4 });
          await gate;
          return { doubled: job.data.n * 2 };
        },
        { pollIntervalMs: 500 },
      );
      const id = await store.jobs.send('t-work', { n: 21 });
      expect(id).not.toBeNull();
      await until(async () => (await store.jobs.getJob(id ?? ''))?.progress?.done === 1);
      const running = await store.jobs.getJob(id ?? '');
      expect(running).toMatchObject({ state: 'active', progress: { fraction: 0.25, done: 1, total: 4 } });
      release();
      await until(async () => (await state(id)) === 'completed');
      const done = (await store.jobs.getJob(id ?? '')) as Job;
      expect(done.output).toEqual({ doubled: 42 });
      expect(done.progress?.fraction).toBe(1);
      expect(done.completedAt).not.toBeNull();
      await expect(store.jobs.send('no-such-queue', {})).rejects.toThrow(/no job queue/);
    }, 30_000);

    it('retries a failure after its delay, and fails for good when the retries are spent', async () => {
      const attempts: number[] = [];
      await store.jobs.work(
        't-retry',
        async () => {
          attempts.push(Date.now());
          if (attempts.length === 1) throw new Error('first try fails');
          return 'ok';
        },
        { pollIntervalMs: 500 },
      );
      const id = await store.jobs.send('t-retry', {}, { retryLimit: 1, retryDelay: 1 });
      await until(async () => (await state(id)) === 'completed');
      expect(attempts).toHaveLength(2);
      expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(900);
      expect((await store.jobs.getJob(id ?? ''))?.retryCount).toBe(1);

      await store.jobs.work('t-fail', async () => {
        throw new Error('always wrong');
      });
      const bad = await store.jobs.send('t-fail', {}, { retryLimit: 0 });
      await until(async () => (await state(bad)) === 'failed');
      expect((await store.jobs.getJob(bad ?? ''))?.error).toContain('always wrong');
    }, 30_000);

    it('keeps one waiting job per singleton key; honours startAfter; cancels a waiting job', async () => {
      const first = await store.jobs.send('t-single', { a: 1 }, { singletonKey: 'k' });
      expect(first).not.toBeNull();
      expect(await store.jobs.send('t-single', { a: 2 }, { singletonKey: 'k' })).toBeNull();
      expect(await store.jobs.send('t-single', { a: 3 }, { singletonKey: 'other' })).not.toBeNull();

      const ran: string[] = [];
      await store.jobs.work<{ at: string }>('t-later', async (job) => ran.push(job.id), { pollIntervalMs: 500 });
      const later = await store.jobs.send('t-later', { at: 'later' }, { startAfter: 2 });
      await new Promise((r) => setTimeout(r, 1000));
      expect(await state(later)).toBe('created');
      await until(async () => (await state(later)) === 'completed');
      expect(ran).toEqual([later]);

      const waiting = await store.jobs.send('t-cancel', {}, { startAfter: 3600 });
      await store.jobs.cancel(waiting ?? '');
      expect(await state(waiting)).toBe('cancelled');
      expect(await store.jobs.getJob('not-a-job')).toBeUndefined();
    }, 30_000);

    it('writes a job only when the transaction that sent it commits', async () => {
      let sent: string | null = null;
      await expect(
        store.transaction(async (tx) => {
          sent = await tx.jobs.send('t-tx', { x: 1 });
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await store.jobs.getJob(sent ?? '')).toBeUndefined();
      const kept = await store.transaction((tx) => tx.jobs.send('t-tx', { x: 2 }));
      expect(await state(kept)).toBe('created');
    });

    it('retries a job whose worker stopped answering, in another store on the same database', async () => {
      const a = await reopen();
      let startedOnA = false;
      await a.jobs.work(
        't-dead',
        async () => {
          startedOnA = true;
          await new Promise(() => {}); // hangs, like a process that froze or died
        },
        { pollIntervalMs: 500 },
      );
      const id = await store.jobs.send('t-dead', { v: 1 }, { expireInSeconds: 1, retryLimit: 2 });
      await until(async () => startedOnA);
      expect(await state(id)).toBe('active');
      await a.jobs.stop(); // no more heartbeats; the job is left active
      const b = await reopen();
      const seen: string[] = [];
      await b.jobs.work(
        't-dead',
        async (job) => {
          seen.push(job.id);
          return 'recovered';
        },
        { pollIntervalMs: 500 },
      );
      await until(async () => (await state(id)) === 'completed', 20_000);
      expect(seen).toEqual([id]);
      const done = await store.jobs.getJob(id ?? '');
      expect(done?.output).toBe('recovered');
      expect(done?.retryCount).toBe(1);
      await b.jobs.stop();
    }, 40_000);

    it('schedules a recurring job', async () => {
      await store.jobs.schedule('t-cron', '* * * * *', { tick: true });
      if (store.dialect === 'postgres') {
        const { sql } = await import('kysely');
        const rows = await sql<{ name: string; cron: string }>`select name, cron from schedule`.execute(store.db);
        expect(rows.rows).toEqual([{ name: 't-cron', cron: '* * * * *' }]);
      } else {
        // croner: a second-resolution pattern, to see a tick within the test.
        await store.jobs.schedule('t-cron', '* * * * * *', { tick: true });
        const { sql } = await import('kysely');
        await until(async () => (await sql`select id from jobs where name = 't-cron'`.execute(store.db)).rows.length > 0, 5000);
      }
    }, 20_000);
  });
}
