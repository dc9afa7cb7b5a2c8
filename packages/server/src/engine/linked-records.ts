import { type Column, FormulaError, interpolate, type Labels, type Period, Population, Simulation } from '@xiaowei/engine';
import { AppError, type Problem } from '../errors/app-error.ts';
import { type DecodedRecords, decodeRecords, type RecordPlaces } from './decode-records.ts';
import { type EngineService, periodError } from './engine-service.ts';
import { RECORD_MESSAGES } from './messages.ts';

/** The members at the other end of one link, decoded, and for each record the member it links to (-1: none). */
export interface LinkedRecords {
  readonly link: string;
  readonly entity: string;
  readonly input: DecodedRecords;
  readonly targets: Int32Array;
}

/** Records of the main entity and of every entity they link to. */
export interface RecordsWithLinks {
  readonly main: DecodedRecords;
  readonly links: readonly LinkedRecords[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Decodes records whose links are given inside them as nested objects (`"borrower": { "industry": "C", … }`,
 * as the CLI reads JSON): each nested record becomes a member of the linked entity. Every problem of the
 * main records and the nested ones (named `borrower.industry`) is reported together.
 */
export function decodeWithLinks(
  engine: EngineService,
  entity: string,
  records: readonly unknown[],
  places: RecordPlaces,
): RecordsWithLinks {
  const links = Object.entries(engine.entity(entity).links ?? {});
  const linkNames = new Set(links.map(([name]) => name));
  const problems: Problem[] = [];
  const nested = new Map<string, { records: unknown[]; parents: number[] }>();
  for (const [name] of links) nested.set(name, { records: [], parents: [] });
  records.forEach((raw, i) => {
    if (!isObject(raw)) return;
    for (const [name] of links) {
      const value = raw[name];
      if (value === undefined || value === null) continue;
      if (!isObject(value)) {
        const row = places.row(i);
        problems.push({ path: `${places.path(i)}/${name}`, ...(row ? { row } : {}), field: name, message: RECORD_MESSAGES.not_a_link });
        continue;
      }
      nested.get(name)?.records.push(value);
      nested.get(name)?.parents.push(i);
    }
  });
  let main: DecodedRecords | undefined;
  try {
    main = decodeRecords(engine, entity, records, places, linkNames);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    problems.push(...e.problems);
  }
  const decodedLinks: LinkedRecords[] = [];
  for (const [name, def] of links) {
    const bucket = nested.get(name);
    if (!bucket || bucket.records.length === 0) continue;
    const linkPlaces: RecordPlaces = {
      path: (k) => `${places.path(bucket.parents[k])}/${name}`,
      row: (k) => places.row(bucket.parents[k]),
    };
    try {
      const input = decodeRecords(engine, def.entity, bucket.records, linkPlaces);
      const targets = new Int32Array(records.length).fill(-1);
      bucket.parents.forEach((parent, k) => {
        targets[parent] = k;
      });
      decodedLinks.push({ link: name, entity: def.entity, input, targets });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problems.push(...e.problems.map((p) => ({ ...p, field: `${name}.${p.field}` })));
    }
  }
  if (problems.length > 0 || main === undefined) throw AppError.validation(problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
  return { main, links: decodedLinks };
}

function concatColumns(full: Column[]): Column {
  if (full.length === 1) return full[0];
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
 * A simulation of the records and the members they link to: the path for outputs that follow links
 * (a loan contract's borrower) or aggregate other entities, which a compiled plan does not take.
 * Only inputs the records give are set, so a trace shows the others as defaults.
 */
export function linkedSimulation(engine: EngineService, period: Period, data: RecordsWithLinks, trace: boolean): Simulation {
  const system = engine.system;
  const population = new Population(system);
  population.addEntity(data.main.entity, data.main.n);
  for (const id of data.main.present) population.setInput(id, period, data.main.columns[id]);
  const byEntity = new Map<string, LinkedRecords[]>();
  for (const l of data.links) byEntity.set(l.entity, [...(byEntity.get(l.entity) ?? []), l]);
  for (const [target, links] of byEntity) {
    population.addEntity(
      target,
      links.reduce((n, l) => n + l.input.n, 0),
    );
    let offset = 0;
    const given = new Set<string>();
    for (const l of links) {
      population.setLink(
        data.main.entity,
        l.link,
        l.targets.map((t) => (t < 0 ? -1 : t + offset)),
      );
      for (const id of l.input.present) given.add(id);
      offset += l.input.n;
    }
    // A variable given for one link only takes its default for the other links' members.
    for (const id of given) {
      population.setInput(id, period, concatColumns(links.map((l) => l.input.columns[id])));
    }
  }
  return new Simulation(system, population, { trace });
}

/**
 * The outputs for every record through the simulation; a formula failing for a record is reported as
 * XW_ERR_CANNOT_COMPUTE naming that record (or the record linking to the failing member).
 */
export function simulateOutputs(
  sim: Simulation,
  period: Period,
  ids: readonly string[],
  data: RecordsWithLinks,
  places: RecordPlaces,
): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const id of ids) {
    try {
      out[id] = sim.calculate(id, period);
    } catch (e) {
      if (!(e instanceof FormulaError) || e.row === undefined) throw periodError(e, period.key);
      const failing = sim.system.variable(e.variable).entity;
      let record = e.row;
      if (failing !== data.main.entity) {
        const link = data.links.find((l) => l.entity === failing);
        record = link ? Math.max(0, [...link.targets].indexOf(e.row)) : 0;
      }
      throw cannotCompute([failureOf(record, e)], places);
    }
  }
  return out;
}

/** XW_ERR_CANNOT_COMPUTE for formula failures of the given records. */
export function cannotCompute(
  failures: readonly { record: number; variable: string; message: string; field?: string; labels?: Labels }[],
  places: RecordPlaces,
): AppError {
  const problems: Problem[] = failures.map((f) => {
    // The engine's message starts with "variable (period), member k: "; the record is named separately.
    const detail = f.message.replace(/^.*?, member \d+: /, '');
    const row = places.row(f.record);
    return {
      path: places.path(f.record),
      ...(row ? { row } : {}),
      // A missing figure, or an input the law cannot take: on that field, in the formula's own words.
      field: f.field ?? f.variable,
      message: f.labels ?? interpolate(RECORD_MESSAGES.formula_failed, { variable: f.variable, detail }),
    };
  });
  return new AppError('XW_ERR_CANNOT_COMPUTE', { count: problems.length }, problems);
}

/** A formula's failure for record `record`, as {@link cannotCompute} takes it. */
export function failureOf(record: number, e: FormulaError) {
  return {
    record,
    variable: e.variable,
    message: e.message,
    ...(e.field ? { field: e.field } : {}),
    ...(e.labels ? { labels: e.labels } : {}),
  };
}
