import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify, evaluate } from '@xiaowei/cli';
import { describe, expect, it } from 'vitest';
import { post, testApp } from './helpers.ts';

/** CLI and HTTP: the same records through both give the same results (STYLE.md: one conformance suite, two implementations). */
const FILE = fileURLToPath(new URL('../../../examples/enterprises.json', import.meta.url));
const records = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>[];

describe('the API agrees with the CLI', () => {
  it('on evaluate', async () => {
    const variables = 'size_class,is_small_low_profit,corporate_income_tax,taxable_income,revenue';
    const cli = JSON.parse(await evaluate(FILE, { period: '2015', variables, entity: 'enterprise', format: 'json', lang: 'en' })) as Record<
      string,
      unknown
    >[];
    const app = await testApp();
    const http = await post(app, `/api/v1/evaluate?period=2015&variables=${variables}`, { enterprises: records });
    expect(http.status).toBe(200);
    const fromHttp = http.json.results.map((r: { id: string; name?: string; values: object }) => ({
      id: r.id,
      ...(r.name ? { name: r.name } : {}),
      ...r.values,
    }));
    expect(fromHttp).toEqual(cli);
    await app.close();
  });

  it('on classify with explanations', async () => {
    for (const lang of ['zh-CN', 'ko', 'en'] as const) {
      const cli = JSON.parse(await classify(FILE, { format: 'json', period: '2013', lang, explain: true })) as Record<string, unknown>[];
      const app = await testApp();
      const http = await post(app, `/api/v1/classify?period=2013&lang=${lang}`, { enterprises: records });
      expect(http.status).toBe(200);
      http.json.results.forEach(
        (r: { size_class: string; industry_group: string; explanation: { text: string; checks: unknown[] } }, i: number) => {
          expect(r.size_class).toBe(cli[i].size_class);
          expect(r.industry_group).toBe(cli[i].industry_group);
          expect(r.explanation.text).toBe(cli[i].explanation);
          expect(r.explanation.checks).toEqual(cli[i].deciding);
        },
      );
      await app.close();
    }
  });
});
