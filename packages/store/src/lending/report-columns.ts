/**
 * The columns of a lending report file or JSON body: each field by its id (`all_loan_balance`), or by the
 * label of its policy variable in any of the three languages (`各项贷款余额`, `전체 대출 잔액`, `All loans,
 * balance`), so a template downloaded in one language is read back in any.
 */
import type { Labels } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import { REPORT_FIGURES } from './lending-report.ts';

/** The fields of a report that are not policy variables, with their column labels. */
export const REPORT_KEY_FIELDS: Readonly<Record<'bank_id' | 'year' | 'quarter', Labels>> = {
  bank_id: { 'zh-CN': '银行代码', ko: '은행 코드', en: 'Bank code' },
  year: { 'zh-CN': '年度', ko: '연도', en: 'Year' },
  quarter: { 'zh-CN': '季度', ko: '분기', en: 'Quarter' },
};

/** Every field of a report in file order, with its labels. */
export function reportColumns(): readonly { field: string; labels: Labels }[] {
  const system = getSystem();
  return [
    ...Object.entries(REPORT_KEY_FIELDS).map(([field, labels]) => ({ field, labels })),
    ...REPORT_FIGURES.map((f) => ({ field: f.variable, labels: system.variable(f.variable).label as Labels })),
  ];
}

const norm = (name: string) => name.trim().toLowerCase();

/**
 * A resolver of column names to field ids (ids and labels, any language, case-insensitive); undefined
 * for a column that names no field.
 */
export function columnResolver(columns: readonly { field: string; labels: Labels }[]): (name: string) => string | undefined {
  const map = new Map<string, string>();
  for (const c of columns) {
    map.set(norm(c.field), c.field);
    for (const label of Object.values(c.labels)) map.set(norm(label), c.field);
  }
  return (name) => map.get(norm(name));
}
