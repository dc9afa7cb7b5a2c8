import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2007_2 } from '../procurement-references.ts';

/**
 * The bid passed the compliance review (符合性审查). A non-compliant bid is neither the benchmark nor
 * scored nor ranked; it still shows its deduction.
 */
export const bid_compliant = defineVariable({
  id: 'bid_compliant',
  entity: 'bid',
  valueType: 'boolean',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '通过符合性审查', ko: '적격성 심사 통과', en: 'Compliant bid' },
  reference: [CAIKU_2007_2],
  measures: ['gf2012-14/05.2'],
  default: true,
});
