import { INPUT_MESSAGES, interpolate, type Lang, parseMoney } from '@xiaowei/engine';
import { type BidInput, bidProblems, type Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { AppError, type Problem } from '../../errors/app-error.ts';
import { xlsxRecords } from '../imports/read-upload.ts';
import {
  BID_COLUMNS,
  type BidColumn,
  CELL_MESSAGES,
  cellText,
  columnOf,
  readClass,
  readMembers,
  readProducts,
  readYesNo,
} from './bid-columns.ts';
import { withTenderErrors } from './tender-errors.ts';
import { decimalText } from './tender-input.ts';
import { tenderDetailJson } from './tender-json.ts';

/** Store bid fields → the column their problem is reported at. */
const COLUMN_OF_FIELD: Readonly<Record<string, BidColumn>> = {
  bidId: 'id',
  supplierId: 'supplier_id',
  supplierName: 'supplier_name',
  priceFen: 'price',
  technicalScore: 'technical_score',
  declaredSizeClass: 'supplier_size_class',
  products: 'products',
  consortium: 'consortium',
};

/**
 * Bids of an uploaded Excel file, all or none: every row is read and checked (each cell, then the bid as
 * the store checks it, then ids given twice or already in the tender), and if any problem is found none
 * is imported — XW_ERR_BIDS_REJECTED lists every problem by row, column (as written) and field in the
 * caller's language. Otherwise the bids are added after the tender's own in one transaction.
 */
export async function importBids(
  store: Store,
  scope: DataScope,
  actor: string,
  id: string,
  upload: { buffer: Buffer; fileName: string },
  lang: Lang,
): Promise<Record<string, unknown>> {
  const tender = await store.tenders.get(id, { scope });
  const existing = new Set(tender.bids.map((b) => b.bidId));
  const problems: Problem[] = [];
  const bids: BidInput[] = [];
  const seen = new Set<string>();
  let header: Map<string, BidColumn> | undefined;
  let row = 1;
  for await (const record of xlsxRecords(upload.buffer)) {
    row++;
    if (header === undefined) {
      header = new Map();
      for (const written of Object.keys(record)) {
        const key = columnOf(written);
        if (key) header.set(written, key);
        else if (written !== '')
          problems.push({
            path: '',
            row: 1,
            column: written,
            field: written,
            message: interpolate(CELL_MESSAGES.unknown_column, { value: written }),
          });
      }
      for (const c of BID_COLUMNS)
        if (c.required && ![...header.values()].includes(c.key))
          problems.push({
            path: '',
            row: 1,
            column: c.header[lang],
            field: c.key,
            message: interpolate(CELL_MESSAGES.missing_column, { value: c.header[lang] }),
          });
    }
    const cells: Partial<Record<BidColumn, unknown>> = {};
    const written: Partial<Record<BidColumn, string>> = {};
    for (const [h, key] of header) {
      cells[key] = record[h];
      written[key] = h;
    }
    const at = (key: BidColumn, message: Problem['message']) =>
      problems.push({
        path: '',
        row,
        column: written[key] ?? BID_COLUMNS.find((c) => c.key === key)?.header[lang] ?? key,
        field: key,
        message,
      });
    const before = problems.length;
    const priceText = cellText(cells.price);
    const priceFen = priceText === '' ? undefined : parseMoney(typeof cells.price === 'number' ? cells.price : priceText);
    if (priceText !== '' && priceFen === undefined) at('price', interpolate(INPUT_MESSAGES.not_an_amount, { value: priceText }));
    const sizeClass = readClass(cells.supplier_size_class);
    if (!sizeClass.ok) at('supplier_size_class', sizeClass.message);
    const compliant = readYesNo(cells.compliant, true);
    if (!compliant.ok) at('compliant', compliant.message);
    const products = readProducts(cells.products, lang);
    if (!products.ok) at('products', products.message);
    const members = readMembers(cells.consortium, lang);
    if (!members.ok) at('consortium', members.message);
    const bid: BidInput = {
      bidId: cellText(cells.id),
      supplierId: cellText(cells.supplier_id) || null,
      supplierName: cellText(cells.supplier_name),
      priceFen: priceFen ?? (priceText === '' ? Number.NaN : 0),
      technicalScore: decimalText(cellText(cells.technical_score)) ?? null,
      compliant: compliant.ok ? compliant.value : true,
      declaredSizeClass: sizeClass.ok ? sizeClass.value : null,
      products: products.ok ? products.value : [],
      consortium: members.ok ? members.value : [],
    };
    for (const p of bidProblems(bid)) {
      const key = COLUMN_OF_FIELD[p.field.split('.')[0]];
      if (key === 'price' && priceText !== '' && priceFen === undefined) continue;
      if (key) at(key, p.message);
    }
    if (bid.bidId !== '') {
      if (existing.has(bid.bidId)) at('id', interpolate(CELL_MESSAGES.existing_bid, { value: bid.bidId }));
      else if (seen.has(bid.bidId)) at('id', interpolate(CELL_MESSAGES.duplicate_bid, { value: bid.bidId }));
      seen.add(bid.bidId);
    }
    if (problems.length === before) bids.push(bid);
  }
  if (header === undefined || row === 1) problems.push({ path: '', row: 2, field: '', message: CELL_MESSAGES.no_rows });
  if (problems.length > 0) throw new AppError('XW_ERR_BIDS_REJECTED', { count: problems.length }, problems);
  return tenderDetailJson(
    await withTenderErrors(id, () => store.tenders.addBids(id, bids, { actor, scope, fileName: upload.fileName })),
    lang,
  );
}
