import { defineVariable } from '../../../model-api.ts';
import { rangeAtDates, requireDatesInPeriod, requireRateInRange } from '../column-checks.ts';
import { CAIKU_2011_181, P, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

/**
 * The tender's small/micro deduction rate, checked against the legal range in force on the tender's
 * date (181号 art. 5: 6%–10%, bounds included). A rate outside the range is an error naming the tender,
 * not clamped: the purchaser can only fix a rate inside it. The check applies where the rate is used —
 * where a bid of the tender qualifies for the small/micro deduction; a tender dated when no rule is
 * encoded is an error in every case.
 */
export const tender_price_deduction_rate = defineVariable({
  id: 'tender_price_deduction_rate',
  entity: 'tender',
  valueType: 'number',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '小型微型企业价格扣除比例（已核对）',
    ko: '소형·영세기업 가격 공제율(검증됨)',
    en: 'Small/micro deduction rate (checked)',
  },
  reference: [{ ...CAIKU_2011_181, article: '第五条' }],
  measures: ['gf2012-14/05.2'],
  unit: '/1',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const days = ctx.date('tender_date');
        const range = rangeAtDates(ctx, P.smallMicroMin, P.smallMicroMax, days, 'the tender');
        requireDatesInPeriod(ctx, days, 'the tender');
        const rate = ctx.number('tender_deduction_rate');
        const used = ctx.members('bid', 'tender').any('bid_small_micro_deduction_eligible');
        requireRateInRange(ctx, rate, range, used, days, "the tender's small/micro price deduction rate");
        return rate;
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
