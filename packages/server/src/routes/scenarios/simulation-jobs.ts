import { randomUUID } from 'node:crypto';
import type { SimulationOutcome } from '@xiaowei/app';

/** A simulation run as the API reports it. */
export interface SimulationJob {
  id: string;
  user_id: string;
  scenario_id: string;
  year: number;
  status: 'reading' | 'running' | 'completed' | 'failed' | 'cancelled';
  done: number;
  total: number;
  started_at: string;
  finished_at: string | null;
  error?: { code: string; message: string };
  result?: Record<string, unknown>;
  /** Not sent: stops the run. */
  controller: AbortController;
  /** Not sent: the outcome, for the Excel and PDF files. */
  outcome?: SimulationOutcome;
}

/**
 * Simulation runs of this instance, kept in memory (the most recent 50; a result is recomputed by running the
 * scenario again). A run is seen by the user who started it only.
 */
export class SimulationJobs {
  private readonly jobs = new Map<string, SimulationJob>();

  start(userId: string, scenarioId: string, year: number): SimulationJob {
    const job: SimulationJob = {
      id: randomUUID(),
      user_id: userId,
      scenario_id: scenarioId,
      year,
      status: 'reading',
      done: 0,
      total: 0,
      started_at: new Date().toISOString(),
      finished_at: null,
      controller: new AbortController(),
    };
    this.jobs.set(job.id, job);
    if (this.jobs.size > 50) {
      const oldest = this.jobs.keys().next().value as string;
      this.jobs.get(oldest)?.controller.abort();
      this.jobs.delete(oldest);
    }
    return job;
  }

  get(id: string, userId: string): SimulationJob | undefined {
    const job = this.jobs.get(id);
    return job?.user_id === userId ? job : undefined;
  }
}

/** The job as JSON (without its controller). */
export function jobJson(job: SimulationJob): Omit<SimulationJob, 'controller' | 'outcome'> {
  const { controller: _, outcome: __, ...rest } = job;
  return rest;
}
