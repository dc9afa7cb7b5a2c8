import { DefinitionError, ParameterNotFoundError } from '../errors.ts';
import { addDays, type Instant, isInstant } from '../periods/instant.ts';
import { PERIOD_MESSAGES } from '../periods/messages.ts';
import { interpolate, type Labels } from '../text/labels.ts';
import type { Confidence, Reference } from '../text/reference.ts';

export type ParameterScalar = number | boolean | string;

/**
 * Units of parameter values. `currency` values are written in major units (yuan) in YAML and held in
 * minor units (fen) in memory, exactly, so that formulas compare money with money.
 */
export type ParameterUnit = 'currency' | '/1' | 'person' | 'month' | 'year' | 'day' | 'boolean' | 'code' | 'text' | 'count';

/** One dated value of a parameter: in force from `start` to `end` inclusive (`null`: still in force). */
export interface ParameterEntry {
  readonly start: Instant;
  readonly end: Instant | null;
  /** `null` means the parameter has no value in this window (the measure expired). */
  readonly value: ParameterScalar | null;
  readonly references: readonly Reference[];
  readonly confidence: Confidence;
  readonly note?: string;
}

/** Metadata shared by parameters, scales and nodes. */
export interface ParameterMetadata {
  readonly label?: Labels;
  readonly description?: Labels;
  readonly unit?: ParameterUnit;
  readonly references: readonly Reference[];
  readonly confidence: Confidence;
  readonly note?: string;
}

/**
 * A leaf of the parameter tree: a value that changes on dates, each value with its legal source.
 * @example param.at('2013-06-01').value
 */
export class Parameter {
  readonly kind = 'parameter';
  constructor(
    readonly path: string,
    readonly metadata: ParameterMetadata,
    readonly entries: readonly ParameterEntry[],
  ) {
    for (let i = 1; i < entries.length; i++) {
      if (entries[i].start <= entries[i - 1].start) throw new DefinitionError(`${path}: value dates must increase`);
    }
  }

  /** The entry in force on `instant`; throws when there is none or the parameter had expired. */
  at(instant: Instant): ParameterEntry {
    const entry = this.entryAt(instant);
    if (entry === undefined) {
      const first = this.entries[0];
      const labels = interpolate(PERIOD_MESSAGES.parameter_before, { path: this.path, instant, start: first?.start ?? '(never)' });
      throw new ParameterNotFoundError(labels.en, this.path, instant, labels);
    }
    if (entry.value === null) {
      const labels = interpolate(PERIOD_MESSAGES.parameter_ended, { path: this.path, instant, end: addDays(entry.start, -1) });
      throw new ParameterNotFoundError(labels.en, this.path, instant, labels);
    }
    return entry;
  }

  /** The entry whose window contains `instant`, or undefined before the history starts. */
  entryAt(instant: Instant): ParameterEntry | undefined {
    const es = this.entries;
    let lo = 0;
    let hi = es.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (es[mid].start <= instant) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? undefined : es[found];
  }

  /** Numeric value on `instant` (money in minor units). */
  numberAt(instant: Instant): number {
    const v = this.at(instant).value;
    if (typeof v !== 'number') throw new DefinitionError(`parameter ${this.path} is not numeric`);
    return v;
  }
}

/** Builds the dated entries of a parameter: sorts by date and closes each window the day before the next. */
export function buildEntries(path: string, raw: ReadonlyArray<Omit<ParameterEntry, 'end'>>): ParameterEntry[] {
  const sorted = [...raw].sort((a, b) => (a.start < b.start ? -1 : 1));
  return sorted.map((e, i) => {
    if (!isInstant(e.start)) throw new DefinitionError(`${path}: '${e.start}' is not an ISO date`);
    const next = sorted[i + 1];
    return { ...e, end: next ? addDays(next.start, -1) : null };
  });
}
