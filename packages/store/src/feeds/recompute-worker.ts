/**
 * The recompute an accepted feed batch queued (`submit-feed.ts`): the enterprises it touched are re-evaluated by
 * the store's one recompute (`store.recomputeEntitlements`), in slices, each its own transaction that replaces
 * the slice's rows — so a job retried after its process died (kill -9) redoes slices without doubling a row.
 * Progress is the count of enterprises done. `afterRecompute` lets later steps (offers) follow a batch.
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
      await ctx.progress({ done: 0, total });
      let reported = Promise.resolve();
      const result: RecomputeResult = await store.recomputeEntitlements(
        { enterpriseIds: ids },
        {
          batchSize: options.batchSize ?? 2000,
          onProgress: (p) => {
            reported = reported.then(() => ctx.progress({ done: p.enterprises, total })).catch(() => {});
          },
        },
      );
      await reported;
      await options.afterRecompute?.({ batchId: job.data.batchId, enterpriseIds: ids });
      return { enterprises: result.enterprises, years: result.years, incomplete: result.incomplete };
    },
    options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {},
  );
}
