import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, testApp } from './helpers.ts';
import { pdfText } from './pdf-text.ts';

/**
 * The entitlement report (issue 16): an amount that needs an input not given is pending and named, never
 * 0 yuan counted; the report as a server-made PDF with the same content, in the user's language.
 */
describe('the entitlement report', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  // Retail, 2013: small (≥ 10 … here micro: < 10 employees); taxable income 50,000 yuan → relief 7,500 yuan
  // (half counted, taxed at 20%: 财税〔2011〕117号).
  const FIRM = { industry: 'F52', employees: 8, revenue: 800000, total_assets: 500000, taxable_income: 50000 };

  it('an eligible entitlement whose amount needs records not given is pending, and the total says it leaves it out', async () => {
    const r = await post(app, '/api/v1/entitlements?period=2013&lang=en', FIRM);
    expect(r.status).toBe(200);
    const { result } = r.json;
    expect(result.total_support_value).toBe(7500);
    expect(result.total_excludes).toEqual(['gf2012-14/02.4', 'gf2012-14/06.1']);
    const stamp = result.entitlements.find((e: { measure: string }) => e.measure === 'gf2012-14/02.4');
    expect(stamp).toMatchObject({
      eligible: true,
      value: 0,
      counted: false,
      pending: {
        for: 'amount',
        input: 'loan_contract',
        label: 'loan contracts signed in the year',
        message: 'give the loan contracts signed in the year to see the amount',
      },
    });
  });

  it('without the taxable income the report still answers: the income-tax relief waits for that figure, named by its label', async () => {
    const { taxable_income: _, ...firm } = FIRM;
    const r = await post(app, '/api/v1/entitlements?period=2013&lang=zh-CN', firm);
    expect(r.status).toBe(200);
    const slp = r.json.result.entitlements.find((e: { measure: string }) => e.measure === 'gf2012-14/02.2');
    expect(slp).toMatchObject({
      eligible: false,
      counted: false,
      pending: { for: 'eligibility', input: 'taxable_income', message: '提供“应纳税所得额”即可判断是否符合' },
    });
    expect(slp.conditions.find((c: { met: boolean }) => !c.met).advice).toBe('未提供“应纳税所得额”，无法判断此条件');
    expect(r.json.result.total_support_value).toBe(0);
  });

  it('POST /api/v1/entitlements/pdf: the report as a PDF — measures, amounts, what is pending and why not — in three languages', async () => {
    const expected = {
      'zh-CN': [
        '2013 年度政策权益报告',
        'F52（零售业）',
        '7,500.00 元',
        '合计不含金额待定的 2 项',
        'gf2012-14/02.2',
        '小型微利企业所得税减半征收',
        '7,500.00',
        '提供“年内签订的借款合同”即可算出金额',
        '不符合：增值税小规模纳税人',
        '第 1 页，共 1 页',
      ],
      ko: ['2013년 정책 혜택 보고서', '7,500.00위안', '“연내 체결한 대출계약”을(를) 입력하면 금액을 계산할 수 있습니다', '미충족:'],
      en: [
        'Entitlement report 2013',
        '7,500.00 yuan',
        'The total leaves out 2 whose amount is pending',
        'give the loan contracts signed in the year to see the amount',
        'not met: a small-scale VAT taxpayer',
        'Page 1 of 1',
      ],
    } as const;
    for (const lang of ['zh-CN', 'ko', 'en'] as const) {
      const r = await app.inject({ method: 'POST', url: `/api/v1/entitlements/pdf?period=2013&lang=${lang}`, payload: FIRM });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      expect(r.headers['content-disposition']).toBe('attachment; filename="entitlements-2013.pdf"');
      // Table cells and paragraphs wrap: compare with the line breaks and spaces taken out.
      const text = pdfText(r.rawPayload).join('').replace(/\s+/g, '');
      for (const part of expected[lang]) expect(text, `${lang}: ${part}`).toContain(part.replace(/\s+/g, ''));
    }
  });

  it('the PDF refuses a batch and a bad body as the report does, in the user language', async () => {
    const batch = await post(app, '/api/v1/entitlements/pdf?period=2013&lang=en', { enterprises: [FIRM, FIRM] });
    expect(batch.status).toBe(400);
    const bad = await post(app, '/api/v1/entitlements/pdf?period=2013&lang=en', { ...FIRM, employees: -1 });
    expect(bad.status).toBe(400);
    expect(bad.json.problems[0]).toMatchObject({ field: 'employees' });
  });
});
