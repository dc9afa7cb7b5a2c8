import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2007_2, EVALUATION_METHODS } from '../procurement-references.ts';

/** How the tender's bids are evaluated: lowest evaluated price (最低评标价法) or comprehensive scoring (综合评分法). */
export const tender_evaluation_method = defineVariable({
  id: 'tender_evaluation_method',
  entity: 'tender',
  valueType: 'enum',
  possibleValues: EVALUATION_METHODS,
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '评标方法', ko: '평가 방법', en: 'Evaluation method' },
  reference: [CAIKU_2007_2],
  measures: ['gf2012-14/05.2'],
  default: 'lowest_price',
});
