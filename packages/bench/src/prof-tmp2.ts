import { cellValue, RecordDecoder } from '@xiaowei/engine';
import { compileBenchPlan } from './engine.ts';
import { caseRecords } from './per-case.ts';
import { generatePopulation } from './population.ts';

const pop = generatePopulation(4096, { seed: 1 });
const plan = compileBenchPlan('2013');
const records = caseRecords(pop, 4096);
const variables = plan.inputs.map((i) => i.variable);
const decoder = new RecordDecoder(variables, { passThrough: ['id'] });
const N = 300_000;
let sink = 0;
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const time = (name: string, fn: (k: number) => void) => {
  for (let k = 0; k < 100000; k++) fn(k);
  let best = Infinity;
  for (let r = 0; r < 11; r++) {
    const t = cpu();
    for (let k = 0; k < N; k++) fn(k);
    best = Math.min(best, (cpu() - t) / N);
  }
  console.log(name.padEnd(12), best.toFixed(3), 'µs CPU (best of 11)');
};
const decoded = records.slice(0, 256).map((r) => decoder.decode([r]).columns);
const ran = decoded.map((c) => plan.run(c, 1));
const all = (k: number) => {
  const d = decoder.decode([records[k & 4095]]);
  const cols = plan.run(d.columns, 1);
  const r: Record<string, unknown> = {};
  for (const v of plan.outputs) r[v.id] = cellValue(v, cols[v.id], 0);
  sink += r.corporate_income_tax as number;
};
time('decode', (k) => {
  sink += decoder.decode([records[k & 4095]]).n;
});
time('run', (k) => {
  sink += plan.run(decoded[k & 255], 1).corporate_income_tax[0] as number;
});
time('read', (k) => {
  const c = ran[k & 255];
  const r: Record<string, unknown> = {};
  for (const v of plan.outputs) r[v.id] = cellValue(v, c[v.id], 0);
  sink += r.x ? 1 : 0;
});
time('all', all);
console.log(sink > 0);
