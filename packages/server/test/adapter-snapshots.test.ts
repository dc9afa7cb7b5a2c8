import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.ts';

/**
 * The API's responses (status and body as sent) to the records of the examples and of the CLI's snapshot
 * fixtures, in every language: recorded before the records → outcomes path moved into @xiaowei/app
 * (issue 12) and compared after it, so that the move changes no response.
 */

const ROOT = new URL('../../../', import.meta.url);
const LANGS = ['zh-CN', 'ko', 'en'] as const;
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>[];
/** The CSV example's records as a client would send them: every value as text, blanks left out. */
const csv = (path: string) =>
  (parse(read(path), { columns: true }) as Record<string, string>[]).map((r) =>
    Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '')),
  );
const FIX = 'packages/cli/test/fixtures/snapshots';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.close();
});

type Case = readonly [url: string, body: unknown];

async function all(cases: readonly Case[]): Promise<string> {
  const parts: string[] = [];
  for (const [url, body] of cases) {
    const res = await app.inject({ method: 'POST', url, payload: body as object });
    const text = res.body.replace(/"request_id":"[^"]*"/g, '"request_id":"…"');
    parts.push(`POST ${url}\n${JSON.stringify(body).slice(0, 200)}\n${res.statusCode}\n${text}\n`);
  }
  return parts.join('\n');
}

const each = <T>(list: readonly T[], f: (x: T) => Case[]) => list.flatMap(f);

describe('API responses stay the same (snapshots)', () => {
  const examples = { csv: csv('examples/enterprises.csv'), json: json('examples/enterprises.json') };
  for (const [name, records] of Object.entries(examples)) {
    it(`classify, evaluate, entitlements, trace of the ${name} example`, async () => {
      const cases = each(LANGS, (lang) => [
        [`/api/v1/classify?period=2015&lang=${lang}`, { enterprises: records }],
        [`/api/v1/classify?period=2013&lang=${lang}`, records[1]],
        [
          `/api/v1/evaluate?period=2015&variables=corporate_income_tax,is_small_low_profit,size_class&lang=${lang}`,
          { enterprises: records },
        ],
        [`/api/v1/evaluate?period=2015&variables=corporate_income_tax&lang=${lang}`, records[2]],
        [`/api/v1/entitlements?period=2015&lang=${lang}`, { enterprises: records }],
        [`/api/v1/entitlements?period=2015&lang=${lang}`, records[0]],
        [`/api/v1/trace?period=2015&variable=corporate_income_tax&lang=${lang}`, records[2]],
        [`/api/v1/trace?period=2015&variable=size_class&lang=${lang}`, records[1]],
      ]);
      await expect(await all(cases)).toMatchFileSnapshot(`./__snapshots__/adapters/api-enterprises-${name}.txt`);
    });
  }

  it('unusual and bad inputs', async () => {
    const loans = json(`${FIX}/loans.json`);
    const periods = json(`${FIX}/periods.json`);
    const bad = json(`${FIX}/bad.json`);
    const missing = json(`${FIX}/missing.json`);
    const exact = json(`${FIX}/exact.json`);
    const e = json('examples/enterprises.json');
    const cases = each(LANGS, (lang) => [
      [
        `/api/v1/evaluate?entity=loan_contract&period=2013&variables=loan_contract_stamp_duty_exempt,loan_contract_stamp_duty&lang=${lang}`,
        { loan_contracts: loans },
      ],
      [`/api/v1/trace?entity=loan_contract&period=2013&variable=loan_contract_stamp_duty&lang=${lang}`, loans[0]],
      [
        `/api/v1/evaluate?period=2014-10&variables=vat_filing_period_sales,small_scale_vat_exempt&lang=${lang}`,
        { enterprises: periods.slice(0, 1) },
      ],
      [`/api/v1/evaluate?period=2014-10&variables=vat_filing_period_sales&lang=${lang}`, { enterprises: periods }],
      [`/api/v1/trace?period=2014-10&variable=small_scale_vat_exempt&lang=${lang}`, periods[0]],
      [`/api/v1/classify?period=2015&lang=${lang}`, { enterprises: bad }],
      [`/api/v1/evaluate?period=2015&variables=size_class&lang=${lang}`, { enterprises: bad }],
      [`/api/v1/entitlements?period=2015&lang=${lang}`, { enterprises: bad }],
      [`/api/v1/trace?period=2015&variable=size_class&lang=${lang}`, bad[0]],
      [`/api/v1/entitlements?period=2015&lang=${lang}`, { enterprises: missing }],
      [`/api/v1/evaluate?period=2015&variables=size_class&lang=${lang}`, { enterprises: missing }],
      [`/api/v1/trace?period=2015&variable=size_class&lang=${lang}`, missing[0]],
      [`/api/v1/classify?period=2015&lang=${lang}`, exact[0]],
      [`/api/v1/evaluate?period=2015&variables=corporate_income_tax&lang=${lang}`, { enterprises: exact }],
      [`/api/v1/entitlements?period=2015&lang=${lang}`, exact[0]],
      [`/api/v1/evaluate?period=2015&variables=size_clas&lang=${lang}`, e[0]],
      [`/api/v1/evaluate?period=2015&variables=loan_contract_stamp_duty&lang=${lang}`, e[0]],
      [`/api/v1/evaluate?period=2015&variables=size_class&entity=planet&lang=${lang}`, e[0]],
      [`/api/v1/evaluate?period=1990&variables=corporate_income_tax&lang=${lang}`, e[0]],
      [`/api/v1/classify?period=20x5&lang=${lang}`, e[0]],
      [`/api/v1/entitlements?period=1990&lang=${lang}`, e[0]],
      [`/api/v1/trace?period=1990&variable=corporate_income_tax&lang=${lang}`, e[0]],
      [`/api/v1/trace?period=2015&variable=corporate_income_tax&lang=${lang}`, { enterprises: e }],
    ]);
    await expect(await all(cases)).toMatchFileSnapshot('./__snapshots__/adapters/api-unusual-inputs.txt');
  });
});
