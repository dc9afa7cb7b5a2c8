import { type Column, FormulaError, type Period, Population, Simulation, type TaxBenefitSystem } from '@xiaowei/engine';
import { RecordsError } from '../problems/records-error.ts';
import type { RecordsWithLinks } from '../records/linked-records.ts';
import { formulaProblem } from './formula-failure.ts';
import { periodError } from './period-error.ts';
import { periodInputs, setPeriodInputs } from './period-inputs.ts';

/**
 * A simulation of the records and the members they link to: the path for outputs that follow links
 * (a loan contract's borrower) or aggregate other entities (a package summing fee events), which a
 * compiled plan does not take. Links to the same entity share its members, one after another.
 */
export function linkedSimulation(
  system: TaxBenefitSystem,
  entity: string,
  period: Period,
  data: RecordsWithLinks,
  trace: boolean,
): Simulation {
  const population = new Population(system);
  population.addEntity(entity, data.main.n);
  setPeriodInputs(population, periodInputs(system.variables.values(), data.main, period));
  const byEntity = new Map<string, typeof data.links>();
  for (const l of data.links) byEntity.set(l.entity, [...(byEntity.get(l.entity) ?? []), l]);
  for (const [target, links] of byEntity) {
    const total = links.reduce((n, l) => n + l.input.n, 0);
    population.addEntity(target, total);
    let offset = 0;
    const columns = new Map<string, Column[]>();
    for (const l of links) {
      population.setLink(
        entity,
        l.link,
        l.targets.map((t) => (t < 0 ? -1 : t + offset)),
      );
      for (const id of l.input.present) columns.set(id, [...(columns.get(id) ?? []), l.input.columns[id]]);
      offset += l.input.n;
    }
    for (const [id, parts] of columns) {
      // A variable given for one link only takes its default for the others' members.
      population.setInput(
        id,
        period,
        concatColumns(
          links.map((l) => l.input.columns[id]),
          parts.length,
        ),
      );
    }
  }
  return new Simulation(system, population, { trace });
}

function concatColumns(full: Column[], given: number): Column {
  if (full.length === 1 || given === 0) return full[0];
  if (Array.isArray(full[0])) return (full as string[][]).flat();
  const out = new (full[0].constructor as Float64ArrayConstructor)(full.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of full as Float64Array[]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The outputs for every record through the simulation; a formula failing for a record is reported as
 * a `cannot-compute` problem of that record (or of the record linking to the failing member).
 */
export function simulateOutputs(
  sim: Simulation,
  entity: string,
  period: Period,
  ids: readonly string[],
  data: RecordsWithLinks,
): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const id of ids) {
    try {
      out[id] = sim.calculate(id, period);
    } catch (e) {
      if (!(e instanceof FormulaError) || e.row === undefined) throw periodError(e, period.key);
      const failing = sim.system.variable(e.variable).entity;
      let record = e.row;
      if (failing !== entity) {
        const link = data.links.find((l) => l.entity === failing);
        record = link ? Math.max(0, [...link.targets].indexOf(e.row)) : 0;
      }
      throw new RecordsError('cannot-compute', data.main.source, [formulaProblem(e, data.main.rows[record] ?? 0)]);
    }
  }
  return out;
}
