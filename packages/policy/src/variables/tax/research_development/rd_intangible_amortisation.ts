import { defineVariable, EIT_REGULATIONS } from '../../../model-api.ts';

/**
 * The year's amortisation of intangible assets formed by R&D, computed on their cost (100%), in yuan —
 * what would be deducted without the super-deduction. Art. 95 amortises them on 150% of their cost.
 */
export const rd_intangible_amortisation = defineVariable({
  id: 'rd_intangible_amortisation',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '研究开发形成的无形资产按成本计算的本年摊销额',
    ko: '연구개발로 형성된 무형자산의 원가 기준 당해 상각액',
    en: 'Amortisation in the year of R&D intangibles, on their cost',
  },
  reference: [{ ...EIT_REGULATIONS, article: '第九十五条' }],
  measures: ['gf2012-14/13.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
