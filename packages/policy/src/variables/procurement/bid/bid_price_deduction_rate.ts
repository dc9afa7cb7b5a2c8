import { defineVariable, vector } from '../../../model-api.ts';
import { CAIKU_2011_181, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

const { where } = vector;

/**
 * The deduction applied to the bid's price in the evaluation: the tender's small/micro rate, or its
 * consortium rate, or none (`bid_deduction_reason` says which). Both rates are checked against the legal
 * range on the tender's date.
 */
export const bid_price_deduction_rate = defineVariable({
  id: 'bid_price_deduction_rate',
  entity: 'bid',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '价格扣除比例', ko: '가격 공제율', en: 'Price deduction rate' },
  reference: [{ ...CAIKU_2011_181, article: '第五条' }],
  measures: ['gf2012-14/05.2', 'gf2012-14/05.3'],
  unit: '/1',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const tender = ctx.link('tender');
        return where(
          ctx.bool('bid_small_micro_deduction_eligible'),
          tender.number('tender_price_deduction_rate'),
          where(ctx.bool('bid_consortium_deduction_eligible'), tender.number('tender_consortium_price_deduction_rate'), 0),
        );
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
