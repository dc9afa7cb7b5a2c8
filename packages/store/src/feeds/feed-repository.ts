/** Department data feeds in the store's terms (see submit-feed.ts). */
import type { StoreContext } from '../context.ts';
import type { JobSender } from '../jobs/job-queue.ts';
import {
  type FeedBatch,
  type FeedResult,
  type FeedSender,
  type FeedSubmission,
  getFeedBatch,
  listFeedBatches,
  submitFeed,
} from './submit-feed.ts';

export class FeedRepository {
  constructor(
    private readonly ctx: StoreContext,
    private readonly jobs: (tx: StoreContext) => JobSender,
  ) {}

  /**
   * Validates and writes a batch, queuing the recompute of the enterprises it touched.
   * @example await store.feeds.submit({ batchId: 'hr-2013-07', kind: 'graduate_hires', rows }, { actor, department: 'human_resources', regionPrefix: '3702' })
   */
  submit(submission: FeedSubmission, sender: FeedSender): Promise<FeedResult> {
    return submitFeed(this.ctx, this.jobs, submission, sender);
  }

  /** A batch within `regionPrefix` (null: any); NotFoundError otherwise. */
  get(id: string, regionPrefix: string | null): Promise<FeedBatch> {
    return getFeedBatch(this.ctx, id, regionPrefix);
  }

  list(query: { regionPrefix: string | null; department?: string | null; limit?: number }): Promise<FeedBatch[]> {
    return listFeedBatches(this.ctx, query);
  }
}
