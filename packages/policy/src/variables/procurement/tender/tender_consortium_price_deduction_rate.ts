import { defineVariable } from '../../../model-api.ts';
import { rangeAtDates, requireDatesInPeriod, requireRateInRange } from '../column-checks.ts';
import { CAIKU_2011_181, P, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

/**
 * The tender's consortium deduction rate, checked against the range in force on the tender's date
 * (2%–3% under 181号, secondary source; bounds included) wherever a bid of the tender qualifies for it.
 * Outside the range: an error naming the tender.
 */
export const tender_consortium_price_deduction_rate = defineVariable({
  id: 'tender_consortium_price_deduction_rate',
  entity: 'tender',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '联合体价格扣除比例（已核对）', ko: '컨소시엄 가격 공제율(검증됨)', en: 'Consortium deduction rate (checked)' },
  reference: [CAIKU_2011_181],
  measures: ['gf2012-14/05.3'],
  unit: '/1',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const days = ctx.date('tender_date');
        const range = rangeAtDates(ctx, P.consortiumMin, P.consortiumMax, days, 'the tender');
        requireDatesInPeriod(ctx, days, 'the tender');
        const rate = ctx.number('tender_consortium_deduction_rate');
        const used = ctx.members('bid', 'tender').any('bid_consortium_deduction_eligible');
        requireRateInRange(ctx, rate, range, used, days, "the tender's consortium price deduction rate");
        return rate;
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
