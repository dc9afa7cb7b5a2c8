/**
 * Stopping the service on SIGTERM (process managers, containers, `kill`) and SIGINT (Ctrl-C): stop
 * accepting connections, let the requests in flight finish, close the database, exit 0. A second signal,
 * or shutdown taking longer than `graceMs`, exits at once with status 1 — a stuck request never keeps a
 * stopped service alive.
 */
export interface Closable {
  close(): Promise<unknown>;
}

export interface ShutdownParts {
  /** The HTTP service (Fastify's close stops the listener, closes idle keep-alive connections, waits for the rest). */
  app?: Closable;
  /** The database, closed after the last request. */
  store?: Closable | null;
  /** Timers to stop (the session sweep). */
  timers?: readonly (ReturnType<typeof setInterval> | undefined)[];
  /** Writes what the log holds (an asynchronous destination): first, so the lines up to the signal survive however the shutdown goes, and last. */
  flush?: () => void;
}

export interface ShutdownOptions {
  readonly graceMs?: number;
  readonly say?: (line: string) => void;
  readonly exit?: (code: number) => void;
}

/**
 * Installs the handlers at once (also during start-up, before anything listens) and returns the parts
 * to fill in as they come into being.
 */
export function installGracefulShutdown(opts: ShutdownOptions = {}): ShutdownParts {
  const parts: ShutdownParts = {};
  const say = opts.say ?? ((line: string) => process.stdout.write(`${line}\n`));
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const graceMs = opts.graceMs ?? 10_000;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      say(`${signal} again: exiting now`);
      exit(1);
      return;
    }
    stopping = true;
    say(`${signal}: shutting down (finishing requests in flight) …`);
    const force = setTimeout(() => {
      say(`shutdown took more than ${graceMs} ms: exiting now`);
      exit(1);
    }, graceMs);
    force.unref();
    try {
      parts.flush?.();
      for (const t of parts.timers ?? []) if (t !== undefined) clearInterval(t);
      await parts.app?.close();
      await parts.store?.close();
      clearTimeout(force);
      parts.flush?.();
      say('stopped');
      exit(0);
    } catch (e) {
      say(`shutdown failed: ${e instanceof Error ? e.message : String(e)}`);
      exit(1);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return parts;
}
