import { defineVariable, GUOFA_2012_14, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { FEE_NOTICE } from './fee-catalogue.ts';

/**
 * Whether the enterprise is exempt from the listed fees in the year: small or micro under the 2011
 * size standard (the test 财综〔2011〕104号 names) and not excluded by item 17. The exemption covers
 * whole calendar years, 2012 to 2014.
 */
export const fee_exemption_eligible = defineVariable({
  id: 'fee_exemption_eligible',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '享受行政事业性收费免征', ko: '행정사업성 수수료 면제 대상', en: 'Eligible for the fee exemption' },
  reference: [FEE_NOTICE, { ...SIZE_STANDARD, article: '第四条' }, { ...GUOFA_2012_14, article: '（六）、（十七）' }],
  measures: ['gf2012-14/06.1'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => vector.and(ctx.bool('is_small_or_micro'), ctx.bool('is_unrestricted_industry')),
    },
    {
      from: '2015-01-01',
      formula: null,
      note: 'the exemption of 财综〔2011〕104号 ends on 2014-12-31; later documents are not encoded',
    },
  ],
});
