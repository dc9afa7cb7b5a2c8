import { defineVariable, vector } from '../../../model-api.ts';
import { rateFractions } from '../exact-ratio.ts';
import { CAIKU_2011_181, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

const { mulRatio, sub } = vector;

/**
 * The price that enters the evaluation: the bid price less the deduction (181号 art. 5: "用扣除后的价格
 * 参与评审"), price × (1 − rate) as one exact fraction rounded once to the fen. The contract, if the bid
 * wins, is at the original `bid_price`.
 */
export const bid_evaluated_price = defineVariable({
  id: 'bid_evaluated_price',
  entity: 'bid',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '评审价格（扣除后）', ko: '평가 가격(공제 후)', en: 'Evaluated price (after deduction)' },
  reference: [{ ...CAIKU_2011_181, article: '第五条' }],
  measures: ['gf2012-14/05.2', 'gf2012-14/05.3'],
  unit: 'yuan',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const rate = rateFractions(ctx.number('bid_price_deduction_rate'));
        return mulRatio(ctx.number('bid_price'), sub(rate.den, rate.num), rate.den);
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
