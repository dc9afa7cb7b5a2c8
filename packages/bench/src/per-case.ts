/**
 * The per-case path: one enterprise at a time through the public API, as a server answering one
 * request would call it — decode the record, run the plan for one member, read the outputs into a
 * plain object.
 */
import { cellValue, decodeRecords, type Plan, RecordDecoder, type ScalarValue, type Variable } from '@xiaowei/engine';
import { SIZE_CLASSES } from '@xiaowei/policy';
import type { Outputs } from './hand.ts';
import { INDUSTRY_CODES, type PopulationColumns } from './population.ts';

/** A request body as JSON would give it: numbers for counts and yuan amounts. */
export type CaseRecord = Record<string, string | number>;

/** Records for the first `count` members of a population (money as yuan numbers, as JSON carries them). */
export function caseRecords(pop: PopulationColumns, count: number): CaseRecord[] {
  const records: CaseRecord[] = [];
  for (let i = 0; i < Math.min(count, pop.n); i++) {
    records.push({
      id: `E${i}`,
      industry: INDUSTRY_CODES[pop.industryIndex[i]][0],
      employees: pop.employees[i],
      revenue: pop.revenue[i] / 100,
      total_assets: pop.total_assets[i] / 100,
      taxable_income: pop.taxable_income[i] / 100,
    });
  }
  return records;
}

/**
 * Evaluates one record the way a server would; throws on invalid input. With a `decoder` (a RecordDecoder
 * built once, as a long-running server would hold it) instead of a decodeRecords call per request.
 */
export function evaluateCase(
  plan: Plan,
  variables: readonly Variable[],
  record: CaseRecord,
  decoder?: RecordDecoder,
): Record<string, ScalarValue> {
  const decoded = decoder ? decoder.decode([record]) : decodeRecords(variables, [record], { passThrough: ['id'] });
  if (decoded.problems.length > 0) throw new Error(`record ${record.id}: ${decoded.problems.map((p) => p.message.en).join('; ')}`);
  const columns = plan.run(decoded.columns, 1);
  const result: Record<string, ScalarValue> = {};
  for (const v of plan.outputs) result[v.id] = cellValue(v, columns[v.id], 0);
  return result;
}

/** Checks every record's per-case result against the hand loop's outputs for the same members. */
export function checkCases(plan: Plan, records: readonly CaseRecord[], expected: Outputs): void {
  const variables = plan.inputs.map((i) => i.variable);
  records.forEach((record, i) => {
    const got = evaluateCase(plan, variables, record);
    const want = {
      size_class: SIZE_CLASSES[expected.size_class[i]],
      is_small_low_profit: expected.is_small_low_profit[i] === 1,
      corporate_income_tax: expected.corporate_income_tax[i] / 100,
    };
    if (
      got.size_class !== want.size_class ||
      got.is_small_low_profit !== want.is_small_low_profit ||
      got.corporate_income_tax !== want.corporate_income_tax
    ) {
      throw new Error(`per-case ${JSON.stringify(record)} gave ${JSON.stringify(got)}, the hand loop ${JSON.stringify(want)}`);
    }
  });
}

export interface PerCaseTiming {
  readonly cases: number;
  readonly seconds: number;
  readonly perSecond: number;
  /** The same path with one RecordDecoder reused instead of decodeRecords per case (seconds). */
  readonly reusedDecoderSeconds: number;
  /**
   * The CPU time of that loop (seconds, user + system of this process): on a machine shared with other work
   * the wall time also counts the waits for a core, the CPU time does not.
   */
  readonly reusedDecoderCpuSeconds: number;
  /**
   * Same cases, one stage at a time (seconds): decode only (decodeRecords, and the reused decoder), run only
   * (decoded beforehand), outputs to an object only.
   */
  readonly stages: { readonly decode: number; readonly decodeReused: number; readonly run: number; readonly read: number };
}

/** Times `cases` evaluations cycling through `records`, after `warmup` untimed ones. */
export function timePerCase(plan: Plan, records: readonly CaseRecord[], cases: number, warmup = 20000): PerCaseTiming {
  const variables = plan.inputs.map((i) => i.variable);
  let sink = 0;
  const loop = (count: number, decoder?: RecordDecoder) => {
    for (let k = 0; k < count; k++) {
      const r = evaluateCase(plan, variables, records[k % records.length], decoder);
      sink += r.corporate_income_tax as number;
    }
  };
  loop(warmup);
  let t0 = performance.now();
  loop(cases);
  const seconds = (performance.now() - t0) / 1000;
  const decoder = new RecordDecoder(variables, { passThrough: ['id'] });
  loop(warmup, decoder);
  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  loop(cases, decoder);
  const cpu = process.cpuUsage(cpu0);
  const reusedDecoderSeconds = (performance.now() - t0) / 1000;
  const reusedDecoderCpuSeconds = (cpu.user + cpu.system) / 1e6;

  // Stage by stage, to say where the time goes.
  const decoded = records.map((r) => decodeRecords(variables, [r], { passThrough: ['id'] }).columns);
  const results = decoded.map((c) => plan.run(c, 1));
  const time = (fn: (k: number) => void) => {
    for (let k = 0; k < Math.min(warmup, cases); k++) fn(k);
    const t = performance.now();
    for (let k = 0; k < cases; k++) fn(k);
    return (performance.now() - t) / 1000;
  };
  const decode = time((k) => {
    sink += decodeRecords(variables, [records[k % records.length]], { passThrough: ['id'] }).n;
  });
  const decodeReused = time((k) => {
    sink += decoder.decode([records[k % records.length]]).n;
  });
  const run = time((k) => {
    sink += plan.run(decoded[k % decoded.length], 1).corporate_income_tax[0] as number;
  });
  const read = time((k) => {
    const columns = results[k % results.length];
    const result: Record<string, ScalarValue> = {};
    for (const v of plan.outputs) result[v.id] = cellValue(v, columns[v.id], 0);
    sink += result.is_small_low_profit ? 1 : 0;
  });
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return {
    cases,
    seconds,
    perSecond: cases / seconds,
    reusedDecoderSeconds,
    reusedDecoderCpuSeconds,
    stages: { decode, decodeReused, run, read },
  };
}
