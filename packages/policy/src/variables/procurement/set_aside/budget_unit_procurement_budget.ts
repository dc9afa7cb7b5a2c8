import { defineVariable, GUOFA_2012_14 } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** The budget unit's total government procurement project budget for the year (the base of the set-aside). */
export const budget_unit_procurement_budget = defineVariable({
  id: 'budget_unit_procurement_budget',
  entity: 'budget_unit',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '年度政府采购项目预算总额', ko: '연간 정부구매 프로젝트 예산 총액', en: 'Annual procurement budget' },
  reference: [CAIKU_2011_181, { ...GUOFA_2012_14, article: '（五）' }],
  measures: ['gf2012-14/05.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
