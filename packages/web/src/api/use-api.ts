import { useEffect, useState } from 'react';
import { ApiError } from './client.ts';

export type ApiState<T> =
  | { readonly status: 'idle'; readonly data?: undefined; readonly error?: undefined }
  | { readonly status: 'loading'; readonly data?: T; readonly error?: undefined }
  | { readonly status: 'ok'; readonly data: T; readonly error?: undefined }
  | { readonly status: 'error'; readonly data?: undefined; readonly error: ApiError };

/**
 * Runs `load` whenever `key` changes (null: nothing to load) and keeps the latest answer; a request
 * overtaken by a newer one is aborted, so a slow old answer never replaces a new one.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ status: 'idle' });
  // `key` names everything `load` depends on: the effect runs again when it changes, not on each new closure.
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ status: 'loading', ...(s.data !== undefined ? { data: s.data } : {}) }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ok', data });
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const error = e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message);
        setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
