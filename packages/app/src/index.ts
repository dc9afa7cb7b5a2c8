/**
 * @xiaowei/app — the application layer: records in, outcomes out.
 *
 * Every use case of Xiaowei lives here once; the CLI (files), the service (HTTP) and the store (database)
 * turn their inputs into records and the outcomes back into tables, JSON or rows. It depends on the engine
 * and the policy only.
 */

export * from './lending/index.ts';
export type { Problem } from './problems/problem.ts';
export * from './procurement/index.ts';
export * from './set-aside/index.ts';

export * from './simulate/index.ts';
