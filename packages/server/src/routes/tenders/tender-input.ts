import { withPolicyNames } from '@xiaowei/app';
import { INPUT_MESSAGES, interpolate, parseMoney } from '@xiaowei/engine';
import { type BidInput, bidProblems, type TenderInput, type TenderPatch, tenderProblems } from '@xiaowei/store';
import { AppError, type Problem } from '../../errors/app-error.ts';
import { apiPath } from './tender-errors.ts';

/**
 * API bodies (snake_case, yuan, decimals as numbers or text) → the store's tender input (fen, decimal
 * text). Every problem of every field and bid is reported at once, in the store's three-language words,
 * at its JSON pointer; nothing is written while one remains.
 */

type Raw = Record<string, unknown>;

/** A decimal as exact text: text as given (trimmed), a JSON number by its shortest text (0.08 → '0.08'). */
export function decimalText(v: unknown): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NaN';
  return String(v).trim();
}

const BOTH_NAMES = {
  'zh-CN': '“{old}”是“{name}”的旧名称，请只给出“{name}”',
  ko: '“{old}”은(는) “{name}”의 이전 이름입니다. “{name}”만 주십시오',
  en: '"{old}" is the old name of "{name}": give "{name}" only',
};

/**
 * `raw` in the policy's vocabulary: the names of 0.1 (`size_class` of a bid or product, `large_trademark`)
 * are accepted for one release; an old name given with its new one is a problem at the old one.
 */
function policyNames(level: 'bid' | 'product', raw: Raw, path: string, problems: Problem[]): Raw {
  const { raw: renamed, both } = withPolicyNames(level, raw);
  for (const old of both) {
    const name = level === 'bid' ? 'supplier_size_class' : old === 'size_class' ? 'manufacturer_size_class' : 'large_enterprise_trademark';
    problems.push({ path: `${path}/${old}`, field: old, message: interpolate(BOTH_NAMES, { old, name }) });
  }
  return renamed;
}

/** Reads one bid at `path` (a JSON pointer), adding its problems. */
export function readBid(given: Raw, path: string, problems: Problem[]): BidInput {
  const raw = policyNames('bid', given, path, problems);
  const priceFen = typeof raw.price === 'number' || typeof raw.price === 'string' ? parseMoney(raw.price) : undefined;
  if (priceFen === undefined)
    problems.push({
      path: `${path}/price`,
      field: 'price',
      message: interpolate(INPUT_MESSAGES.not_an_amount, { value: String(raw.price) }),
    });
  const list = (v: unknown) => (Array.isArray(v) ? (v as Raw[]) : []);
  const bid: BidInput = {
    bidId: String(raw.id ?? ''),
    supplierId: (raw.supplier_id as string | null | undefined) ?? null,
    supplierName: String(raw.supplier_name ?? ''),
    priceFen: priceFen ?? 0,
    technicalScore: decimalText(raw.technical_score) ?? null,
    compliant: raw.compliant !== false,
    declaredSizeClass: (raw.supplier_size_class as BidInput['declaredSizeClass']) ?? null,
    products: list(raw.products).map((given, k) => {
      const p = policyNames('product', given, `${path}/products/${k}`, problems);
      return {
        manufacturerId: (p.manufacturer_id as string | null | undefined) ?? null,
        manufacturerName: String(p.manufacturer_name ?? ''),
        sizeClass: p.manufacturer_size_class as BidInput['declaredSizeClass'] & string,
        largeTrademark: p.large_enterprise_trademark === true,
      };
    }),
    consortium: list(raw.consortium).map((m) => ({
      memberId: (m.member_id as string | null | undefined) ?? null,
      name: String(m.name ?? ''),
      sizeClass: m.size_class as BidInput['declaredSizeClass'] & string,
      share: decimalText(m.share) ?? '',
    })),
  };
  for (const p of bidProblems(bid)) {
    if (p.field === 'priceFen' && priceFen === undefined) continue;
    const at = apiPath(p.field);
    problems.push({ path: `${path}${at}`, field: at.slice(at.lastIndexOf('/') + 1), message: p.message });
  }
  return bid;
}

/** The bids of a body, with problems for ids given twice. */
export function readBids(raws: readonly Raw[], base: string, problems: Problem[]): BidInput[] {
  const seen = new Set<string>();
  return raws.map((raw, k) => {
    const bid = readBid(raw, `${base}/${k}`, problems);
    if (seen.has(bid.bidId))
      problems.push({
        path: `${base}/${k}/id`,
        field: 'id',
        message: interpolate(
          { 'zh-CN': '投标编号“{id}”重复', ko: '입찰 번호 “{id}”이(가) 중복됩니다', en: 'duplicate bid id "{id}"' },
          { id: bid.bidId },
        ),
      });
    seen.add(bid.bidId);
    return bid;
  });
}

/** The tender fields of a body (`partial`: a PUT, only the fields given). */
export function readTenderFields(body: Raw, partial: boolean, problems: Problem[]): TenderPatch & { id?: string } {
  const out: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) out[key] = value;
  };
  set('id', body.id);
  set('name', body.name);
  set('projectId', body.project_id);
  set('tenderDate', body.date);
  set('method', body.method);
  set('priceWeight', decimalText(body.price_weight));
  set('deductionRate', decimalText(body.deduction_rate));
  set('consortiumDeductionRate', decimalText(body.consortium_deduction_rate));
  set('reservedForSme', body.reserved_for_sme);
  const fields = out as TenderPatch & { id?: string };
  for (const p of tenderProblems(fields, !partial)) {
    const at = apiPath(p.field);
    problems.push({ path: at, field: at.slice(1), message: p.message });
  }
  return fields;
}

/** A whole tender body (create or submit): its fields and bids, or XW_ERR_VALIDATION with every problem. */
export function readTenderBody(body: Raw): TenderInput & { bids: BidInput[] } {
  const problems: Problem[] = [];
  const fields = readTenderFields(body, false, problems);
  const bids = readBids(Array.isArray(body.bids) ? (body.bids as Raw[]) : [], '/bids', problems);
  if (problems.length > 0) throw AppError.validation(problems);
  return { ...(fields as TenderInput), bids };
}
