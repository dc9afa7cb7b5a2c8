import { describe, expect, it } from 'vitest';
import { validateEnterpriseRows } from '../src/index.ts';

const row = (over: Record<string, unknown> = {}) => ({
  统一社会信用代码: '91370200MA3C5X0001',
  企业名称: '青岛海纳电子有限公司',
  所属地区: '370202',
  行业: 'C3911',
  年度: '2013',
  从业人员: '85',
  营业收入: '1,900,000.50',
  资产总额: '10000000',
  应纳税所得额: '150000',
  利润总额: '-2000.5',
  成立日期: '2010-03-01',
  ...over,
});

describe('validateEnterpriseRows', () => {
  it('reads Chinese headers into typed rows, money exact in fen', () => {
    const { rows, problems } = validateEnterpriseRows([
      row(),
      row({ 统一社会信用代码: '91370200MA3C5X0002', 营业收入: '1000000000000.01' }),
    ]);
    expect(problems).toEqual([]);
    expect(rows[0]).toEqual({
      row: 2,
      id: '91370200MA3C5X0001',
      name: '青岛海纳电子有限公司',
      regionCode: '370202',
      industry: 'C3911',
      founded: '2010-03-01',
      registeredCapitalFen: null,
      year: 2013,
      employees: 85,
      revenueFen: 190_000_050,
      totalAssetsFen: 1_000_000_000,
      taxableIncomeFen: 15_000_000,
      totalProfitFen: -200_050,
      restrictedIndustry: null,
      inputs: null,
    });
    expect(rows[1].revenueFen).toBe(100_000_000_000_001);
  });

  it('accepts canonical names, labels in other languages and other policy inputs', () => {
    const { rows, problems } = validateEnterpriseRows(
      [
        {
          id: 'E1',
          name: 'Acme',
          region: '440305',
          industry: 'software_it',
          year: 2014,
          'Total assets': '5000',
          종업원: undefined,
          premises_rent: '12000.5',
          rents_premises: '是',
        },
      ],
      { lang: 'en' },
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ totalAssetsFen: 500_000, year: 2014, inputs: { premises_rent: '12000.5', rents_premises: true } });
  });

  it('reports every problem with row and column, in zh-CN, ko and en', () => {
    const records = [
      row(),
      row({ 统一社会信用代码: 'B', 营业收入: '12.345' }),
      row({ 统一社会信用代码: 'C', 所属地区: '990000', 从业人员: '-3.5' }),
      row({ 统一社会信用代码: 'D', 行业: 'J66', 企业名称: '' }),
      row({ 统一社会信用代码: 'E', 年度: '20x3', 成立日期: '2013-02-30' }),
      row(), // duplicate of row 2 (same id and year)
      row({ 统一社会信用代码: 'F', 备注: '无' }),
    ];
    const zh = validateEnterpriseRows(records);
    expect(zh.rows).toEqual([]);
    expect(zh.problems.map((p) => [p.row, p.column, p.field, p.code])).toEqual([
      [3, '营业收入', 'revenue', 'not_an_amount'],
      [4, '所属地区', 'region', 'region.unknown_province'],
      [4, '从业人员', 'employees', 'below_min'],
      [5, '行业', 'industry', 'industry.finance'],
      [5, '企业名称', 'name', 'missing_value'],
      [6, '成立日期', 'founded', 'not_a_date'],
      [6, '年度', 'year', 'bad_year'],
      [7, '统一社会信用代码', 'id', 'duplicate_row'],
      [8, '备注', '备注', 'unknown_column'],
    ]);
    const revenue = zh.problems[0];
    expect(revenue.message).toBe('“12.345”不是金额（元，最多两位小数）');
    expect(revenue.messages.ko).toBe('“12.345”은(는) 금액(위안, 소수점 둘째 자리까지)이 아닙니다');
    expect(revenue.messages.en).toBe('"12.345" is not an amount (yuan, at most two decimals)');
    expect(validateEnterpriseRows(records, { lang: 'ko' }).problems[7].message).toBe(
      '기업 91370200MA3C5X0001의 2013년 데이터가 중복됩니다(처음 2행)',
    );
    expect(validateEnterpriseRows(records, { lang: 'en' }).problems[8].message).toBe('unknown column "备注"');
    expect(zh.problems[3].message).toContain('金融业');
  });

  it('needs a year (or a default) and a region', () => {
    const { problems } = validateEnterpriseRows([{ 企业名称: '甲', 行业: 'retail' }], { lang: 'en', firstRow: 1 });
    expect(problems.map((p) => [p.row, p.field, p.message])).toEqual([
      [1, 'region', 'a value is required'],
      [1, 'year', 'a value is required'],
    ]);
    expect(validateEnterpriseRows([{ 企业名称: '甲', 行业: 'retail', 地区: '370200' }], { defaultYear: 2015 }).rows[0].year).toBe(2015);
  });

  it('stops collecting after maxProblems but keeps counting', () => {
    const records = Array.from({ length: 50 }, (_, i) => row({ 统一社会信用代码: `X${i}`, 营业收入: 'x' }));
    const r = validateEnterpriseRows(records, { maxProblems: 10 });
    expect(r.problems).toHaveLength(10);
    expect(r.problemCount).toBe(50);
  });
});
