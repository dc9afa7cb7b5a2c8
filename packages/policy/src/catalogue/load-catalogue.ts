import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefinitionError, type Labels, missingLangs, type Variable } from '@xiaowei/engine';
import { parse } from 'yaml';

/** Folder of the measure catalogue (one YAML file per item of the Opinions). */
export const CATALOGUE_DIR = fileURLToPath(new URL('../../catalogue', import.meta.url));

export const MEASURE_KINDS = ['entitlement', 'obligation', 'programme', 'service', 'informational'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const BENEFICIARIES = ['enterprise', 'individual', 'bank', 'guarantor', 'budget_unit', 'platform', 'government'] as const;
export type Beneficiary = (typeof BENEFICIARIES)[number];

export interface MeasureDocument {
  readonly number: string;
  readonly title: Labels;
  readonly confidence: 'verified' | 'secondary' | 'unconfirmed';
}

/** Fields shared by items and their sub-measures. */
export interface MeasureBase {
  readonly id: string;
  readonly kind: MeasureKind;
  readonly beneficiaries: readonly Beneficiary[];
  readonly effective: { readonly from: string; readonly to: string | null };
  readonly title: Labels;
  readonly summary: Labels;
  readonly documents: readonly MeasureDocument[];
  /** Ids of the variables that implement the measure (from the variables' `measures`). */
  readonly variables: readonly string[];
}

export interface SubMeasure extends MeasureBase {}

/** One of the 29 items of Guofa [2012] No. 14. */
export interface Measure extends MeasureBase {
  readonly item: number;
  readonly chapter: number;
  readonly kinds: readonly MeasureKind[];
  readonly tags: readonly string[];
  readonly text: { readonly ko: string };
  readonly subMeasures: readonly SubMeasure[];
}

export interface Chapter {
  readonly chapter: number;
  readonly title: Labels;
}

export interface Catalogue {
  readonly chapters: readonly Chapter[];
  readonly measures: readonly Measure[];
}

function labels(value: unknown, where: string): Labels {
  const missing = missingLangs(value);
  if (missing.length > 0) throw new DefinitionError(`${where}: missing ${missing.join(', ')}`);
  return value as Labels;
}

function base(raw: Record<string, unknown>, where: string, implementing: ReadonlyMap<string, string[]>): MeasureBase {
  const id = String(raw.id);
  const kind = raw.kind as MeasureKind;
  if (!MEASURE_KINDS.includes(kind)) throw new DefinitionError(`${where}: unknown kind '${String(raw.kind)}'`);
  const beneficiaries = (raw.beneficiaries ?? []) as Beneficiary[];
  for (const b of beneficiaries) if (!BENEFICIARIES.includes(b)) throw new DefinitionError(`${where}: unknown beneficiary '${b}'`);
  const effective = raw.effective as { from: string; to: string | null };
  if (!effective || typeof effective.from !== 'string') throw new DefinitionError(`${where}: effective.from is required`);
  const documents = ((raw.documents ?? []) as Record<string, unknown>[]).map((d, i) => ({
    number: String(d.number),
    title: labels(d.title, `${where} documents[${i}].title`),
    confidence: d.confidence as MeasureDocument['confidence'],
  }));
  return {
    id,
    kind,
    beneficiaries,
    effective: { from: effective.from, to: effective.to ?? null },
    title: labels(raw.title, `${where} title`),
    summary: labels(raw.summary, `${where} summary`),
    documents,
    variables: implementing.get(id) ?? [],
  };
}

/**
 * Loads the measure catalogue: the 8 chapters and 29 items, each with its sub-measures. The
 * variables implementing a measure come from the variables' own `measures` lists, so the catalogue
 * and the code cannot drift apart.
 */
export function loadCatalogue(variables: readonly Variable[], dir: string = CATALOGUE_DIR): Catalogue {
  const implementing = new Map<string, string[]>();
  for (const v of variables) {
    for (const m of v.measures ?? []) implementing.set(m, [...(implementing.get(m) ?? []), v.id]);
  }
  const chapters = (parse(readFileSync(join(dir, 'chapters.yaml'), 'utf8')) as Record<string, unknown>[]).map((c) => ({
    chapter: Number(c.chapter),
    title: labels(c.title, `chapter ${String(c.chapter)}`),
  }));
  const measures = readdirSync(join(dir, 'items'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file): Measure => {
      const raw = parse(readFileSync(join(dir, 'items', file), 'utf8')) as Record<string, unknown>;
      const where = `catalogue/items/${file}`;
      const subs = ((raw.sub_measures ?? []) as Record<string, unknown>[]).map((s) => base(s, `${where} ${String(s.id)}`, implementing));
      // An item lists its own variables and those of its sub-measures.
      const own = base(raw, where, implementing);
      const all = [...new Set([...own.variables, ...subs.flatMap((s) => s.variables)])];
      return {
        ...own,
        variables: all,
        item: Number(raw.item),
        chapter: Number(raw.chapter),
        kinds: (raw.kinds ?? [raw.kind]) as MeasureKind[],
        tags: (raw.tags ?? []) as string[],
        text: { ko: String((raw.text as Record<string, unknown>)?.ko ?? '') },
        subMeasures: subs,
      };
    });
  const ids = new Set(measures.flatMap((m) => [m.id, ...m.subMeasures.map((s) => s.id)]));
  for (const id of implementing.keys()) {
    if (!ids.has(id)) throw new DefinitionError(`a variable names measure '${id}', which the catalogue does not have`);
  }
  return { chapters, measures };
}
