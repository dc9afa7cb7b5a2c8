import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DefinitionError } from '../errors.ts';
import { parseMoney } from '../money/money.ts';
import { missingLangs } from '../text/labels.ts';
import { CONFIDENCES, type Confidence, parseReference, type Reference } from '../text/reference.ts';
import { buildEntries, Parameter, type ParameterMetadata, type ParameterScalar, type ParameterUnit } from './parameter.ts';
import { ParameterNode, type ParameterTreeItem } from './parameter-node.ts';
import { type Bracket, Scale } from './scale.ts';

const METADATA_KEYS = new Set(['label', 'description', 'unit', 'reference', 'references', 'confidence', 'note', 'metadata']);
const UNITS: readonly ParameterUnit[] = ['currency', '/1', 'person', 'month', 'year', 'day', 'boolean', 'code', 'text', 'count'];

/**
 * Loads a parameter tree from a folder of YAML files: each folder and file is a node, named after it;
 * inside a file, a mapping with `values` is a leaf, one with `brackets` a scale, any other a node.
 *
 * A leaf:
 * ```yaml
 * label: { zh-CN: 减半征收的应纳税所得额上限, ko: …, en: Halving threshold }
 * unit: currency
 * reference: { document: 财税〔2011〕117号 }
 * confidence: verified
 * values:
 *   2012-01-01: 60000          # shorthand
 *   2015-01-01: { value: 200000, reference: 财税〔2015〕34号, confidence: secondary }
 *   2018-01-01: null           # explicit end: no value from this date
 * ```
 * Metadata is inherited from the enclosing nodes. Every leaf must end up with a reference and a label.
 */
export function loadParameters(dir: string): ParameterNode {
  return loadDir(dir, '', { references: [], confidence: 'verified' });
}

/** Builds a parameter tree from an already parsed object (used by tests and reforms). */
export function parameterTreeFrom(data: Record<string, unknown>, path = ''): ParameterNode {
  const item = buildItem(data, path, { references: [], confidence: 'verified' });
  if (item.kind !== 'node') throw new DefinitionError('the root of a parameter tree must be a node');
  return item;
}

function loadDir(dir: string, path: string, inherited: ParameterMetadata): ParameterNode {
  const names = readdirSync(dir).sort();
  let metadata = inherited;
  if (names.includes('index.yaml')) {
    metadata = readMetadata(parseFile(join(dir, 'index.yaml')) as Record<string, unknown>, path, inherited);
  }
  const children = new Map<string, ParameterTreeItem>();
  for (const name of names) {
    if (name === 'index.yaml') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      children.set(name, loadDir(full, join2(path, name), metadata));
    } else if (name.endsWith('.yaml') || name.endsWith('.yml')) {
      const key = name.replace(/\.ya?ml$/, '');
      children.set(key, buildItem(parseFile(full), join2(path, key), metadata));
    }
  }
  return new ParameterNode(path, metadata, children);
}

function parseFile(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DefinitionError(`${file}: ${(e as Error).message}`);
  }
}

function join2(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function buildItem(raw: unknown, path: string, inherited: ParameterMetadata): ParameterTreeItem {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DefinitionError(`${path}: expected a mapping`);
  }
  const data = raw as Record<string, unknown>;
  const metadata = readMetadata(data, path, inherited);
  if ('values' in data) return buildParameter(path, data.values, metadata);
  if ('brackets' in data) return buildScale(path, data, metadata);
  const children = new Map<string, ParameterTreeItem>();
  for (const [key, value] of Object.entries(data)) {
    if (METADATA_KEYS.has(key)) continue;
    children.set(key, buildItem(value, join2(path, key), metadata));
  }
  return new ParameterNode(path, metadata, children);
}

function readMetadata(data: Record<string, unknown>, path: string, inherited: ParameterMetadata): ParameterMetadata {
  const refs = data.reference ?? data.references;
  const references: readonly Reference[] =
    refs === undefined ? inherited.references : (Array.isArray(refs) ? refs : [refs]).map((r) => parseReference(r, path));
  const confidence = (data.confidence ?? inherited.confidence) as Confidence;
  if (!CONFIDENCES.includes(confidence)) throw new DefinitionError(`${path}: confidence must be one of ${CONFIDENCES.join(', ')}`);
  const unit = (data.unit ?? inherited.unit) as ParameterUnit | undefined;
  if (unit !== undefined && !UNITS.includes(unit)) throw new DefinitionError(`${path}: unknown unit '${unit}'`);
  for (const key of ['label', 'description'] as const) {
    if (data[key] !== undefined && missingLangs(data[key]).length > 0) {
      throw new DefinitionError(`${path}: ${key} lacks ${missingLangs(data[key]).join(', ')}`);
    }
  }
  const out: { -readonly [K in keyof ParameterMetadata]: ParameterMetadata[K] } = { references, confidence };
  // Labels and notes describe one item; they are not inherited.
  if (data.label !== undefined) out.label = data.label as ParameterMetadata['label'];
  if (data.description !== undefined) out.description = data.description as ParameterMetadata['description'];
  if (data.note !== undefined) out.note = String(data.note);
  if (unit !== undefined) out.unit = unit;
  return out;
}

function buildParameter(path: string, values: unknown, metadata: ParameterMetadata): Parameter {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    throw new DefinitionError(`${path}: values must map ISO dates to values`);
  }
  const entries = Object.entries(values as Record<string, unknown>).map(([start, v]) => {
    const spec: Record<string, unknown> =
      v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { value: v };
    const refs = spec.reference ?? spec.references;
    const confidence = (spec.confidence ?? metadata.confidence) as Confidence;
    if (!CONFIDENCES.includes(confidence)) throw new DefinitionError(`${path} @ ${start}: bad confidence '${confidence}'`);
    const entry: { start: string; value: ParameterScalar | null; references: readonly Reference[]; confidence: Confidence; note?: string } =
      {
        start,
        value: convertValue(spec.value, metadata.unit, `${path} @ ${start}`),
        references: refs === undefined ? metadata.references : (Array.isArray(refs) ? refs : [refs]).map((r) => parseReference(r, path)),
        confidence,
      };
    if (spec.note !== undefined) entry.note = String(spec.note);
    if (entry.references.length === 0) throw new DefinitionError(`${path} @ ${start}: every value needs a reference`);
    return entry;
  });
  if (entries.length === 0) throw new DefinitionError(`${path}: no values`);
  return new Parameter(path, metadata, buildEntries(path, entries));
}

function convertValue(value: unknown, unit: ParameterUnit | undefined, where: string): ParameterScalar | null {
  if (value === null || value === undefined) return null;
  if (unit === 'currency') {
    const fen = typeof value === 'number' || typeof value === 'string' ? parseMoney(value) : undefined;
    if (fen === undefined) throw new DefinitionError(`${where}: '${String(value)}' is not an amount with at most 2 decimals`);
    return fen;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  throw new DefinitionError(`${where}: a value must be a number, boolean or string`);
}

function buildScale(path: string, data: Record<string, unknown>, metadata: ParameterMetadata): Scale {
  const type = data.type ?? 'marginal_rate';
  if (type !== 'marginal_rate' && type !== 'single_amount') throw new DefinitionError(`${path}: unknown scale type '${String(type)}'`);
  if (!Array.isArray(data.brackets)) throw new DefinitionError(`${path}: brackets must be a list`);
  const thresholdUnit: ParameterMetadata = { ...metadata, unit: (data.threshold_unit as ParameterUnit) ?? metadata.unit };
  const valueMeta: ParameterMetadata = {
    ...metadata,
    unit: type === 'marginal_rate' ? '/1' : ((data.amount_unit as ParameterUnit) ?? metadata.unit),
  };
  const brackets: Bracket[] = data.brackets.map((b: Record<string, unknown>, i: number) => {
    const at = `${path}.brackets[${i}]`;
    const bracket: { threshold: Parameter; rate?: Parameter; amount?: Parameter } = {
      threshold: buildParameter(`${at}.threshold`, b.threshold, thresholdUnit),
    };
    if (b.rate !== undefined) bracket.rate = buildParameter(`${at}.rate`, b.rate, valueMeta);
    if (b.amount !== undefined) bracket.amount = buildParameter(`${at}.amount`, b.amount, valueMeta);
    return bracket;
  });
  return new Scale(path, type, metadata, brackets);
}
