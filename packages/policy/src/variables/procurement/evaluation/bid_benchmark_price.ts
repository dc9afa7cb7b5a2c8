import { defineVariable, vector } from '../../../model-api.ts';
import { CAIKU_2007_2, CAIKU_2011_181, P, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';
import { groupMin } from '../rank-within-groups.ts';

/**
 * The benchmark price of the bid's tender (评标基准价): the lowest price among the tender's compliant
 * bids (财库〔2007〕2号, secondary). Taken from the deducted prices — the documented default, unconfirmed
 * for 2012 (parameter `procurement.comprehensive_scoring.deducted_benchmark`, a secondary source) —
 * or, with that parameter false, from the original prices. 0 when the tender has no compliant bid.
 */
export const bid_benchmark_price = defineVariable({
  id: 'bid_benchmark_price',
  entity: 'bid',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '评标基准价', ko: '평가 기준가격', en: 'Benchmark price' },
  reference: [CAIKU_2007_2, { ...CAIKU_2011_181, article: '第五条' }],
  measures: ['gf2012-14/05.2'],
  unit: 'yuan',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const prices = vector.where(
          vector.fillBool(ctx.n, ctx.paramBool(P.deductedBenchmark)),
          ctx.number('bid_evaluated_price'),
          ctx.number('bid_price'),
        );
        return groupMin(ctx.link('tender').number('tender_index'), prices, ctx.bool('bid_compliant'), 0);
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
