/**
 * `--input FILE.csv`: a given population (columns id,industry,employees,revenue,total_assets,taxable_income),
 * parsed with csv-parse and validated/converted with decodeRecords in batches, so memory holds the
 * typed columns and one batch of records rather than every row as an object.
 */
import { createReadStream } from 'node:fs';
import { Categorical, type Column, decodeRecords, newColumn, type Plan, type RowProblem } from '@xiaowei/engine';
import { parse } from 'csv-parse';

const BATCH = 65536;

export interface LoadedPopulation {
  readonly n: number;
  /** Text columns (the industry) come dictionary-coded. */
  readonly columns: Record<string, Column | Categorical>;
}

/** Reads and decodes `file` for the plan's inputs; throws with the first problems when any value is invalid. */
export async function loadCsv(file: string, plan: Plan): Promise<LoadedPopulation> {
  const variables = plan.inputs.map((i) => i.variable);
  const required = variables.filter((v) => v.required).map((v) => v.id);
  const parts = new Map<string, Column[]>(variables.map((v) => [v.id, []]));
  const problems: RowProblem[] = [];
  let n = 0;
  let batch: Record<string, string>[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const decoded = decodeRecords(variables, batch, { firstRow: 2 + n, passThrough: ['id'], required });
    if (problems.length < 20) problems.push(...decoded.problems.slice(0, 20 - problems.length));
    for (const [id, column] of Object.entries(decoded.columns)) parts.get(id)?.push(column);
    n += batch.length;
    batch = [];
  };
  const parser = createReadStream(file).pipe(parse({ columns: true, skip_empty_lines: true, trim: true, bom: true }));
  for await (const record of parser) {
    batch.push(record as Record<string, string>);
    if (batch.length === BATCH) flush();
  }
  flush();
  if (problems.length > 0) {
    const lines = problems.map((p) => `  row ${p.row}, ${p.field}: ${p.message.en}`);
    throw new Error(`${file}: invalid input\n${lines.join('\n')}`);
  }
  const columns: Record<string, Column | Categorical> = {};
  for (const v of variables) columns[v.id] = concat(parts.get(v.id) ?? [], n) ?? newColumn(v.valueType, 0);
  return { n, columns };
}

function concat(parts: Column[], n: number): Column | Categorical | undefined {
  const first = parts[0];
  if (first === undefined) return undefined;
  if (Array.isArray(first)) {
    const out: string[] = [];
    for (const p of parts) for (const s of p as string[]) out.push(s);
    // Coded against its dictionary of distinct codes, so the plan reads small integers (see Categorical).
    return Categorical.encode(out);
  }
  const Ctor = first.constructor as new (n: number) => Float64Array | Uint8Array | Int32Array;
  const out = new Ctor(n);
  let off = 0;
  for (const p of parts) {
    (out as Float64Array).set(p as Float64Array, off);
    off += p.length;
  }
  return out;
}
