import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, apiDelete, apiGet, apiPost } from '../../api/client.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { SimulationRun } from './what-if-types.ts';

/** How often a running simulation is asked for its progress. */
const POLL_MS = 400;

const errorOf = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));

/**
 * A simulation run of a saved scenario: started with POST /api/v1/scenarios/{id}/runs, polled at
 * GET /api/v1/simulation-runs/{id} for its progress until it completes, fails or is cancelled
 * (DELETE /api/v1/simulation-runs/{id}). Leaving the page stops the polling, not the run.
 */
export function useSimulationRun(lang: Lang) {
  const [run, setRun] = useState<SimulationRun | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const live = useRef(true);

  const stopPolling = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      stopPolling();
    };
  }, []);

  const poll = useCallback(
    (id: string) => {
      stopPolling();
      timer.current = setTimeout(async () => {
        try {
          const r = await apiGet<SimulationRun>(`/api/v1/simulation-runs/${encodeURIComponent(id)}`, { lang });
          if (!live.current) return;
          setRun(r);
          if (r.status === 'reading' || r.status === 'running') poll(id);
        } catch (e) {
          if (live.current) setError(errorOf(e));
        }
      }, POLL_MS);
    },
    [lang],
  );

  const start = useCallback(
    async (scenarioId: string, year: number) => {
      stopPolling();
      setError(null);
      setRun(null);
      try {
        const r = await apiPost<SimulationRun>(`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/runs`, { year }, { lang });
        if (!live.current) return;
        setRun(r);
        poll(r.id);
      } catch (e) {
        if (live.current) setError(errorOf(e));
      }
    },
    [lang, poll],
  );

  const cancel = useCallback(async () => {
    if (run === null) return;
    try {
      await apiDelete<SimulationRun>(`/api/v1/simulation-runs/${encodeURIComponent(run.id)}`, { lang });
      // The run stops at its next step; the polling sees it cancelled.
      poll(run.id);
    } catch (e) {
      setError(errorOf(e));
    }
  }, [run, lang, poll]);

  return { run, error, start, cancel };
}
