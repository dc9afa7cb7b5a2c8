/** Settings of the service; `buildApp` fills what is not given from {@link DEFAULT_CONFIG}. */
export interface ServerConfig {
  /** Largest JSON body in bytes. */
  readonly bodyLimit: number;
  /** Largest uploaded file (imports) in bytes. */
  readonly uploadLimit: number;
  /** Largest attachment of an application or complaint in bytes (kept in the database). */
  readonly attachmentLimit: number;
  /**
   * A limit on requests per client (IP) over every route, or false for none (the default: engine
   * routes are cheap and the service usually sits behind a gateway). Routes can set their own
   * (`config.rateLimit`), which login will use.
   */
  readonly rateLimit: { readonly max: number; readonly timeWindowMs: number } | false;
  /** Serve the browsable API documentation at /api/docs. */
  readonly docs: boolean;
  /** Trust X-Forwarded-* from a proxy in front (for client IPs in rate limits and logs). */
  readonly trustProxy: boolean;
  /** Compiled plans kept (per entity, period and outputs). */
  readonly planCacheSize: number;
  /** How long a sign-in session lasts (ms; the cookie and the stored session expire together). */
  readonly sessionTtlMs: number;
  /** Failed sign-ins per (user name, client IP) within `loginWindowMs` before XW_ERR_LOGIN_LIMITED. */
  readonly loginMaxFailures: number;
  /** Failed sign-ins per user name from any address within the window (rotating X-Forwarded-For gains nothing). */
  readonly loginMaxFailuresPerAccount: number;
  /** Failed sign-ins per client address for any user names within the window. */
  readonly loginMaxFailuresPerAddress: number;
  /** Failed sign-ins over all accounts and addresses within the window. */
  readonly loginMaxFailuresOverall: number;
  readonly loginWindowMs: number;
  /** Whether e-mail of notifications is configured (XW_SMTP_URL / XW_SMTP_HOST; see notifications/mail-config.ts). */
  readonly emailEnabled: boolean;
}

export const DEFAULT_CONFIG: ServerConfig = {
  bodyLimit: 4 * 1024 * 1024,
  uploadLimit: 32 * 1024 * 1024,
  attachmentLimit: 5 * 1024 * 1024,
  rateLimit: false,
  docs: true,
  trustProxy: false,
  planCacheSize: 512,
  sessionTtlMs: 8 * 60 * 60 * 1000,
  loginMaxFailures: 5,
  loginMaxFailuresPerAccount: 20,
  loginMaxFailuresPerAddress: 50,
  loginMaxFailuresOverall: 1000,
  loginWindowMs: 15 * 60 * 1000,
  emailEnabled: false,
};

const num = (v: string | undefined): number | undefined => (v === undefined || v.trim() === '' ? undefined : Number(v));

/**
 * Settings from the environment: XW_BODY_LIMIT, XW_UPLOAD_LIMIT, XW_ATTACHMENT_MAX_BYTES (bytes), XW_RATE_LIMIT (requests per
 * minute per client; unset or 0: none), XW_DOCS=0 (no /api/docs), XW_TRUST_PROXY=1, XW_SESSION_HOURS
 * (sign-in session length, default 8).
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const rate = num(env.XW_RATE_LIMIT);
  return {
    ...DEFAULT_CONFIG,
    bodyLimit: num(env.XW_BODY_LIMIT) ?? DEFAULT_CONFIG.bodyLimit,
    uploadLimit: num(env.XW_UPLOAD_LIMIT) ?? DEFAULT_CONFIG.uploadLimit,
    attachmentLimit: num(env.XW_ATTACHMENT_MAX_BYTES) ?? DEFAULT_CONFIG.attachmentLimit,
    rateLimit: rate && rate > 0 ? { max: rate, timeWindowMs: 60_000 } : false,
    docs: env.XW_DOCS !== '0',
    trustProxy: env.XW_TRUST_PROXY === '1',
    sessionTtlMs: (num(env.XW_SESSION_HOURS) ?? 8) * 60 * 60 * 1000,
    emailEnabled: Boolean(env.XW_SMTP_URL?.trim() || env.XW_SMTP_HOST?.trim()),
  };
}
