import type { EngineService } from '../../engine/engine-service.ts';
import { AppError } from '../../errors/app-error.ts';
import { pingStore, type ServiceStore } from '../../store.ts';

export interface Health {
  readonly status: 'ok';
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly store: 'none' | 'ok';
  readonly backend?: string;
  readonly uptime_s: number;
}

const started = Date.now();

/**
 * Readiness: the engine is loaded, and the database (when there is one) answers. A store that does
 * not answer is XW_ERR_NOT_READY (503), so a load balancer takes the instance out.
 */
export async function getHealth(engine: EngineService, store: ServiceStore | null): Promise<Health> {
  const base = { status: 'ok' as const, ...engine.version, uptime_s: Math.round((Date.now() - started) / 1000) };
  if (store === null) return { ...base, store: 'none' };
  try {
    await pingStore(store);
  } catch (e) {
    throw new AppError('XW_ERR_NOT_READY', { detail: `database: ${(e as Error).message}`.slice(0, 200) });
  }
  return { ...base, store: 'ok', backend: store.backend };
}
