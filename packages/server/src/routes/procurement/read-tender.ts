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
import type { Problem } from '../../errors/app-error.ts';

/**
 * Reading a tender as `xiaowei procurement evaluate` reads its JSON file: the fields of each level
 * map to input variables and are decoded with the variables' own checks; the rules of the tender
 * format (bids required, unique bid ids, price weight for comprehensive scoring, supplier figures or
 * a declared size, not both) are checked here. Every problem has its JSON pointer.
 */

/** The words of the tender format, in every language (shared with the CLI). */
export const TENDER_WORDS = TENDER_FORMAT_MESSAGES;

type Fields = Readonly<Record<string, string>>;
/** Decoded values of one object: variable id → value in column units. */
export type Values = TenderValues;
export type Id = string | number;
export type BidInput = TenderBid<Id>;

export interface TenderInput extends TenderData<Id> {
  /** JSON pointer of the tender in the body ('' for a single tender, `/2` in an array). */
  readonly base: string;
  /** Position in an array of tenders (from 1), undefined for a single tender. */
  readonly row: number | undefined;
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

class Problems {
  readonly list: Problem[] = [];
  constructor(
    private readonly base: string,
    private readonly row: number | undefined,
  ) {}
  add(path: string, message: Labels): void {
    const field = path.slice(path.lastIndexOf('/') + 1);
    this.list.push({ path: `${this.base}${path}`, ...(this.row !== undefined ? { row: this.row } : {}), field, message });
  }
}

function decodeFields(
  system: TaxBenefitSystem,
  raw: Raw,
  fields: Fields,
  nested: readonly string[],
  required: readonly string[],
  path: string,
  problems: Problems,
): Values {
  const values: Values = new Map();
  for (const [key, value] of Object.entries(raw)) {
    if (nested.includes(key)) continue;
    const id = fields[key];
    if (id === undefined) {
      problems.add(`${path}/${key}`, interpolate(INPUT_MESSAGES.unknown_field, { field: key }));
      continue;
    }
    if (value === null || value === undefined) continue;
    if (typeof value === 'object') {
      problems.add(`${path}/${key}`, TENDER_WORDS.not_a_value);
      continue;
    }
    const decoded = decodeValue(system.variable(id), value);
    if (typeof decoded === 'object') problems.add(`${path}/${key}`, decoded.message);
    else values.set(id, decoded);
  }
  for (const key of required) if (raw[key] === undefined || raw[key] === null) problems.add(`${path}/${key}`, TENDER_WORDS.missing);
  return values;
}

function list(raw: unknown, path: string, problems: Problems): Raw[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.add(path, TENDER_WORDS.not_a_list);
    return [];
  }
  return raw.flatMap((item, k) => {
    if (isObject(item)) return [item];
    problems.add(`${path}/${k}`, TENDER_WORDS.not_an_object);
    return [];
  });
}

function readId(raw: unknown, path: string, problems: Problems): Id {
  if (typeof raw === 'string' && raw.trim() !== '') return raw.trim();
  if (typeof raw === 'number') return raw;
  problems.add(path, raw === undefined || raw === null ? TENDER_WORDS.missing : TENDER_WORDS.bad_id);
  return '';
}

/** Reads one tender of the body (`base` its JSON pointer, `row` its position in an array). */
export function readTender(
  system: TaxBenefitSystem,
  raw: unknown,
  base: string,
  row: number | undefined,
): { tender: TenderInput; problems: Problem[] } {
  const problems = new Problems(base, row);
  const empty: TenderInput = { id: '', base, row, values: new Map(), bids: [] };
  if (!isObject(raw)) {
    problems.add('', TENDER_WORDS.not_an_object);
    return { tender: empty, problems: problems.list };
  }
  const id = readId(raw.id, '/id', problems);
  const values = decodeFields(system, raw, TENDER_FIELDS, ['id', 'bids'], ['date'], '', problems);
  if (values.get('tender_evaluation_method') === comprehensiveIndex(system) && !values.has('tender_price_weight'))
    problems.add('/price_weight', TENDER_WORDS.weight_required);
  if (raw.bids === undefined || raw.bids === null) problems.add('/bids', TENDER_WORDS.missing);
  else if (Array.isArray(raw.bids) && raw.bids.length === 0) problems.add('/bids', TENDER_WORDS.no_bids);
  const seen = new Set<string>();
  const bids = list(raw.bids, '/bids', problems).map((bid, k): BidInput => {
    const path = `/bids/${k}`;
    const bidId = readId(bid.id, `${path}/id`, problems);
    if (bidId !== '' && seen.has(String(bidId))) problems.add(`${path}/id`, interpolate(TENDER_WORDS.duplicate_id, { id: String(bidId) }));
    seen.add(String(bidId));
    const bidValues = decodeFields(system, bid, BID_FIELDS, ['id', 'products', 'consortium', 'supplier'], ['price'], path, problems);
    let supplier: Values | undefined;
    if (bid.supplier !== undefined && bid.supplier !== null) {
      if (!isObject(bid.supplier)) problems.add(`${path}/supplier`, TENDER_WORDS.not_an_object);
      else {
        if (bid.supplier_size_class !== undefined && bid.supplier_size_class !== null)
          problems.add(`${path}/supplier`, TENDER_WORDS.supplier_twice);
        supplier = decodeFields(system, bid.supplier, SUPPLIER_FIELDS, [], ['industry'], `${path}/supplier`, problems);
      }
    }
    const products = list(bid.products, `${path}/products`, problems).map((p, j) =>
      decodeFields(system, p, PRODUCT_FIELDS, [], ['manufacturer_size_class'], `${path}/products/${j}`, problems),
    );
    const members = list(bid.consortium, `${path}/consortium`, problems).map((m, j) =>
      decodeFields(system, m, MEMBER_FIELDS, [], ['size_class', 'share'], `${path}/consortium/${j}`, problems),
    );
    return { id: bidId, values: bidValues, supplier, products, members };
  });
  return { tender: { id, base, row, values, bids }, problems: problems.list };
}
