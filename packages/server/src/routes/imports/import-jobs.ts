import { randomUUID } from 'node:crypto';

/** An import as the API reports it: running, then completed, rejected or failed. */
export interface ImportJob {
  id: string;
  /** The store's import record, once it exists (completed or rejected). */
  import_id: string | null;
  user_id: string;
  file_name: string;
  status: 'running' | 'completed' | 'rejected' | 'failed';
  /** Rows read so far (running) or in all. */
  rows: number;
  enterprises_created: number;
  enterprises_updated: number;
  years_written: number;
  problem_count: number;
  started_at: string;
  finished_at: string | null;
  /** For a failed import: the error code and message. */
  error?: { code: string; message: string };
}

/**
 * Imports of this instance, for progress: kept in memory (the most recent 200). The store keeps
 * every import's record, so a finished import is also found there from any instance.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  start(userId: string, fileName: string): ImportJob {
    const job: ImportJob = {
      id: randomUUID(),
      import_id: null,
      user_id: userId,
      file_name: fileName,
      status: 'running',
      rows: 0,
      enterprises_created: 0,
      enterprises_updated: 0,
      years_written: 0,
      problem_count: 0,
      started_at: new Date().toISOString(),
      finished_at: null,
    };
    this.jobs.set(job.id, job);
    if (this.jobs.size > 200) this.jobs.delete(this.jobs.keys().next().value as string);
    return job;
  }

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }
}
