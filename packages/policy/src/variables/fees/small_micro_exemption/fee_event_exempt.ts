import { defineVariable, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { FEE_EXEMPTION_REASONS } from './fee_event_exemption_reason.ts';
import { FEE_NOTICE } from './fee-catalogue.ts';

/**
 * Whether the fee, charged in the year asked, is exempt, judged on the day it was charged (ADR 0004): in
 * force that day (财综〔2011〕104号: 2012-01-01 … 2014-12-31), on the list of its region that day, and its
 * payer small or micro that year (300号) and not in a restricted industry. A fee is judged in the year it
 * was charged — asked for another year it is not exempt there — so an enterprise's yearly sum counts each
 * fee once. Why not: `fee_event_exemption_reason`.
 */
export const fee_event_exempt = defineVariable({
  id: 'fee_event_exempt',
  entity: 'fee_event',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '免征该项收费', ko: '수수료 면제 여부', en: 'Fee exempt' },
  reference: [FEE_NOTICE, { ...SIZE_STANDARD, article: '第四条' }],
  measures: ['gf2012-14/06.1'],
  permanent: 'it follows fee_event_exemption_reason: 财综〔2011〕104号 ended on 2014-12-31 and a later fee is answered ended',
  formulas: [
    {
      from: '2011-06-18',
      fromInsidePeriod: true,
      formula: (ctx) => vector.enumIs(ctx.enum('fee_event_exemption_reason'), FEE_EXEMPTION_REASONS.indexOf('exempt')),
    },
  ],
});
