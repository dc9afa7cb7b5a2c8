import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2020_46, PROCUREMENT_TYPES } from '../procurement-references.ts';

/**
 * What the tender buys: goods (货物), services (服务) or works (工程). From 2021-01-01 (财库〔2020〕46号) works
 * have their own, lower deduction ranges, so a tender of that date whose rate is used must say which;
 * before, 财库〔2011〕181号 set one range for all and `unspecified` is enough.
 */
export const tender_procurement_type = defineVariable({
  id: 'tender_procurement_type',
  entity: 'tender',
  valueType: 'enum',
  possibleValues: PROCUREMENT_TYPES,
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '采购项目类别（货物、服务、工程）', ko: '조달 유형(물품·용역·공사)', en: 'Procurement type (goods, services, works)' },
  reference: [CAIKU_2020_46],
  measures: ['gf2012-14/05.2', 'gf2012-14/05.3'],
  default: 'unspecified',
});
