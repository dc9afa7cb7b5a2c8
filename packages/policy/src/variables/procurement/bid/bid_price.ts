import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** The price offered (投标报价), in yuan: the contract amount if the bid wins, whatever the deduction. */
export const bid_price = defineVariable({
  id: 'bid_price',
  entity: 'bid',
  valueType: 'money',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '投标报价', ko: '입찰 가격', en: 'Bid price' },
  reference: [{ ...CAIKU_2011_181, article: '第五条' }],
  measures: ['gf2012-14/05.2', 'gf2012-14/05.3'],
  unit: 'yuan',
  required: true,
  min: 0,
});
