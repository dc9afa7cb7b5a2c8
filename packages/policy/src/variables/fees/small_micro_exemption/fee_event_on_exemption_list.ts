import { defineVariable } from '../../../model-api.ts';
import { FEE_NOTICE, listedOnDates } from './fee-catalogue.ts';

/**
 * Whether the fee is on an exemption list in force on the day it was charged: the national list of
 * 财综〔2011〕104号 (2012-01-01 … 2014-12-31), or the list its province added. Each fee's `exempt`
 * is a dated parameter read at the member's own date, so the trace cites the notice and its window.
 * Who paid does not matter here (see fee_event_exempt).
 */
export const fee_event_on_exemption_list = defineVariable({
  id: 'fee_event_on_exemption_list',
  entity: 'fee_event',
  valueType: 'boolean',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '收费项目在免征清单内', ko: '면제 목록에 포함된 수수료', en: 'Fee on an exemption list' },
  reference: [FEE_NOTICE],
  measures: ['gf2012-14/06.1'],
  permanent:
    'whether a fee is on the list of 财综〔2011〕104号 is a fact of that list; whether the exemption applies on the day is the answer of fee_event_exemption_reason',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => listedOnDates(ctx, ctx.enum('fee_event_code'), ctx.string('fee_event_region'), ctx.date('fee_event_date')),
    },
  ],
});
