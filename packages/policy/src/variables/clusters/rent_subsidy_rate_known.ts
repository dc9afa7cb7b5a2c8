import { defineVariable, vector } from '../../model-api.ts';
import { regionalValue } from '../../regions/regional-rate.ts';
import { ITEM_26, RENT_SUBSIDY } from './clusters-references.ts';

/**
 * Whether the rent subsidy's proportion is known: given (`rent_subsidy_proportion`) or encoded for the
 * enterprise's region. When it is not, `rent_subsidy` is 0 although the enterprise may be eligible —
 * the law grants "一定比例" and leaves the figure to local rules, none of which is encoded.
 */
export const rent_subsidy_rate_known = defineVariable({
  id: 'rent_subsidy_rate_known',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '租金补贴比例已知', ko: '임대료 보조 비율 확인됨', en: 'Rent subsidy proportion known' },
  reference: [ITEM_26],
  measures: ['gf2012-14/26.1'],
  permanent: 'item (二十六) of 国发〔2012〕14号 has no end date; the subsidy proportion and conditions are local inputs',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        vector.or(
          vector.gt(ctx.number('rent_subsidy_proportion'), 0),
          regionalValue(ctx, `${RENT_SUBSIDY}.proportion`, '', ctx.string('region')).known,
        ),
    },
  ],
});
