import { defineVariable, SIZE_STANDARD } from '../../model-api.ts';

/**
 * 从业人员: persons employed, the annual average where the tax rules ask for it (财税〔2009〕69号 art. 7,
 * including dispatched workers), so a fractional average is accepted.
 */
export const employees = defineVariable({
  id: 'employees',
  entity: 'enterprise',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '从业人员', ko: '종업원 수', en: 'Employees' },
  reference: [{ ...SIZE_STANDARD, article: '第四条' }],
  unit: 'person',
  min: 0,
});
