import { defineVariable, EIT_REGULATIONS } from '../../../model-api.ts';

/** R&D costs of new technologies, products and processes charged to the year's profit and loss (no intangible asset formed), in yuan. */
export const rd_expensed_costs = defineVariable({
  id: 'rd_expensed_costs',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '计入当期损益的研究开发费用', ko: '당기 손익에 산입한 연구개발비', en: 'R&D costs expensed in the year' },
  reference: [{ ...EIT_REGULATIONS, article: '第九十五条' }],
  measures: ['gf2012-14/13.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
