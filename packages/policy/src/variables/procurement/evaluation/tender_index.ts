import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2007_2, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';
import { positions } from '../rank-within-groups.ts';

/**
 * The tender's position among the tenders evaluated together (0, 1, …). Not a legal quantity: bids read
 * it through their `tender` link to be compared with the other bids of the same tender only.
 */
export const tender_index = defineVariable({
  id: 'tender_index',
  entity: 'tender',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '采购项目序号', ko: '조달 입찰 순번', en: 'Tender position' },
  reference: [CAIKU_2007_2],
  measures: ['gf2012-14/05.2'],
  formulas: [
    { from: PROCUREMENT_FROM, formula: (ctx) => positions(ctx.n) },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
