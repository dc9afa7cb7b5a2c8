import { defineVariable } from '../../../model-api.ts';
import { deductionRangeAtDates, requireDatesInPeriod, requireRateInRange } from '../column-checks.ts';
import { P, PRICE_DEDUCTION_LINEAGE, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

/**
 * The tender's consortium deduction rate, checked against the range in force on the tender's date,
 * bounds included, wherever a bid of the tender qualifies for it: 2%–3% (181号, secondary); from
 * 2021-01-01 2%–3% for goods and services, 1%–2% for works (财库〔2020〕46号); from 2022-07-01 4%–6% for
 * goods and services (财库〔2022〕19号).
 * Outside the range: an error naming the tender.
 */
export const tender_consortium_price_deduction_rate = defineVariable({
  id: 'tender_consortium_price_deduction_rate',
  entity: 'tender',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '联合体价格扣除比例（已核对）', ko: '컨소시엄 가격 공제율(검증됨)', en: 'Consortium deduction rate (checked)' },
  reference: PRICE_DEDUCTION_LINEAGE,
  measures: ['gf2012-14/05.3'],
  unit: '/1',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const days = ctx.date('tender_date');
        const rate = ctx.number('tender_consortium_deduction_rate');
        const used = ctx.members('bid', 'tender').any('bid_consortium_deduction_eligible');
        const range = deductionRangeAtDates(ctx, P.consortium, P.consortiumWorks, days, used, 'the tender');
        requireDatesInPeriod(ctx, days, 'the tender');
        requireRateInRange(ctx, rate, range, used, days, "the tender's consortium price deduction rate");
        return rate;
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
