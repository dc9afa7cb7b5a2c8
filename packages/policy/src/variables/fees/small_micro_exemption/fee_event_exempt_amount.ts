import { defineVariable, vector } from '../../../model-api.ts';
import { FEE_NOTICE } from './fee-catalogue.ts';

/** The amount the payer does not pay because the fee is exempt (0 for a fee that is charged). */
export const fee_event_exempt_amount = defineVariable({
  id: 'fee_event_exempt_amount',
  entity: 'fee_event',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '免征金额', ko: '면제 금액', en: 'Amount exempted' },
  reference: [FEE_NOTICE],
  measures: ['gf2012-14/06.1'],
  unit: 'yuan',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => vector.where(ctx.bool('fee_event_exempt'), ctx.number('fee_event_amount'), 0),
    },
    {
      from: '2015-01-01',
      formula: null,
      note: '财综〔2011〕104号 exempts fees charged up to 2014-12-31; later documents are not encoded',
    },
  ],
});
