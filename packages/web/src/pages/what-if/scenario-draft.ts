import type { ScenarioBody, ScenarioChangeBody } from './what-if-types.ts';

/**
 * A scenario as the form holds it while it is edited: every field as the user typed it (amounts as text, so
 * that a yuan amount reaches the server exactly as written and is parsed there without a float).
 */
export interface ChangeDraft {
  readonly key: number;
  readonly kind: ScenarioChangeBody['kind'];
  readonly path: string;
  readonly value: string;
  readonly measure: string;
  readonly source: string;
  readonly from: string;
  readonly until: string;
}

export interface ScenarioDraft {
  readonly name: string;
  readonly description: string;
  readonly baseYear: number;
  readonly shared: boolean;
  readonly changes: readonly ChangeDraft[];
}

let nextKey = 1;

/** A new empty change of `kind`, dated over `year`. */
export function newChange(kind: ChangeDraft['kind'], year: number): ChangeDraft {
  return {
    key: nextKey++,
    kind,
    path: '',
    value: '',
    measure: '',
    source: kind === 'copy_values' ? `${year + 1}-01-01` : '',
    from: `${year}-01-01`,
    until: `${year}-12-31`,
  };
}

export function emptyDraft(year: number): ScenarioDraft {
  return { name: '', description: '', baseYear: year, shared: false, changes: [newChange('parameter', year)] };
}

/** A value as the API has it (a boolean, or text kept as typed) back to the form's text. */
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** A saved scenario into the form. */
export function draftOf(s: ScenarioBody): ScenarioDraft {
  return {
    name: s.name,
    description: s.description ?? '',
    baseYear: s.base_year,
    shared: s.shared === true,
    changes: s.changes.map((c) => ({
      key: nextKey++,
      kind: c.kind,
      path: c.kind === 'measure_off' ? '' : text(c.path),
      value: c.kind === 'parameter' ? text(c.value) : '',
      measure: c.kind === 'measure_off' ? c.measure : '',
      source: c.kind === 'copy_values' ? c.source : '',
      from: c.from,
      until: text(c.until),
    })),
  };
}

/**
 * The form as the API body. Values go as typed (the server checks them against the parameter's unit and
 * reports each problem at its change and field); a boolean parameter's switch as true/false.
 */
export function bodyOf(d: ScenarioDraft): ScenarioBody {
  const until = (c: ChangeDraft) => (c.until.trim() === '' ? {} : { until: c.until.trim() });
  return {
    name: d.name,
    description: d.description.trim() === '' ? null : d.description,
    base_year: d.baseYear,
    shared: d.shared,
    changes: d.changes.map((c): ScenarioChangeBody => {
      switch (c.kind) {
        case 'parameter':
          return { kind: 'parameter', path: c.path, value: c.value.trim(), from: c.from, ...until(c) };
        case 'measure_off':
          return { kind: 'measure_off', measure: c.measure, from: c.from, ...until(c) };
        default:
          return { kind: 'copy_values', source: c.source, from: c.from, ...until(c), ...(c.path.trim() === '' ? {} : { path: c.path }) };
      }
    }),
  };
}
