/**
 * Failed sign-ins counted per (user name, client IP): after `max` failures within `windowMs` the pair
 * is refused (XW_ERR_RATE_LIMITED with Retry-After) until the window that began with the first
 * failure ends; a success clears the count. In memory, per process (behind a load balancer with
 * several instances the limit is per instance — a shared store would be the next step).
 */
export class LoginLimiter {
  private readonly failures = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private static key(username: string, ip: string): string {
    return `${username.trim().toLowerCase()}\u0000${ip}`;
  }

  /** Seconds to wait when the pair is blocked, else 0. */
  blockedFor(username: string, ip: string): number {
    const entry = this.failures.get(LoginLimiter.key(username, ip));
    const t = this.now();
    if (entry === undefined || entry.until <= t) return 0;
    return entry.count >= this.max ? Math.max(1, Math.ceil((entry.until - t) / 1000)) : 0;
  }

  fail(username: string, ip: string): void {
    const key = LoginLimiter.key(username, ip);
    const t = this.now();
    const entry = this.failures.get(key);
    if (entry === undefined || entry.until <= t) {
      if (this.failures.size >= 100_000) this.sweep(t);
      this.failures.set(key, { count: 1, until: t + this.windowMs });
    } else entry.count += 1;
  }

  succeed(username: string, ip: string): void {
    this.failures.delete(LoginLimiter.key(username, ip));
  }

  private sweep(t: number): void {
    for (const [k, v] of this.failures) if (v.until <= t) this.failures.delete(k);
    if (this.failures.size >= 100_000) this.failures.clear();
  }
}
