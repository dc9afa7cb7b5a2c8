/**
 * The hook through which a compiled plan follows formulas symbolically (see fusion.ts): while a tracer is
 * installed, the vector helpers hand their operation to it instead of computing, and it returns symbolic
 * columns. Outside plan compilation no tracer is installed and the helpers compute as usual.
 */
export interface VectorTracer {
  op(name: string, ...args: unknown[]): never;
}

export let tracer: VectorTracer | undefined;

/** Installs `t` (or none) and returns the previous tracer. */
export function swapTracer(t: VectorTracer | undefined): VectorTracer | undefined {
  const previous = tracer;
  tracer = t;
  return previous;
}
