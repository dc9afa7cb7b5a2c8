import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** A project reserved for SMEs (专门面向中小企业采购): part of the set-aside, and no price deduction in it (181号 art. 5). */
export const tender_reserved_for_sme = defineVariable({
  id: 'tender_reserved_for_sme',
  entity: 'tender',
  valueType: 'boolean',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '专门面向中小企业采购', ko: '중소기업 전용 구매', en: 'Reserved for SMEs' },
  reference: [{ ...CAIKU_2011_181, article: '第五条' }],
  measures: ['gf2012-14/05.1', 'gf2012-14/05.2'],
  default: false,
});
