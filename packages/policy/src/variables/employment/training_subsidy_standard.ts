import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/**
 * The training-subsidy standard per person that applies to the hire, in yuan: fixed by the province
 * ("具体标准由省级财政、人力资源社会保障部门确定") and not known from the sources read, so given here. 0 means not
 * given: the province's encoded standard is used, and where there is none an eligible hire is an error.
 */
export const training_subsidy_standard = defineVariable({
  id: 'training_subsidy_standard',
  entity: 'graduate_hire',
  valueType: 'money',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '岗前培训费补贴标准（每人）', ko: '업무 전 교육비 보조금 표준(1인당)', en: 'Training subsidy standard per person' },
  reference: [ITEM_25, GRADUATE_NOTICE],
  measures: ['gf2012-14/25.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
