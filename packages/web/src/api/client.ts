import type { Lang } from '../i18n/languages.ts';
import type { Schema } from './schema.ts';

/**
 * One problem of a rejected request, as the server reports it (message in the user's language): the JSON
 * pointer into the body, the record or file row, the column of an uploaded file as its header writes it.
 */
export type ApiProblem = NonNullable<Schema<'Error'>['problems']>[number];

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

/**
 * The CSRF token of the signed-in session (from sign-in or GET /api/v1/auth/me), sent in `x-csrf-token`
 * on every state-changing request; the session cookie itself is HttpOnly and travels by itself.
 */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function send<T>(method: Method, path: string, options: RequestOptions, body?: unknown): Promise<T> {
  const response = await request(method, path, options, body);
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) throw errorOf(response, json);
  if (response.status === 204) return undefined as T;
  if (json === undefined) throw new ApiError(response.status, 'bad_response', 'the server sent no JSON');
  return json as T;
}

/** The server's error body as an {@link ApiError}. */
function errorOf(response: Response, json: unknown): ApiError {
  const e = (json ?? {}) as { code?: string; message?: string; problems?: ApiProblem[] };
  return new ApiError(response.status, e.code ?? `http_${response.status}`, e.message ?? response.statusText, e.problems ?? []);
}

async function request(method: Method, path: string, options: RequestOptions, body?: unknown): Promise<Response> {
  let response: Response;
  const form = body instanceof FormData;
  try {
    response = await fetch(url(path, options), {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'accept-language': options.lang,
        ...(body === undefined || form ? {} : { 'content-type': 'application/json' }),
        ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', (e as Error).message);
  }
  return response;
}

/** GET a JSON resource of the API in the user's language. */
export function apiGet<T>(path: string, options: RequestOptions): Promise<T> {
  return send<T>('GET', path, options);
}

/** POST a JSON body to the API and read the JSON answer. */
export function apiPost<T>(path: string, body: unknown, options: RequestOptions): Promise<T> {
  return send<T>('POST', path, options, body);
}

/** POST a JSON body to the API and read the file it answers with (a PDF report). */
export async function apiPostFile(path: string, body: unknown, options: RequestOptions): Promise<Blob> {
  const response = await request('POST', path, options, body);
  if (response.ok) return response.blob();
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  throw errorOf(response, json);
}

/** PUT a JSON body to the API (a change of a resource) and read the JSON answer. */
export function apiPut<T>(path: string, body: unknown, options: RequestOptions): Promise<T> {
  return send<T>('PUT', path, options, body);
}

/** DELETE a resource of the API (the answer's JSON, or nothing for 204). */
export function apiDelete<T>(path: string, options: RequestOptions): Promise<T> {
  return send<T>('DELETE', path, options);
}

/** POST a file as multipart/form-data (field `file`) and read the JSON answer. */
export function apiUpload<T>(path: string, file: File, options: RequestOptions): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return send<T>('POST', path, options, form);
}

/** The address of an API resource with its query and the language (for links such as file exports). */
export function apiUrl(path: string, options: Omit<RequestOptions, 'signal'>): string {
  return url(path, options);
}
