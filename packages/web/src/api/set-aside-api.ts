import type { Lang } from '../i18n/languages.ts';
import { ApiError, type ApiProblem, apiGet } from './client.ts';

/**
 * PUT and DELETE for the budget-unit and project routes. The session's CSRF token is asked of the
 * server (GET /api/v1/auth/csrf) and sent in `x-csrf-token`, as every state-changing request needs;
 * errors come back as the client's {@link ApiError}, message in the user's language.
 */
async function send<T>(method: 'PUT' | 'DELETE', path: string, lang: Lang, body?: unknown): Promise<T> {
  const { csrf_token } = await apiGet<{ csrf_token: string | null }>('/api/v1/auth/csrf', { lang });
  let response: Response;
  try {
    response = await fetch(`${path}?lang=${encodeURIComponent(lang)}`, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'accept-language': lang,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(csrf_token ? { 'x-csrf-token': csrf_token } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const e = (json ?? {}) as { code?: string; message?: string; problems?: ApiProblem[] };
    throw new ApiError(response.status, e.code ?? `http_${response.status}`, e.message ?? response.statusText, e.problems ?? []);
  }
  return json as T;
}

export const apiPut = <T>(path: string, body: unknown, lang: Lang) => send<T>('PUT', path, lang, body);
export const apiDelete = (path: string, lang: Lang) => send<void>('DELETE', path, lang);
