/**
 * The recompute an accepted feed batch queued (`submit-feed.ts`): the enterprises it touched are re-evaluated by
 * the store's one recompute (`store.recomputeEntitlements`), in slices, each its own transaction that replaces
 * the slice's rows — so a job retried after its process died (kill -9) redoes slices without doubling a row.
 * Progress is the count of enterprises done, recorded between slices. `afterRecompute` lets later steps (offers) follow a batch.
 */
import type { Store } from '../create-store.ts';
import type { RecomputeResult } from '../entitlements/recompute.ts';
import { RECOMPUTE_QUEUE } from '../migrations/0016-job-queue.ts';

export interface FeedRecomputeJob {
  readonly batchId: string;
}

export interface FeedWorkerOptions {
  /** Enterprises per transaction (default 2,000). */
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  /** Runs after a batch's entitlements are stored (same job: a failure retries the job). */
  readonly afterRecompute?: (batch: { readonly batchId: string; readonly enterpriseIds: readonly string[] }) => Promise<void>;
}

/** The enterprises a batch touched, in id order. */
export async function batchEnterprises(store: Store, batchId: string): Promise<string[]> {
  const rows = await store.db
    .selectFrom('feed_batch_enterprises')
    .select('enterprise_id')
    .where('batch_id', '=', batchId)
    .orderBy('enterprise_id')
    .execute();
  return rows.map((r) => r.enterprise_id);
}

/** Starts this process's worker of feed recomputes. */
export async function startFeedWorkers(store: Store, options: FeedWorkerOptions = {}): Promise<void> {
  await store.jobs.work<FeedRecomputeJob>(
    RECOMPUTE_QUEUE,
    async (job, ctx) => {
      const ids = await batchEnterprises(store, job.data.batchId);
      const total = ids.length;
      const size = options.batchSize ?? 2000;
      await ctx.progress({ done: 0, total });
      // Slice by slice through the one recompute, recording progress between slices (each its own transaction).
      let years = 0;
      let incomplete = 0;
      for (let i = 0; i < total; i += size) {
        // A stopping queue: leave the rest to the retry (what is stored stays; the retry redoes every slice).
        if (ctx.signal.aborted) throw new Error('the queue stopped');
        const slice = ids.slice(i, i + size);
        const r: RecomputeResult = await store.recomputeEntitlements({ enterpriseIds: slice }, { batchSize: size });
        years += r.years;
        incomplete += r.incomplete;
        await ctx.progress({ done: Math.min(total, i + slice.length), total });
        // Let requests in between slices: on SQLite every step above settles without leaving the microtask queue.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await options.afterRecompute?.({ batchId: job.data.batchId, enterpriseIds: ids });
      return { enterprises: total, years, incomplete };
    },
    options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {},
  );
}
