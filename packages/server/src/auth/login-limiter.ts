/** How many failed sign-ins are allowed within the window, per counter. */
export interface LoginLimits {
  /** Per (user name, client address): one person mistyping. */
  readonly perPair: number;
  /** Per user name, from any address: guessing one account's password from rotating addresses (`X-Forwarded-For`). */
  readonly perAccount: number;
  /** Per client address, for any user names: trying one password on many accounts from one place. */
  readonly perAddress: number;
  /** Over all sign-ins: a spray from rotating addresses over many accounts. */
  readonly overall: number;
  readonly windowMs: number;
}

/** Which limit refused a sign-in, and for how many seconds. */
export interface LoginBlock {
  readonly limit: 'pair' | 'account' | 'address' | 'overall';
  readonly seconds: number;
}

/** The entries a counter keeps before it sweeps the expired ones (and, if still full, forgets them all). */
const MAX_ENTRIES = 100_000;

/** Failures per key within a window that starts with the key's first failure. */
class FailureCounter {
  private readonly failures = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until `key` may try again, or 0. */
  blockedFor(key: string, t: number): number {
    const entry = this.failures.get(key);
    if (entry === undefined || entry.until <= t) return 0;
    return entry.count >= this.max ? entry.until - t : 0;
  }

  fail(key: string, t: number): void {
    const entry = this.failures.get(key);
    if (entry === undefined || entry.until <= t) {
      if (this.failures.size >= MAX_ENTRIES) this.sweep(t);
      this.failures.set(key, { count: 1, until: t + this.windowMs });
    } else entry.count += 1;
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private sweep(t: number): void {
    for (const [k, v] of this.failures) if (v.until <= t) this.failures.delete(k);
    if (this.failures.size >= MAX_ENTRIES) this.failures.clear();
  }
}

/**
 * Failed sign-ins counted four ways, each in a window that begins with its first failure: per (user
 * name, client address), per user name, per client address, and overall. When any count reaches its
 * limit, sign-ins it covers are refused (XW_ERR_LOGIN_LIMITED with Retry-After) until its window ends —
 * before the password is checked, so a right password does not get through either. The per-account
 * and overall counts do not depend on the address, so rotating `X-Forwarded-For` behind a trusted proxy
 * (`XW_TRUST_PROXY=1`) gains nothing. A success clears the pair's and the account's counts (whoever
 * knows the password may sign in); the address's and the overall counts run out with their window. In
 * memory, per process (behind a load balancer with several instances the limits are per instance).
 */
export class LoginLimiter {
  private readonly pair: FailureCounter;
  private readonly account: FailureCounter;
  private readonly address: FailureCounter;
  private readonly overall: FailureCounter;

  constructor(
    limits: LoginLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.pair = new FailureCounter(limits.perPair, limits.windowMs);
    this.account = new FailureCounter(limits.perAccount, limits.windowMs);
    this.address = new FailureCounter(limits.perAddress, limits.windowMs);
    this.overall = new FailureCounter(limits.overall, limits.windowMs);
  }

  private static user(username: string): string {
    return username.trim().normalize('NFC').toLowerCase();
  }

  /** The limit that refuses a sign-in of `username` from `ip` now (the longest wait of those reached), or undefined. */
  blocked(username: string, ip: string): LoginBlock | undefined {
    const t = this.now();
    const user = LoginLimiter.user(username);
    const waits: [LoginBlock['limit'], number][] = [
      ['pair', this.pair.blockedFor(`${user}\u0000${ip}`, t)],
      ['account', this.account.blockedFor(user, t)],
      ['address', this.address.blockedFor(ip, t)],
      ['overall', this.overall.blockedFor('', t)],
    ];
    const [limit, ms] = waits.reduce((a, b) => (b[1] > a[1] ? b : a));
    return ms > 0 ? { limit, seconds: Math.max(1, Math.ceil(ms / 1000)) } : undefined;
  }

  fail(username: string, ip: string): void {
    const t = this.now();
    const user = LoginLimiter.user(username);
    this.pair.fail(`${user}\u0000${ip}`, t);
    this.account.fail(user, t);
    this.address.fail(ip, t);
    this.overall.fail('', t);
  }

  succeed(username: string, ip: string): void {
    const user = LoginLimiter.user(username);
    this.pair.clear(`${user}\u0000${ip}`);
    this.account.clear(user);
  }
}
