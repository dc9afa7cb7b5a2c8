/**
 * Where formula helpers get their result columns. By default a new typed array each time; a compiled
 * plan installs an {@link Arena} that hands out the same buffers again for every chunk, so evaluating
 * one enterprise or a chunk of a population allocates nothing after the first call.
 */
export interface Allocator {
  f64(n: number): Float64Array;
  u8(n: number): Uint8Array;
  i32(n: number): Int32Array;
}

const heap: Allocator = {
  f64: (n) => new Float64Array(n),
  u8: (n) => new Uint8Array(n),
  i32: (n) => new Int32Array(n),
};

let current: Allocator = heap;

/** The allocator formula helpers use now. */
export function allocator(): Allocator {
  return current;
}

/** Runs `fn` with `a` as the allocator of formula helpers, restoring the previous one after. */
export function withAllocator<T>(a: Allocator, fn: () => T): T {
  const previous = current;
  current = a;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** Installs `a` as the allocator and returns the previous one (for hot paths that avoid a closure). */
export function swapAllocator(a: Allocator): Allocator {
  const previous = current;
  current = a;
  return previous;
}

/**
 * Reusable buffers of one length. `reset()` makes every buffer available again: columns handed out
 * before a reset must no longer be read (plans copy their outputs out first).
 */
export class Arena implements Allocator {
  private readonly f64s: Float64Array[] = [];
  private readonly u8s: Uint8Array[] = [];
  private readonly i32s: Int32Array[] = [];
  private nf = 0;
  private nu = 0;
  private ni = 0;

  constructor(readonly length: number) {}

  reset(): void {
    this.nf = 0;
    this.nu = 0;
    this.ni = 0;
  }

  f64(n: number): Float64Array {
    if (n !== this.length) return new Float64Array(n);
    if (this.nf === this.f64s.length) this.f64s.push(new Float64Array(n));
    return this.f64s[this.nf++];
  }

  u8(n: number): Uint8Array {
    if (n !== this.length) return new Uint8Array(n);
    if (this.nu === this.u8s.length) this.u8s.push(new Uint8Array(n));
    return this.u8s[this.nu++];
  }

  i32(n: number): Int32Array {
    if (n !== this.length) return new Int32Array(n);
    if (this.ni === this.i32s.length) this.i32s.push(new Int32Array(n));
    return this.i32s[this.ni++];
  }
}
