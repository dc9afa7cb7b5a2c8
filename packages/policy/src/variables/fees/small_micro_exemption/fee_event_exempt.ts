import { dayNumber } from '@xiaowei/engine';
import { defineVariable, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { FEE_NOTICE } from './fee-catalogue.ts';

const { and, gte, lte } = vector;

/**
 * Whether the fee, charged in the year asked, is exempt: it is on the list in force for its region
 * on the day it was charged, and its payer qualifies that year (small or micro under 300号, not in a
 * restricted industry: fee_exemption_eligible). A fee is judged in the year it was charged — asked
 * for another year it is not exempt there — so an enterprise's yearly sum counts each fee once.
 */
export const fee_event_exempt = defineVariable({
  id: 'fee_event_exempt',
  entity: 'fee_event',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '免征该项收费', ko: '수수료 면제 여부', en: 'Fee exempt' },
  reference: [FEE_NOTICE, { ...SIZE_STANDARD, article: '第四条' }],
  measures: ['gf2012-14/06.1'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const day = ctx.date('fee_event_date');
        const payer = ctx.link('payer');
        return and(
          ctx.bool('fee_event_on_exemption_list'),
          gte(day, dayNumber(ctx.period.start)),
          lte(day, dayNumber(ctx.period.stop)),
          payer.present(),
          payer.bool('fee_exemption_eligible'),
        );
      },
    },
    {
      from: '2015-01-01',
      formula: null,
      note: '财综〔2011〕104号 exempts fees charged up to 2014-12-31; later documents are not in POLICY-FACTS and are not encoded',
    },
  ],
});
