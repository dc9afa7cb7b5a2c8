import type { Lang } from '../i18n/languages.ts';

/** One problem of a rejected request, as the server reports it (message in the user's language). */
export interface ApiProblem {
  readonly path: string;
  readonly row?: number;
  readonly field: string;
  readonly message: string;
}

/**
 * A failed request: the server's error (`code` from its catalogue, message already in the user's
 * language) or, with status 0, no answer at all (network down, server stopped).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: readonly ApiProblem[] = [],
  ) {
    super(message);
  }
}

export interface RequestOptions {
  readonly lang: Lang;
  readonly signal?: AbortSignal;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
}

function url(path: string, options: RequestOptions): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined && v !== '') params.set(k, String(v));
  params.set('lang', options.lang);
  return `${path}?${params.toString()}`;
}

async function send<T>(method: 'GET' | 'POST', path: string, options: RequestOptions, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url(path, options), {
      method,
      headers: {
        accept: 'application/json',
        'accept-language': options.lang,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
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
  if (json === undefined) throw new ApiError(response.status, 'bad_response', 'the server sent no JSON');
  return json as T;
}

/** GET a JSON resource of the API in the user's language. */
export function apiGet<T>(path: string, options: RequestOptions): Promise<T> {
  return send<T>('GET', path, options);
}

/** POST a JSON body to the API and read the JSON answer. */
export function apiPost<T>(path: string, body: unknown, options: RequestOptions): Promise<T> {
  return send<T>('POST', path, options, body);
}
