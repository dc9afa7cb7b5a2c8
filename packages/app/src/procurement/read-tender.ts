/**
 * The one reader of a tender, whoever gives it: `xiaowei procurement evaluate` (a JSON file read with exact
 * numbers), `POST /api/v1/procurement/evaluate` (a request body) and the store (a stored tender, its prices in
 * fen). A tender is written in the policy's vocabulary — the keys of TENDER_FIELDS, BID_FIELDS,
 * PRODUCT_FIELDS, MEMBER_FIELDS and SUPPLIER_FIELDS (@xiaowei/policy) — so a field added there is read here,
 * with its variable's own checks (type, range, choices), and reaches every interface. The rules of the format
 * (bids required, unique bid ids, the price weight of comprehensive scoring, supplier figures or a declared
 * class, not both) are checked here. Every problem carries its path of keys (`['bids', 2, 'price']`); each
 * adapter writes it in its own notation (a JSON pointer, `bids[2].price`).
 */
import { decodeValue, INPUT_MESSAGES, interpolate, type Labels, type TaxBenefitSystem } from '@xiaowei/engine';
import {
  BID_FIELDS,
  comprehensiveIndex,
  MEMBER_FIELDS,
  PRODUCT_FIELDS,
  SUPPLIER_FIELDS,
  TENDER_FIELDS,
  TENDER_FORMAT_MESSAGES,
  type TenderBid,
  type TenderData,
  type TenderValues,
} from '@xiaowei/policy';
import type { Problem } from '../problems/problem.ts';
import { Fen } from './fen.ts';

/** A bid's or tender's id as given: text, a number, or an adapter's exact number (kept as written). */
export type TenderId = string | number | { readonly text: string };

/** A problem of a tender with its path of keys from the tender (`[]`: the tender as a whole). */
export interface TenderProblem extends Problem {
  readonly path: readonly (string | number)[];
}

export interface ReadTenderOptions {
  /**
   * The adapter's exact JSON number: its text when `value` is one (the CLI reads numbers as written, so an
   * amount keeps every digit), else undefined.
   */
  readonly exactNumber?: (value: object) => string | undefined;
}

export type TenderRecord = TenderData<TenderId>;

/** The nested keys of a bid (read here, not as fields). */
const BID_PARTS = ['id', 'products', 'consortium', 'supplier'] as const;

type Raw = Readonly<Record<string, unknown>>;
type Path = readonly (string | number)[];

/** Collects the problems of one tender. */
class Problems {
  readonly list: TenderProblem[] = [];
  add(path: Path, code: string, message: Labels): void {
    const last = path[path.length - 1];
    this.list.push({ path, field: typeof last === 'string' ? last : '', code, message });
  }
  format(path: Path, key: keyof typeof TENDER_FORMAT_MESSAGES, params: Record<string, unknown> = {}): void {
    this.add(path, `XW_TENDER_${key.toUpperCase()}`, interpolate(TENDER_FORMAT_MESSAGES[key], params));
  }
}

class Reader {
  readonly problems = new Problems();
  constructor(
    private readonly system: TaxBenefitSystem,
    private readonly options: ReadTenderOptions,
  ) {}

  private exact(value: unknown): string | undefined {
    return value !== null && typeof value === 'object' && !(value instanceof Fen) ? this.options.exactNumber?.(value) : undefined;
  }

  isObject(v: unknown): v is Raw {
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Fen) && this.exact(v) === undefined;
  }

  /** The fields of `raw` listed in `fields`, decoded by their variables; `nested` keys are the caller's; anything else is unknown. */
  fields(
    raw: Raw,
    fields: Readonly<Record<string, string>>,
    nested: readonly string[],
    required: readonly string[],
    path: Path,
  ): TenderValues {
    const values: TenderValues = new Map();
    for (const [key, value] of Object.entries(raw)) {
      if (nested.includes(key)) continue;
      const id = fields[key];
      const at = [...path, key];
      if (id === undefined) {
        this.problems.add(at, 'XW_INPUT_UNKNOWN_FIELD', interpolate(INPUT_MESSAGES.unknown_field, { field: key }));
        continue;
      }
      if (value === null || value === undefined) continue;
      const variable = this.system.variable(id);
      if (value instanceof Fen && variable.valueType === 'money') {
        if (Number.isSafeInteger(value.fen)) values.set(id, value.fen);
        else this.problems.add(at, 'XW_INPUT_NOT_AN_AMOUNT', interpolate(INPUT_MESSAGES.not_an_amount, { value: String(value.fen) }));
        continue;
      }
      const text = this.exact(value);
      if (typeof value === 'object' && text === undefined) {
        this.problems.format(at, 'not_a_value');
        continue;
      }
      // An exact number keeps its digits for an amount; other numbers are read as numbers.
      const plain = text === undefined ? value : variable.valueType === 'money' ? text : Number(text);
      const decoded = decodeValue(variable, plain);
      if (typeof decoded === 'object') this.problems.add(at, `XW_INPUT_${decoded.code.toUpperCase()}`, decoded.message);
      else values.set(id, decoded);
    }
    for (const key of required) if (raw[key] === undefined || raw[key] === null) this.problems.format([...path, key], 'missing');
    return values;
  }

  /** A list field: absent is empty; anything but an array of objects is a problem. */
  list(raw: unknown, path: Path): Raw[] {
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) {
      this.problems.format(path, 'not_a_list');
      return [];
    }
    return raw.flatMap((item, k) => {
      if (this.isObject(item)) return [item];
      this.problems.format([...path, k], 'not_an_object');
      return [];
    });
  }

  id(raw: unknown, path: Path): TenderId {
    if (typeof raw === 'string' && raw.trim() !== '') return raw.trim();
    if (typeof raw === 'number') return raw;
    if (raw !== null && typeof raw === 'object' && this.exact(raw) !== undefined) return raw as { text: string };
    this.problems.format(path, raw === undefined || raw === null ? 'missing' : 'bad_id');
    return '';
  }

  bid(bid: Raw, k: number, seen: Set<string>): TenderBid<TenderId> {
    const path = ['bids', k];
    const id = this.id(bid.id, [...path, 'id']);
    const text = idText(id);
    if (text !== '' && seen.has(text)) this.problems.format([...path, 'id'], 'duplicate_id', { id: text });
    seen.add(text);
    const values = this.fields(bid, BID_FIELDS, BID_PARTS, ['price'], path);
    let supplier: TenderValues | undefined;
    if (bid.supplier !== undefined && bid.supplier !== null) {
      if (!this.isObject(bid.supplier)) this.problems.format([...path, 'supplier'], 'not_an_object');
      else {
        if (bid.supplier_size_class !== undefined && bid.supplier_size_class !== null)
          this.problems.format([...path, 'supplier'], 'supplier_twice');
        supplier = this.fields(bid.supplier, SUPPLIER_FIELDS, [], ['industry'], [...path, 'supplier']);
      }
    }
    const products = this.list(bid.products, [...path, 'products']).map((p, j) =>
      this.fields(p, PRODUCT_FIELDS, [], ['manufacturer_size_class'], [...path, 'products', j]),
    );
    const members = this.list(bid.consortium, [...path, 'consortium']).map((m, j) =>
      this.fields(m, MEMBER_FIELDS, [], ['size_class', 'share'], [...path, 'consortium', j]),
    );
    return { id, values, supplier, products, members };
  }
}

/** An id as text (for messages and uniqueness). */
export const idText = (id: TenderId): string => (typeof id === 'object' ? id.text : String(id));

/**
 * Reads one tender. Nothing is evaluated: the problems list every field to fix (empty when the tender can
 * be evaluated by {@link evaluateTender}).
 * @example readTender(getSystem(), JSON.parse(readFileSync('examples/tender.json', 'utf8'))).problems // []
 */
export function readTender(
  system: TaxBenefitSystem,
  raw: unknown,
  options: ReadTenderOptions = {},
): { tender: TenderRecord; problems: TenderProblem[] } {
  const reader = new Reader(system, options);
  const problems = reader.problems;
  if (!reader.isObject(raw)) {
    problems.format([], 'not_an_object');
    return { tender: { id: '', values: new Map(), bids: [] }, problems: problems.list };
  }
  const id = reader.id(raw.id, ['id']);
  const values = reader.fields(raw, TENDER_FIELDS, ['id', 'bids'], ['date'], []);
  if (values.get('tender_evaluation_method') === comprehensiveIndex(system) && !values.has('tender_price_weight'))
    problems.format(['price_weight'], 'weight_required');
  if (raw.bids === undefined || raw.bids === null) problems.format(['bids'], 'missing');
  else if (Array.isArray(raw.bids) && raw.bids.length === 0) problems.format(['bids'], 'no_bids');
  const seen = new Set<string>();
  const bids = reader.list(raw.bids, ['bids']).map((bid, k) => reader.bid(bid, k, seen));
  return { tender: { id, values, bids }, problems: problems.list };
}
