import { crc32, createDeflateRaw } from 'node:zlib';
import { createStore, type Store, SYSTEM_ACTOR, seedDemo } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
import { UPLOAD_LIMITS } from '../src/routes/imports/upload-limits.ts';
import { call, testApp } from './helpers.ts';

/**
 * Uploads that unpack past a limit (zip bombs made here: small files that inflate to hundreds of
 * megabytes), and empty or binary CSV files: refused with a clear error naming the limit on every upload
 * path — registry imports, lending reports and loan records, tender bids — before anything is read.
 */

/** Content of one part: a buffer, or pieces produced one at a time (so hundreds of megabytes are never held). */
type Content = Buffer | (() => Iterable<Buffer>);

/** Deflates `content` as a stream; returns the compressed bytes, the CRC-32 and the unpacked size. */
async function deflate(content: Content): Promise<{ data: Buffer; crc: number; size: number }> {
  const stream = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  stream.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => stream.on('end', resolve));
  let crc = 0;
  let size = 0;
  for (const piece of typeof content === 'function' ? content() : [content]) {
    crc = crc32(piece, crc);
    size += piece.length;
    if (!stream.write(piece)) await new Promise((r) => stream.once('drain', r));
  }
  stream.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

/** A ZIP archive of deflated parts (what an .xlsx is). */
async function zip(parts: Record<string, Content>): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const { data, crc, size } = await deflate(content);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(n.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(dir, n);
    offset += local.length + n.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
/** The parts of a one-sheet workbook around a given sheet and shared-strings table. */
const workbook = (sheet: Content, shared: Content = Buffer.from(`${XML}<sst ${NS} count="0" uniqueCount="0"/>`)) =>
  zip({
    '[Content_Types].xml': Buffer.from(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    '_rels/.rels': Buffer.from(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': Buffer.from(
      `${XML}<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': Buffer.from(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': sheet,
    'xl/sharedStrings.xml': shared,
  });

const MB = 1024 * 1024;
/** `count` pieces of `piece` repeated to 1 MiB each. */
function* repeated(piece: string, totalBytes: number): Iterable<Buffer> {
  const block = Buffer.from(piece.repeat(Math.ceil(MB / piece.length)));
  for (let done = 0; done < totalBytes; done += block.length) yield block;
}
const sheetAround = (middle: () => Iterable<Buffer>) =>
  function* () {
    yield Buffer.from(`${XML}<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>`);
    yield* middle();
    yield Buffer.from('</sheetData></worksheet>');
  };

let store: Store;
let app: FastifyInstance;
const tokens = new Map<string, string>();

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 30 });
  app = await testApp({ store, authenticate: sessionAuthentication(store) });
  for (const username of ['admin', 'bank.demo', 'procurement.demo']) {
    const user = await store.users.findByUsername(username);
    if (!user) throw new Error(username);
    const token = newToken('xw_');
    await store.apiTokens.create({ token, userId: user.id, name: 'limits' }, { actor: SYSTEM_ACTOR });
    tokens.set(username, token);
  }
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const multipart = (file: Buffer, name: string, type: string) => {
  const boundary = '----xiaowei-limits';
  return {
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The upload paths: who may use them and where. */
const PATHS = [
  { who: 'admin', url: '/api/v1/imports' },
  { who: 'bank.demo', url: '/api/v1/lending/reports/upload' },
  { who: 'bank.demo', url: '/api/v1/lending/loans/upload' },
  { who: 'procurement.demo', url: '/api/v1/tenders/TD-LIMITS/bids/import' },
] as const;

const upload = (path: (typeof PATHS)[number], file: Buffer, name = 'f.xlsx', type = XLSX_TYPE, lang = 'en') =>
  call(app, {
    method: 'POST',
    url: `${path.url}?lang=${lang}`,
    ...multipart(file, name, type),
    headers: { ...multipart(file, name, type).headers, authorization: `Bearer ${tokens.get(path.who)}` },
  });

describe('workbooks that unpack past a limit', () => {
  beforeAll(async () => {
    const r = await call(app, {
      method: 'POST',
      url: '/api/v1/tenders',
      headers: { authorization: `Bearer ${tokens.get('procurement.demo')}` },
      payload: { id: 'TD-LIMITS', name: '上限', date: '2013-05-10', method: 'lowest_price', deduction_rate: '0.06' },
    });
    expect(r.status, r.body).toBe(201);
  });

  it('300 MB of whitespace in a small file: refused at the first over-long run, memory flat', async () => {
    const file = await workbook(sheetAround(() => repeated(' ', 300 * MB)));
    expect(file.length).toBeLessThan(1 * MB);
    const before = process.memoryUsage().rss;
    const r = await upload(PATHS[0], file);
    const grown = process.memoryUsage().rss - before;
    expect(r.status, r.body).toBe(413);
    expect(r.json).toMatchObject({ code: 'XW_ERR_UPLOAD_LIMIT', status: 413 });
    expect(r.json.message).toBe(
      'the uploaded file exceeds a limit: a cell text (or the blank between two tags) is longer than 32,767 characters (the limit of an Excel cell); nothing was read',
    );
    // Unpacked whole, the file would take hundreds of megabytes; checked as a stream it takes almost nothing.
    expect(grown).toBeLessThan(150 * MB);
  });

  it('a million and one shared strings: refused on every upload path, in every language', async () => {
    const shared = function* () {
      yield Buffer.from(`${XML}<sst ${NS}>`);
      yield* repeated('<si><t>a</t></si>', (UPLOAD_LIMITS.sharedStrings + 1) * 17);
      yield Buffer.from('</sst>');
    };
    const file = await workbook(
      sheetAround(() => []),
      shared,
    );
    expect(file.length).toBeLessThan(1 * MB);
    for (const path of PATHS) {
      const r = await upload(path, file);
      expect(r.status, `${path.url}: ${r.body}`).toBe(413);
      expect(r.json.message).toMatch(/more than 1,000,000 shared strings/);
    }
    expect((await upload(PATHS[0], file, 'f.xlsx', XLSX_TYPE, 'zh-CN')).json.message).toMatch(/共享字符串超过 1,000,000 个/);
    expect((await upload(PATHS[0], file, 'f.xlsx', XLSX_TYPE, 'ko')).json.message).toMatch(/공유 문자열이 1,000,000개를 넘습니다/);
  });

  it('one shared string of 32,768 characters: over the cell limit; 32,767 is within it', async () => {
    const one = (n: number) => Buffer.from(`${XML}<sst ${NS}><si><t>${'字'.repeat(n)}</t></si></sst>`);
    const sheet = Buffer.from(
      `${XML}<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
    );
    const over = await upload(PATHS[0], await workbook(sheet, one(32_768)));
    expect(over.status).toBe(413);
    expect(over.json.message).toMatch(/longer than 32,767 characters/);
    // At the limit the file is read (and the import judges its rows: here, a header without the registry's columns).
    const at = await upload(PATHS[0], await workbook(sheet, one(32_767)));
    expect(at.json.code).not.toBe('XW_ERR_UPLOAD_LIMIT');
  });

  it('more than 256 MiB unpacked in short pieces: refused naming the size', async () => {
    const file = await workbook(sheetAround(() => repeated('<row r="2"/>', UPLOAD_LIMITS.unpackedBytes + MB)));
    expect(file.length).toBeLessThan(2 * MB);
    const r = await upload(PATHS[0], file);
    expect(r.status).toBe(413);
    expect(r.json.message).toMatch(/it unpacks to more than 268,435,456 bytes/);
  });
});

describe('files with nothing to read', () => {
  const csvPaths = PATHS.filter((p) => !p.url.includes('tenders'));
  const headerOnly = async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s').addRow(['id', 'name']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it.each([
    ['empty', Buffer.alloc(0), /the file is empty/],
    ['a byte-order mark only', Buffer.from('\uFEFF'), /the file is empty/],
    ['blank lines', Buffer.from('\r\n\r\n  \n'), /the file is empty/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /not CSV text/],
    ['a header only', Buffer.from('id,name\r\n'), /no data rows after the header row/],
    ['one line of garbage', Buffer.from('qwertyuiop'), /no data rows after the header row/],
  ])('a CSV that is %s is refused as an empty workbook is, never "completed, 0 rows"', async (_, file, message) => {
    for (const path of csvPaths) {
      const r = await upload(path, file, 'f.csv', 'text/csv');
      expect(r.status, `${path.url}: ${r.body}`).toBe(400);
      expect(r.json.code).toBe('XW_ERR_VALIDATION');
      expect(JSON.stringify(r.json.problems)).toMatch(message);
    }
    // No import is on record as completed with nothing in it.
    const imports = (await store.imports.list({ limit: 100 })).items;
    expect(imports.filter((i) => i.status === 'completed' && i.totalRows === 0)).toEqual([]);
  });

  it('a workbook with a header and no rows is refused the same way', async () => {
    for (const path of PATHS) {
      const r = await upload(path, await headerOnly());
      expect(r.status, `${path.url}: ${r.body}`).toBe(400);
      expect(JSON.stringify(r.json.problems)).toMatch(/no data rows after the header row/);
    }
  });
});
