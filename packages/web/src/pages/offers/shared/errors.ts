import { ApiError } from '../../../api/client.ts';

/** Any failure of a request as an ApiError (a network failure too). */
export function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message);
}
