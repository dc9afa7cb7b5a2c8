import type { TaxBenefitSystem } from '@xiaowei/engine';
import { messageOf } from '../messages/catalogue.ts';
import type { Problem } from '../problems/problem.ts';
import { RecordsError } from '../problems/records-error.ts';
import { type DecodedRecords, type DecodeOptions, decodeRecords } from './decode-records.ts';
import { JsonNumberText } from './exact-json.ts';
import type { RecordSet } from './record-set.ts';

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

/**
 * Reads links given inside the records: in JSON a nested object (`"borrower": { "industry": "C", … }`),
 * in CSV dotted columns (`borrower.industry`). Each nested record becomes a member of the linked entity
 * (a loan contract's borrowing enterprise). Every problem of all the records, nested ones named
 * `borrower.field`, is reported together in one {@link RecordsError}.
 */
export function decodeWithLinks(system: TaxBenefitSystem, entity: string, set: RecordSet, options: DecodeOptions = {}): RecordsWithLinks {
  const links = Object.entries(system.entity(entity).links ?? {});
  const problems: Problem[] = [];
  const nested = new Map<string, { records: unknown[]; rows: number[]; parents: number[] }>();
  for (const [name] of links) nested.set(name, { records: [], rows: [], parents: [] });
  let main: RecordSet = set;

  if (set.kind === 'csv') {
    const own: number[] = [];
    set.header.forEach((h, j) => {
      const dot = h.indexOf('.');
      if (dot < 0 || !nested.has(h.slice(0, dot))) own.push(j);
    });
    set.records.forEach((record, i) => {
      for (const [name] of links) {
        const fields: Record<string, unknown> = {};
        set.header.forEach((h, j) => {
          if (h.startsWith(`${name}.`) && (record[j] ?? '').trim() !== '') fields[h.slice(name.length + 1)] = record[j];
        });
        if (Object.keys(fields).length > 0) add(name, fields, set.rows[i], i);
      }
    });
    main = { ...set, header: own.map((j) => set.header[j]), records: set.records.map((r) => own.map((j) => r[j] ?? '')) };
  } else {
    const records = set.records.map((raw, i) => {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || raw instanceof JsonNumberText) return raw;
      const copy: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
      for (const [name] of links) {
        const value = copy[name];
        delete copy[name];
        if (value === undefined || value === null) continue;
        if (typeof value !== 'object' || Array.isArray(value) || value instanceof JsonNumberText) {
          problems.push({
            row: set.rows[i],
            field: name,
            code: 'XW_INPUT_NOT_A_LINK',
            message: messageOf('XW_INPUT_NOT_A_LINK'),
            keys: [name],
          });
          continue;
        }
        add(name, value as Record<string, unknown>, set.rows[i], i);
      }
      return copy;
    });
    main = { ...set, records };
  }

  function add(name: string, fields: Record<string, unknown>, row: number, parent: number): void {
    const bucket = nested.get(name);
    if (!bucket) return;
    bucket.records.push(fields);
    bucket.rows.push(row);
    bucket.parents.push(parent);
  }

  let decodedMain: DecodedRecords | undefined;
  try {
    decodedMain = decodeRecords(system, entity, main, options);
  } catch (e) {
    if (!(e instanceof RecordsError)) throw e;
    problems.push(...e.problems);
  }
  const decodedLinks: LinkedRecords[] = [];
  for (const [name, def] of links) {
    const bucket = nested.get(name);
    if (!bucket || bucket.records.length === 0) continue;
    const linkedSet: RecordSet = { kind: 'json', source: set.source, records: bucket.records, rows: bucket.rows, problems: [] };
    try {
      const input = decodeRecords(system, def.entity, linkedSet, { aliases: options.aliases });
      const targets = new Int32Array(set.records.length).fill(-1);
      bucket.parents.forEach((parent, k) => {
        targets[parent] = k;
      });
      decodedLinks.push({ link: name, entity: def.entity, input, targets });
    } catch (e) {
      if (!(e instanceof RecordsError)) throw e;
      problems.push(...e.problems.map((p) => ({ ...p, field: `${name}.${p.field}`, ...(p.keys ? { keys: [name, ...p.keys] } : {}) })));
    }
  }
  if (problems.length > 0 || decodedMain === undefined) throw new RecordsError('invalid', set.source, problems);
  return { main: decodedMain, links: decodedLinks };
}
