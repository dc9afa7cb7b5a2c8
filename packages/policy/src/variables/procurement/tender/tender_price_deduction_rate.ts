import { defineVariable } from '../../../model-api.ts';
import { deductionRangeAtDates, requireDatesInPeriod, requireRateInRange } from '../column-checks.ts';
import {
  CAIKU_2011_181,
  P,
  PRICE_DEDUCTION_LINEAGE,
  PROCUREMENT_END_NOTE,
  PROCUREMENT_FROM,
  PROCUREMENT_UNTIL,
} from '../procurement-references.ts';

/**
 * The tender's small/micro deduction rate, checked against the legal range in force on the tender's
 * date, bounds included (ADR 0004): 6%–10% (181号 art. 5, procurement started 2012-01-01 … 2020-12-31);
 * from 2021-01-01 6%–10% for goods and services, 3%–5% for works (财库〔2020〕46号); from 2022-07-01
 * 10%–20% for goods and services (财库〔2022〕19号). A rate outside the range is an error naming the tender,
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
  reference: [{ ...CAIKU_2011_181, article: '第五条' }, ...PRICE_DEDUCTION_LINEAGE.slice(1)],
  measures: ['gf2012-14/05.2'],
  unit: '/1',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const days = ctx.date('tender_date');
        const rate = ctx.number('tender_deduction_rate');
        const used = ctx.members('bid', 'tender').any('bid_small_micro_deduction_eligible');
        const range = deductionRangeAtDates(ctx, P.smallMicro, P.smallMicroWorks, days, used, 'the tender');
        requireDatesInPeriod(ctx, days, 'the tender');
        requireRateInRange(ctx, rate, range, used, days, "the tender's small/micro price deduction rate");
        return rate;
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
