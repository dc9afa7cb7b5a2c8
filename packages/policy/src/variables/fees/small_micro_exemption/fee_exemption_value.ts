import { defineVariable } from '../../../model-api.ts';
import { FEE_NOTICE } from './fee-catalogue.ts';

/** What the fee exemption is worth to the enterprise in the year: the exempt fees it was charged that year. */
export const fee_exemption_value = defineVariable({
  id: 'fee_exemption_value',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '免征行政事业性收费金额', ko: '행정사업성 수수료 면제액', en: 'Fee exemption value' },
  reference: [FEE_NOTICE],
  measures: ['gf2012-14/06.1'],
  unit: 'yuan',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => ctx.members('fee_event', 'payer').sum('fee_event_exempt_amount'),
    },
    {
      from: '2015-01-01',
      formula: null,
      note: 'the exemption of 财综〔2011〕104号 ends on 2014-12-31; later documents are not encoded',
    },
  ],
});
