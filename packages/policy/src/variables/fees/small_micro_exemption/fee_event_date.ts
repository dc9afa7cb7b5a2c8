import { defineVariable } from '../../../model-api.ts';
import { FEE_NOTICE } from './fee-catalogue.ts';

/** The day the fee was charged: the exemption covers fees charged 2012-01-01 … 2014-12-31. */
export const fee_event_date = defineVariable({
  id: 'fee_event_date',
  entity: 'fee_event',
  valueType: 'date',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '收费日期', ko: '수수료 징수일', en: 'Date charged' },
  reference: [FEE_NOTICE],
  measures: ['gf2012-14/06.1'],
  required: true,
});
