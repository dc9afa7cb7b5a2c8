/**
 * Column names people use in registry spreadsheets (Chinese first), mapped to the fields of an import
 * row. Besides these, any enterprise input variable of the policy is accepted by its id or by its label
 * in any language ('从业人员', 'Total assets', '자산총액').
 */
import type { TaxBenefitSystem } from '@xiaowei/engine';

/** Fields of an import row that are not policy variables. */
export const ROW_FIELDS = ['id', 'name', 'year', 'registered_capital', 'credit_code'] as const;

const ALIASES: Readonly<Record<string, string>> = {
  // Identity
  统一社会信用代码: 'id',
  社会信用代码: 'id',
  信用代码: 'id',
  企业编号: 'id',
  编号: 'id',
  '기업 번호': 'id',
  // The GB 32100-2015 code an enterprise signs in with (migration 0013), when the id is another number.
  '统一社会信用代码（GB 32100）': 'credit_code',
  '통일사회신용코드(GB 32100)': 'credit_code',
  'unified social credit code (GB 32100)': 'credit_code',
  'credit code': 'credit_code',
  企业名称: 'name',
  名称: 'name',
  单位名称: 'name',
  기업명: 'name',
  '기업 이름': 'name',
  'enterprise name': 'name',
  年度: 'year',
  年份: 'year',
  统计年度: 'year',
  연도: 'year',
  // Where and what
  所属地区: 'region',
  地区: 'region',
  所在地区: 'region',
  行政区划代码: 'region',
  地区代码: 'region',
  region_code: 'region',
  지역: 'region',
  行业: 'industry',
  行业代码: 'industry',
  所属行业: 'industry',
  업종: 'industry',
  成立日期: 'founded',
  成立时间: 'founded',
  설립일: 'founded',
  注册资本: 'registered_capital',
  '注册资本（元）': 'registered_capital',
  'registered capital': 'registered_capital',
  등록자본: 'registered_capital',
  // Figures
  从业人员: 'employees',
  从业人数: 'employees',
  从业人员数: 'employees',
  '从业人员（人）': 'employees',
  营业收入: 'revenue',
  '营业收入（元）': 'revenue',
  资产总额: 'total_assets',
  '资产总额（元）': 'total_assets',
  应纳税所得额: 'taxable_income',
  '应纳税所得额（元）': 'taxable_income',
  利润总额: 'total_profit',
  '利润总额（元）': 'total_profit',
  限制行业: 'restricted_industry',
  限制或禁止行业: 'restricted_industry',
};

/**
 * A function from a column name as written to the field it holds, or undefined when unknown.
 * @example columnNames(getSystem())('营业收入') // 'revenue'
 */
export function columnNames(system: TaxBenefitSystem): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  const add = (name: string, field: string) => {
    const key = name.trim().toLowerCase();
    if (!byName.has(key)) byName.set(key, field);
  };
  for (const field of ROW_FIELDS) add(field, field);
  for (const [name, field] of Object.entries(ALIASES)) add(name, field);
  for (const v of system.variables.values()) {
    if (v.entity !== 'enterprise' || !v.isInput) continue;
    add(v.id, v.id);
    for (const label of Object.values(v.label)) add(label, v.id);
  }
  return (name) => byName.get(name.trim().toLowerCase());
}
