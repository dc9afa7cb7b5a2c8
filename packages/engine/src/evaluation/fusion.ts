/**
 * Fusing a plan's formula steps into one loop. Formulas work on whole columns through the vector
 * helpers and have no per-member control flow, so a compiled plan can follow each formula once with
 * symbolic columns: every helper call becomes one expression over the member's values, and the steps
 * together become a single loop over the members that reads each input once, keeps every intermediate
 * value in a local, and writes only the outputs — the loop one would write by hand. A formula that does
 * something the fusion cannot follow (reading a column member by member, a parameter per member's own
 * date, a link) leaves the plan unfused: it then runs step by step, as before.
 *
 * The fused loop never decides an error: where a formula would stop the calculation (an absent input, a
 * code it cannot read, an exception), the loop gives up and the plan runs step by step over the same
 * input, which raises exactly the error it always raised.
 */
import { mulRational, toRational } from '../money/money.ts';
import { monthOfDay } from '../periods/instant.ts';
import type { Period } from '../periods/period.ts';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.ts';
import { Categorical } from '../variables/categorical.ts';
import { type Column, defaultCell } from '../variables/column.ts';
import type { Formula, ValueType, Variable } from '../variables/variable.ts';
import { BaseContext } from './base-context.ts';
import { encodingsOf } from './encodings.ts';
import type { LinkedValues, MemberAggregates } from './formula-context.ts';
import { swapTracer, type VectorTracer } from './trace-hook.ts';

/** Something a formula does that the fused loop cannot express; the plan stays unfused. */
class NotFusable extends Error {}

type SymType = 'f64' | 'u8' | 'i32' | 'text';

interface SymInfo {
  /** The local holding the member's value in the loop. */
  readonly name: string;
  readonly type: SymType;
  /** For a text input: its place among the kernel's inputs. */
  readonly input?: number;
}

const infos = new WeakMap<object, SymInfo>();

const refuse = (): never => {
  throw new NotFusable('a formula reads a symbolic column directly');
};

/**
 * A symbolic column: an object any direct use of which (an index, `length`, iteration, conversion)
 * throws, so a formula that reads a column member by member is refused rather than traced wrongly.
 */
function sym(info: SymInfo): object {
  const proxy = new Proxy(Object.freeze({}), {
    get: refuse,
    has: refuse,
    ownKeys: refuse,
    getOwnPropertyDescriptor: refuse,
    set: refuse,
    apply: refuse,
  });
  infos.set(proxy, info);
  return proxy;
}

const symTypeOf = (t: ValueType): SymType =>
  t === 'number' || t === 'money' ? 'f64' : t === 'boolean' || t === 'enum' ? 'u8' : t === 'date' ? 'i32' : 'text';

/** A number as a JavaScript literal that reads back exactly. */
function literal(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (Object.is(x, -0)) return '(-0)';
  if (x === Number.POSITIVE_INFINITY) return 'Infinity';
  if (x === Number.NEGATIVE_INFINITY) return '(-Infinity)';
  return x < 0 ? `(${x})` : String(x);
}

/** What the fused plan needs to know of an input. */
export interface FusedInput {
  readonly variable: Variable;
  /** Index among the plan's inputs. */
  readonly index: number;
}

/**
 * One statement of the loop body: an input read, a value (a pure expression over earlier names), or a
 * check that stops the loop at the member.
 */
interface LoopNode {
  readonly kind: 'read' | 'value' | 'check';
  /** The local it defines (none for a check). */
  readonly name: string;
  readonly expr: string;
  /** Locals the expression reads. */
  readonly deps: readonly string[];
  /** For a read: the kernel input, and whether it is a number column (which may hold NaN, the absent marker). */
  readonly input?: number;
  readonly numeric?: boolean;
}

const LOCAL = /\b[xv]\d+\b/g;

/** Records the loop body while formulas run over symbolic columns (the vector helpers call {@link op}). */
class KernelBuilder implements VectorTracer {
  readonly nodes: LoopNode[] = [];
  readonly constants: unknown[] = [];
  /** Inputs the loop reads, in order of first use. */
  readonly inputs: FusedInput[] = [];
  /** Per encode call: the text input coded and its lookup. */
  readonly encodings: { input: number; lookup: (text: string) => number }[] = [];
  /** Symbolic columns by plan slot. */
  readonly slots = new Map<number, object>();
  private count = 0;

  constructor(private readonly planInputs: ReadonlyMap<number, FusedInput>) {}

  /** The symbolic column of a slot: an input read on first use, or a step's result. */
  slot(slot: number): object {
    const known = this.slots.get(slot);
    if (known !== undefined) return known;
    const input = this.planInputs.get(slot);
    if (input === undefined) throw new NotFusable(`slot ${slot} is read before it is computed`);
    const k = this.inputs.length;
    this.inputs.push(input);
    const type = symTypeOf(input.variable.valueType);
    const name = `x${k}`;
    this.nodes.push({ kind: 'read', name, expr: '', deps: [], input: k, numeric: type === 'f64' });
    const s = sym(type === 'text' ? { name, type, input: k } : { name, type });
    this.slots.set(slot, s);
    return s;
  }

  private fresh(expr: string, type: SymType): never {
    const name = `v${this.count++}`;
    this.nodes.push({ kind: 'value', name, expr, deps: expr.match(LOCAL) ?? [] });
    return sym({ name, type }) as never;
  }

  /** Stops the loop at the member where `cond` holds (the step-by-step run then raises the error). */
  check(cond: string): void {
    this.nodes.push({ kind: 'check', name: '', expr: cond, deps: cond.match(LOCAL) ?? [] });
  }

  info(x: unknown): SymInfo | undefined {
    return typeof x === 'object' && x !== null ? infos.get(x) : undefined;
  }

  /** A number or numeric column operand. */
  num(x: unknown): string {
    if (typeof x === 'number') return literal(x);
    const i = this.info(x);
    if (i === undefined || i.type === 'text') throw new NotFusable('an operand is not a column of this plan');
    return i.name;
  }

  /** An operand as a typed array of bytes would hold it (ToUint8: `x & 255` for any number). */
  u8(x: unknown): string {
    if (typeof x === 'number') return literal(x & 255);
    const i = this.info(x);
    if (i === undefined || i.type === 'text') throw new NotFusable('an operand is not a column of this plan');
    return i.type === 'u8' ? i.name : `(${i.name} & 255)`;
  }

  /** A constant (a table) read once before the loop. */
  constant(value: unknown): string {
    this.constants.push(value);
    return `k${this.constants.length - 1}`;
  }

  table(x: unknown): string {
    if (!(x instanceof Float64Array) && !Array.isArray(x)) throw new NotFusable('a table is not an array');
    return this.constant(x);
  }

  op(name: string, ...args: unknown[]): never {
    const [a, b, c] = args;
    const cmp = (o: string) => this.fresh(`(${this.num(a)} ${o} ${this.num(b)} ? 1 : 0)`, 'u8');
    const arith = (o: string) => this.fresh(`(${this.num(a)} ${o} ${this.num(b)})`, 'f64');
    switch (name) {
      case 'fill':
        return this.fresh(this.num(b), 'f64');
      case 'fillBool':
        return this.fresh(b ? '1' : '0', 'u8');
      case 'gte':
        return cmp('>=');
      case 'gt':
        return cmp('>');
      case 'lte':
        return cmp('<=');
      case 'lt':
        return cmp('<');
      case 'eq':
        return cmp('===');
      case 'and':
        return this.fresh(`(${args.map((x) => this.u8(x)).join(' & ')})`, 'u8');
      case 'or':
        return this.fresh(`(${args.map((x) => this.u8(x)).join(' | ')})`, 'u8');
      case 'not':
        return this.fresh(`(${this.u8(a)} ^ 1)`, 'u8');
      case 'where':
        return this.fresh(`(${this.num(a)} ? ${this.num(b)} : ${this.num(c)})`, 'f64');
      case 'whereU8':
        return this.fresh(`(${this.num(a)} ? ${this.u8(b)} : ${this.u8(c)})`, 'u8');
      case 'selectU8': {
        const conditions = a as readonly unknown[];
        const values = b as readonly number[];
        let expr = this.u8(c);
        for (let k = conditions.length - 1; k >= 0; k--) expr = `(${this.num(conditions[k])} ? ${this.u8(values[k])} : ${expr})`;
        return this.fresh(expr, 'u8');
      }
      case 'add':
        return arith('+');
      case 'sub':
        return arith('-');
      case 'mul':
        return arith('*');
      case 'max':
        return this.fresh(`Math.max(${this.num(a)}, ${this.num(b)})`, 'f64');
      case 'min':
        return this.fresh(`Math.min(${this.num(a)}, ${this.num(b)})`, 'f64');
      case 'mulRate': {
        const [rn, rd] = toRational(b as number);
        return this.fresh(`mulRational(${this.num(a)}, ${literal(rn)}, ${literal(rd)})`, 'f64');
      }
      case 'mulRatio':
        return this.fresh(`mulRational(${this.num(a)}, ${this.num(b)}, ${this.num(c)})`, 'f64');
      case 'gather': {
        const t = this.table(a);
        const read = `${t}[${this.u8(b)}]`;
        return this.fresh(a instanceof Float64Array ? read : `(+${read})`, 'f64');
      }
      case 'isIn': {
        const set = new Uint8Array(256);
        for (const v of b as readonly number[]) set[v] = 1;
        return this.fresh(`${this.constant(set)}[${this.u8(a)}]`, 'u8');
      }
      case 'enumIs':
        return this.fresh(`(${this.u8(a)} === ${this.num(b)} ? 1 : 0)`, 'u8');
      case 'toNum':
        return this.fresh(this.u8(a), 'f64');
      case 'isGiven': {
        const v = this.num(a);
        return this.fresh(`(${v} !== ${v} ? 0 : 1)`, 'u8');
      }
      case 'monthNumber':
        return this.fresh(`monthOfDay(${this.num(a)})`, 'f64');
      case 'encode': {
        const i = this.info(a);
        if (i === undefined || i.type !== 'text' || i.input === undefined) throw new NotFusable('encode of a text that is not an input');
        this.encodings.push({ input: i.input, lookup: b as (text: string) => number });
        const code = this.fresh(`e${this.encodings.length - 1}[${i.name}]`, 'u8');
        const name = (infos.get(code) as SymInfo).name;
        // A text the lookup cannot code: the step-by-step run reports it through the formula's onError.
        this.check(`${name} < 0`);
        return code;
      }
      case 'meetsAll':
      case 'meetsAllGiven': {
        const values = a as readonly unknown[];
        const tables = (b as readonly unknown[]).map((t) => this.table(t));
        const key = this.u8(c);
        const below: string[] = [];
        const open: string[] = [];
        values.forEach((v, k) => {
          const x = this.num(v);
          const bound = this.fresh(`${tables[k]}[${key}]`, 'f64');
          const bn = (infos.get(bound) as SymInfo).name;
          below.push(`${x} < ${bn}`);
          open.push(`(${x} !== ${x} && ${bn} > 0)`);
        });
        const failed = this.fresh(`(${below.join(' || ') || 'false'} ? 1 : 0)`, 'u8');
        if (name === 'meetsAll') return this.fresh(`(${this.u8(failed)} ^ 1)`, 'u8');
        const met = this.fresh(`(${[...below, ...open].join(' || ') || 'false'} ? 0 : 1)`, 'u8');
        return { met, failed } as never;
      }
      default:
        // sum and anything new: not followed; the plan runs step by step.
        throw new NotFusable(`vector.${name} is not fused`);
    }
  }
}

/** The context formulas see while traced: columns are symbolic; parameters are read as usual. */
class SymbolicContext extends BaseContext {
  /** One member: a formula that loops over the members touches a symbolic column and is refused. */
  readonly n = 1;

  constructor(
    system: TaxBenefitSystem,
    variable: Variable,
    period: Period,
    instant: string,
    private readonly slotOf: (id: string, period: Period | undefined) => number,
    private readonly builder: KernelBuilder,
  ) {
    super(system, variable.id, period, undefined, instant);
  }

  get(id: string, period?: Period): Column {
    return this.builder.slot(this.slotOf(id, period)) as unknown as Column;
  }

  override number(id: string, period?: Period): Float64Array {
    const column = this.optional(id, period);
    if (this.system.variable(id).absentable) {
      const v = this.builder.num(column);
      this.builder.check(`${v} !== ${v}`);
    }
    return column;
  }

  override require(id: string, where: Uint8Array, period?: Period): void {
    const v = this.builder.num(this.optional(id, period));
    this.builder.check(`${this.builder.u8(where)} === 1 && ${v} !== ${v}`);
  }

  override paramByEnum(
    node: string,
    suffix: string,
    keys: Uint8Array,
    names: readonly string[],
    missing?: number,
    instant?: string,
  ): Float64Array {
    const table = this.paramTable(node, suffix, keys, names, missing, instant);
    return this.builder.op('gather', table, keys);
  }

  override paramByString(): Float64Array {
    throw new NotFusable('paramByString');
  }
  override paramAtDates(): Float64Array {
    throw new NotFusable('paramAtDates');
  }
  override paramNameAtDates(): Uint8Array {
    throw new NotFusable('paramNameAtDates');
  }
  link(): LinkedValues {
    throw new NotFusable('link');
  }
  members(): MemberAggregates {
    throw new NotFusable('members');
  }
  override fail(): never {
    throw new NotFusable('fail');
  }
  override failWhere(bad: Uint8Array): void {
    // As `fail`: a symbolic column refuses `indexOf`; a constant one stops the fusion only where a member fails.
    if (bad.indexOf(1) >= 0) throw new NotFusable('fail');
  }
}

/** A step of the plan as the fusion sees it. */
export interface FusionStep {
  readonly variable: Variable;
  readonly period: Period;
  readonly instant: string;
  readonly formula: Formula;
  readonly slot: number;
}

type KernelFn = (start: number, n: number, I: ArrayLike<number>[], E: Int32Array[], O: Column[]) => number;

/**
 * The loop's statements, and its code generated per pattern of inputs given as one value for every
 * member (a default): what depends only on those is computed once before the loop. A value used once is
 * written into its user, so each branch of a `where` is computed only for the members that take it.
 */
class Loop {
  /** By pattern of scalar inputs (a bit per input). */
  private readonly kernels = new Map<number, KernelFn>();

  constructor(
    private readonly nodes: readonly LoopNode[],
    private readonly outputs: readonly string[],
    private readonly nInputs: number,
    private readonly nEncodings: number,
    private readonly constants: readonly unknown[],
  ) {}

  /** The loop for inputs of which those marked in `scalar` hold one value for all members. */
  kernel(scalar: readonly boolean[]): KernelFn {
    let key = 0;
    for (let k = 0; k < scalar.length; k++) if (scalar[k]) key += 2 ** k;
    let fn = this.kernels.get(key);
    if (fn === undefined) {
      const source = this.source(scalar);
      fn = new Function('K', 'mulRational', 'monthOfDay', source)(this.constants, mulRational, monthOfDay) as KernelFn;
      this.kernels.set(key, fn);
    }
    return fn;
  }

  /** The generated code (for a pattern of scalar inputs). */
  source(scalar: readonly boolean[]): string {
    const byName = new Map<string, LoopNode>();
    const varies = new Map<string, boolean>();
    const uses = new Map<string, number>();
    const use = (d: string) => uses.set(d, (uses.get(d) ?? 0) + 1);
    for (const node of this.nodes) {
      byName.set(node.name, node);
      const v = node.kind === 'read' ? !scalar[node.input as number] : node.deps.some((d) => varies.get(d));
      if (node.kind !== 'check') varies.set(node.name, v);
      for (const d of node.deps) use(d);
    }
    for (const o of this.outputs) use(o);
    // A number column read member by member is assumed given: a member with an absent value (NaN) leaves
    // the loop for the step-by-step run, so the loop's own tests for absent values of it fold away.
    const given = new Set(this.nodes.filter((x) => x.kind === 'read' && x.numeric && !scalar[x.input as number]).map((x) => x.name));
    const fold = (expr: string) => expr.replace(/\b(x\d+) !== \1\b/g, (m, x: string) => (given.has(x) ? 'false' : m));
    const inline = (name: string) => {
      const node = byName.get(name);
      return node?.kind === 'value' && varies.get(name) === true && uses.get(name) === 1;
    };
    const text = (node: LoopNode): string =>
      fold(node.expr).replace(LOCAL, (d) => (inline(d) ? `(${text(byName.get(d) as LoopNode)})` : d));
    const before: string[] = [];
    const body: string[] = [];
    for (const node of this.nodes) {
      if (node.kind === 'value' && inline(node.name)) continue;
      if (node.kind === 'read') {
        const k = node.input as number;
        if (scalar[k]) before.push(`const ${node.name} = in${k}[0];`);
        else {
          body.push(`const ${node.name} = in${k}[i];`);
          if (given.has(node.name)) body.push(`if (${node.name} !== ${node.name}) return i;`);
        }
      } else if (node.kind === 'check') {
        const cond = text(node);
        // A test for an absent value folded away: the check can never stop the loop.
        if (cond === 'false' || cond.endsWith('&& false')) continue;
        const v = node.deps.some((d) => varies.get(d));
        (v ? body : before).push(`if (${cond}) return ${v ? 'i' : 'start'};`);
      } else (varies.get(node.name) ? body : before).push(`const ${node.name} = ${text(node)};`);
    }
    this.outputs.forEach((name, k) => {
      body.push(`o${k}[i] = ${inline(name) ? text(byName.get(name) as LoopNode) : name};`);
    });
    const head = [
      ...Array.from({ length: this.nInputs }, (_, k) => `const in${k} = I[${k}];`),
      ...Array.from({ length: this.nEncodings }, (_, k) => `const e${k} = E[${k}];`),
      ...this.outputs.map((_, k) => `const o${k} = O[${k}];`),
      ...this.constants.map((_, k) => `const k${k} = K[${k}];`),
    ];
    return `"use strict";\nreturn function fusedPlan(start, n, I, E, O) {\n${[...head, ...before].join('\n')}\nfor (let i = start; i < n; i++) {\n${body.join('\n')}\n}\nreturn -1;\n};`;
  }
}

/**
 * The fused loop of a plan, or undefined when a formula cannot be followed. `slotOf` resolves a
 * variable read by the formula of `step` to its slot, as the step-by-step run does.
 */
export function fuse(
  system: TaxBenefitSystem,
  steps: readonly FusionStep[],
  inputs: ReadonlyMap<number, FusedInput>,
  outputSlots: readonly { slot: number; variable: Variable }[],
  slotOf: (step: FusionStep, id: string, period: Period | undefined) => number,
): FusedPlan | undefined {
  const builder = new KernelBuilder(inputs);
  const previous = swapTracer(builder);
  try {
    for (const step of steps) {
      const ctx = new SymbolicContext(system, step.variable, step.period, step.instant, (id, p) => slotOf(step, id, p), builder);
      const result = step.formula(ctx);
      const info = builder.info(result);
      if (info === undefined || info.type !== symTypeOf(step.variable.valueType) || info.type === 'text') return undefined;
      builder.slots.set(step.slot, result as object);
    }
    const outs = outputSlots.map(({ slot, variable }) => {
      const s = builder.slot(slot);
      const info = builder.info(s) as SymInfo;
      if (info.type === 'text' || info.type !== symTypeOf(variable.valueType)) throw new NotFusable('a text output');
      return info.name;
    });
    const loop = new Loop(builder.nodes, outs, builder.inputs.length, builder.encodings.length, builder.constants);
    // Where code generation is forbidden (a strict content security policy) the plan stays unfused.
    loop.kernel(builder.inputs.map(() => false));
    return new FusedPlan(loop, builder.inputs, builder.encodings);
  } catch {
    // NotFusable, or a formula that fails even before seeing a member: the step-by-step run handles both.
    return undefined;
  } finally {
    swapTracer(previous);
  }
}

const EMPTY_OUTPUTS: Column[] = [];

/** A plan's steps as one loop (see the module documentation). */
export class FusedPlan {
  /** One-member columns of defaults, by kernel input. */
  private readonly defaults: (ArrayLike<number> | undefined)[] = [];
  private readonly defaultDictionaries: (readonly string[] | undefined)[] = [];

  constructor(
    private readonly loop: Loop,
    private readonly inputs: readonly FusedInput[],
    private readonly encodings: readonly { input: number; lookup: (text: string) => number }[],
  ) {
    this.single = encodings.map(() => new Map());
  }

  /** The generated loop for inputs all given (`scalar`: those given as one default value), for tests and curious readers. */
  source(scalar: readonly boolean[] = this.inputs.map(() => false)): string {
    return this.loop.source(scalar);
  }

  // Scratch arrays reused from run to run (a plan runs one call at a time): one enterprise at a time allocates little.
  private readonly I: ArrayLike<number>[] = [];
  private readonly scalar: boolean[] = [];
  private readonly dictionaries: (readonly string[] | undefined)[] = [];
  private readonly E: Int32Array[] = [];
  /** Per encoding, the code table of a one-text dictionary, by text (one enterprise at a time). */
  private readonly single: Map<string, Int32Array>[];

  /**
   * Readies the loop over `n` members of `sources` into `outputs` (one column per plan output, allocated by
   * the caller); then {@link resume} runs it.
   */
  prepare(sources: ReadonlyArray<Column | Categorical | undefined>, n: number, outputs: Column[]): void {
    const { I, scalar, dictionaries, E } = this;
    for (let k = 0; k < this.inputs.length; k++) {
      const input = this.inputs[k];
      const src = sources[input.index];
      if (src === undefined) {
        I[k] = this.defaultOf(k);
        scalar[k] = true;
        dictionaries[k] = this.defaultDictionaries[k];
      } else if (input.variable.valueType === 'string') {
        const cat = src instanceof Categorical ? src : Categorical.encode(src as string[]);
        I[k] = cat.codes;
        scalar[k] = false;
        dictionaries[k] = cat.dictionary;
      } else {
        I[k] = src as ArrayLike<number>;
        scalar[k] = false;
        dictionaries[k] = undefined;
      }
    }
    for (let j = 0; j < this.encodings.length; j++) {
      const { input, lookup } = this.encodings[j];
      const dictionary = dictionaries[input] as readonly string[];
      if (dictionary.length === 1) {
        const single = this.single[j];
        let table = single.get(dictionary[0]);
        if (table === undefined) {
          if (single.size > 10_000) single.clear();
          table = codeTable(dictionary, lookup);
          single.set(dictionary[0], table);
        }
        E[j] = table;
      } else E[j] = codeTable(dictionary, lookup);
    }
    this.n = n;
    this.outputs = outputs;
    this.kernel = this.loop.kernel(scalar);
  }

  private n = 0;
  private outputs: Column[] = [];
  private kernel: KernelFn | undefined;

  /**
   * Runs the prepared loop from member `start`: −1 when done, the member where the step-by-step run must
   * take over (an error to raise, an absent value), or −2 after an exception.
   */
  resume(start: number): number {
    try {
      return (this.kernel as KernelFn)(start, this.n, this.I, this.E, this.outputs);
    } catch {
      return -2;
    }
  }

  /** Lets the columns of the last run go. */
  release(): void {
    // By hand: the builtin fill costs more than the few entries it clears, once per call one enterprise at a time.
    const { I, dictionaries } = this;
    for (let k = 0; k < I.length; k++) I[k] = undefined as never;
    for (let k = 0; k < dictionaries.length; k++) dictionaries[k] = undefined;
    this.outputs = EMPTY_OUTPUTS;
  }

  private defaultOf(k: number): ArrayLike<number> {
    let col = this.defaults[k];
    if (col === undefined) {
      const v = this.inputs[k].variable;
      const cell = defaultCell(v);
      if (v.valueType === 'string') {
        this.defaultDictionaries[k] = [cell as string];
        col = Uint8Array.of(0);
      } else
        col =
          v.valueType === 'date'
            ? Int32Array.of(cell as number)
            : v.valueType === 'boolean' || v.valueType === 'enum'
              ? Uint8Array.of(cell as number)
              : Float64Array.of(cell as number);
      this.defaults[k] = col;
    }
    return col;
  }
}

/** The code of each dictionary entry (−1 where `lookup` cannot code it; a code as a byte column holds it otherwise). */
function codeTable(dictionary: readonly string[], lookup: (text: string) => number): Int32Array {
  const memo = encodingsOf(lookup);
  const table = new Int32Array(dictionary.length);
  for (let j = 0; j < dictionary.length; j++) {
    const t = dictionary[j];
    let code = memo.get(t);
    if (code === undefined) {
      code = lookup(t);
      memo.set(t, code);
    }
    table[j] = code < 0 ? -1 : code & 255;
  }
  return table;
}
