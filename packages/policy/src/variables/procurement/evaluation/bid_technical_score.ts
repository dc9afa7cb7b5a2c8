import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2007_2 } from '../procurement-references.ts';

/** Points the bid scored on everything but price (technical, service, commercial factors) in comprehensive scoring. */
export const bid_technical_score = defineVariable({
  id: 'bid_technical_score',
  entity: 'bid',
  valueType: 'number',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '技术商务得分', ko: '기술·상업 점수', en: 'Technical score' },
  reference: [CAIKU_2007_2],
  measures: ['gf2012-14/05.2'],
  unit: 'point',
  default: 0,
  min: 0,
  max: 100,
});
