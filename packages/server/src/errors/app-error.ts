import { interpolate, type Labels, type Lang } from '@xiaowei/engine';
import { ERRORS, type ErrorCode } from './catalogue.ts';

/**
 * One problem of a request: where (`path` is a JSON pointer into the body, or `query.period`), the
 * record's position in a batch or the row of an uploaded file (`row`, from 1), the field, and a
 * message in every language (one is sent, in the user's language).
 */
export interface Problem {
  readonly path: string;
  readonly row?: number;
  readonly column?: string;
  readonly field: string;
  readonly message: Labels;
}

const isLabels = (v: unknown): v is Labels =>
  v !== null && typeof v === 'object' && typeof (v as Labels).en === 'string' && typeof (v as Labels)['zh-CN'] === 'string';

/** Parameters with those given in every language (Labels) taken in `lang`. */
function inLang(params: Readonly<Record<string, unknown>>, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = isLabels(v) ? v[lang] : v;
  return out;
}

/**
 * The service's one error type: a catalogue code (which fixes the HTTP status and the message
 * template), the template's parameters, and for validation the list of problems. The error handler
 * turns it into `{ code, status, message, problems? }` in the user's language.
 * @example throw new AppError('XW_ERR_NOT_FOUND', { what: 'gf2012-14/99' });
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Readonly<Record<string, unknown>> = {},
    readonly problems: readonly Problem[] = [],
    /** Extra response headers (Retry-After). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${code}: ${interpolate(ERRORS[code].message, inLang(params, 'en')).en}`);
    this.status = ERRORS[code].status;
  }

  /** The message in `lang` (a parameter given in every language is filled in `lang`). */
  text(lang: Lang): string {
    return interpolate(ERRORS[this.code].message, inLang(this.params, lang))[lang];
  }

  /** A validation error listing `problems`. */
  static validation(problems: readonly Problem[]): AppError {
    return new AppError('XW_ERR_VALIDATION', { count: problems.length }, problems);
  }
}

/** The JSON body of an error response (see the `Error` schema). */
export interface ErrorBody {
  readonly code: ErrorCode;
  readonly status: number;
  readonly message: string;
  readonly problems?: readonly { path: string; row?: number; column?: string; field: string; message: string }[];
  readonly request_id?: string;
}

/** The response body of `error` in `lang`. */
export function errorBody(error: AppError, lang: Lang, requestId?: string): ErrorBody {
  return {
    code: error.code,
    status: error.status,
    message: error.text(lang),
    ...(error.problems.length > 0
      ? {
          problems: error.problems.map((p) => ({
            path: p.path,
            ...(p.row !== undefined ? { row: p.row } : {}),
            ...(p.column !== undefined ? { column: p.column } : {}),
            field: p.field,
            message: p.message[lang],
          })),
        }
      : {}),
    ...(requestId !== undefined && error.status >= 500 ? { request_id: requestId } : {}),
  };
}
