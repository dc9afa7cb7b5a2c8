import { defineVariable } from '../../../model-api.ts';
import { FEE_NOTICE } from './fee-catalogue.ts';

/** The amount of the fee as charged (or as it would be charged without the exemption), in yuan. */
export const fee_event_amount = defineVariable({
  id: 'fee_event_amount',
  entity: 'fee_event',
  valueType: 'money',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '收费金额', ko: '수수료 금액', en: 'Amount charged' },
  reference: [FEE_NOTICE],
  measures: ['gf2012-14/06.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
