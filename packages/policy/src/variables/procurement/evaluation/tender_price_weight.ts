import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2007_2 } from '../procurement-references.ts';

/**
 * Weight of price in comprehensive scoring, in points out of 100 (a weight of 30% is 30 points): the
 * score of the bid at the benchmark price (财库〔2007〕2号: price weight × 100).
 */
export const tender_price_weight = defineVariable({
  id: 'tender_price_weight',
  entity: 'tender',
  valueType: 'number',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '价格分值（权重）', ko: '가격 점수 배점(가중치)', en: 'Price weight (points)' },
  reference: [CAIKU_2007_2],
  measures: ['gf2012-14/05.2'],
  unit: 'point',
  default: 0,
  min: 0,
  max: 100,
});
