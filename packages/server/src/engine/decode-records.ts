import { type Column, INPUT_MESSAGES, interpolate, type Labels } from '@xiaowei/engine';
import { AppError, type Problem } from '../errors/app-error.ts';
import type { EngineService } from './engine-service.ts';
import { RECORD_MESSAGES } from './messages.ts';

/** A record id as sent: text or a JSON number. */
export type RecordId = string | number;

/** Records of one entity decoded into columns, every value checked. */
export interface DecodedRecords {
  readonly entity: string;
  readonly n: number;
  /** A column for every input variable of the entity (defaults where not given). */
  readonly columns: Readonly<Record<string, Column>>;
  /** Inputs at least one record gives. */
  readonly present: ReadonlySet<string>;
  readonly ids: readonly (RecordId | null)[];
  /** Names, when any record has one. */
  readonly names: readonly (string | null)[] | undefined;
}

/** Where record `i` is in the request, for problems: its JSON pointer and its row in a batch. */
export interface RecordPlaces {
  path(i: number): string;
  row(i: number): number | undefined;
}

/** Places of a body that is one record (`''`) or a batch under `key` (`/enterprises/3`, row 4). */
/** A record sent alone: its problems sit at the body's root, without a row (one object for every request). */
const SINGLE: RecordPlaces = { path: () => '', row: () => undefined };

export function placesOf(batchKey: string | undefined): RecordPlaces {
  if (batchKey === undefined) return SINGLE;
  return { path: (i) => `/${batchKey}/${i}`, row: (i) => i + 1 };
}

const NO_FIELDS: ReadonlySet<string> = new Set();

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Checks and decodes `records` of `entity` (JSON objects as sent) with the engine's reusable decoder,
 * reporting every problem of every record at once — unknown or computed fields, bad ids, duplicate ids,
 * values the variables reject, missing required values — as one XW_ERR_VALIDATION; nothing is computed then.
 * `skip` names fields read by the caller (links).
 */
export function decodeRecords(
  engine: EngineService,
  entity: string,
  records: readonly unknown[],
  places: RecordPlaces,
  skip: ReadonlySet<string> = NO_FIELDS,
): DecodedRecords {
  const problems: Problem[] = [];
  const add = (i: number, field: string, message: Labels) => {
    const row = places.row(i);
    problems.push({ path: `${places.path(i)}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`, ...(row ? { row } : {}), field, message });
  };
  const decoder = engine.decoder(entity);
  const system = engine.system;
  const n = records.length;
  const ids: (RecordId | null)[] = new Array(n).fill(null);
  let names: (string | null)[] | undefined;
  const firstOf = new Map<string, number>();
  const present = new Set<string>();
  for (let i = 0; i < n; i++) {
    const rec = records[i];
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) continue; // reported by the decoder
    const record = rec as Record<string, unknown>;
    for (const field in record) {
      if (!Object.hasOwn(record, field)) continue;
      if (field === 'id' || field === 'name' || skip.has(field)) continue;
      const v = system.variables.get(field);
      if (v === undefined || v.entity !== entity) add(i, field, interpolate(INPUT_MESSAGES.unknown_field, { field }));
      else if (!v.isInput) add(i, field, interpolate(RECORD_MESSAGES.computed_field, { field }));
      else if (!isBlank(record[field])) present.add(field);
    }
    const { id, name } = record;
    if (!isBlank(id)) {
      if (typeof id !== 'string' && typeof id !== 'number') add(i, 'id', RECORD_MESSAGES.bad_id);
      else {
        ids[i] = typeof id === 'string' ? id.trim() : id;
        const text = String(ids[i]);
        const first = firstOf.get(text);
        if (first === undefined) firstOf.set(text, i + 1);
        else add(i, 'id', interpolate(RECORD_MESSAGES.duplicate_id, { id: text, first }));
      }
    }
    if (!isBlank(name)) {
      if (typeof name === 'string' || typeof name === 'number') {
        names ??= new Array(n).fill(null);
        names[i] = String(name).trim();
      } else add(i, 'name', INPUT_MESSAGES.not_a_text);
    }
  }
  const decoded = decoder.decode(records);
  for (const p of decoded.problems) {
    if (p.field === '') {
      const row = places.row(p.row);
      problems.push({ path: places.path(p.row), ...(row ? { row } : {}), field: '', message: p.message });
    } else add(p.row, p.field, p.message);
  }
  if (problems.length > 0) {
    throw AppError.validation(problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
  }
  return { entity, n, columns: decoded.columns, present, ids, names };
}

/** The columns of the inputs the records give (a plan takes the others' defaults). */
export function givenColumns(input: DecodedRecords): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const id of input.present) out[id] = input.columns[id];
  return out;
}
