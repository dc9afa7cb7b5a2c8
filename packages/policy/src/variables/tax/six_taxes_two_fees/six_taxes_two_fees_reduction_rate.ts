import { defineVariable, vector } from '../../../model-api.ts';
import { failWhere } from '../fail-where.ts';
import { CAISHUI_2019_13, MOF_SAT_2022_10, MOF_SAT_2023_12 } from './six-taxes-references.ts';

/**
 * The share of the "六税两费" reduced, for an eligible enterprise. 2019–2022: each province chose a rate up to
 * 50% (财税〔2019〕13号 第三条, 公告2022年第10号); no province's rate is encoded from a document read, so the
 * rate of an eligible enterprise is an error that says so (the ceiling is a parameter). From 2023 the
 * reduction is a national halving (公告2023年第12号 第二条). 0 for an enterprise not eligible.
 */
export const six_taxes_two_fees_reduction_rate = defineVariable({
  id: 'six_taxes_two_fees_reduction_rate',
  entity: 'enterprise',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '“六税两费”减征比例', ko: "'6세 2비' 감면율", en: 'Six-taxes-two-fees reduction rate' },
  reference: [
    { ...CAISHUI_2019_13, article: '第三条' },
    { ...MOF_SAT_2022_10, article: '第一条' },
    { ...MOF_SAT_2023_12, article: '第二条' },
  ],
  measures: ['gf2012-14/02.8'],
  unit: '/1',
  formulas: [
    {
      from: '2019-01-01',
      formula: (ctx) => {
        const eligible = ctx.bool('six_taxes_two_fees_reduction_eligible');
        const ceiling = ctx.param('tax.six_taxes_two_fees.reduction_ceiling');
        failWhere(
          ctx,
          eligible,
          () =>
            `in ${ctx.period.key} each province chose its rate up to ${ceiling * 100}% (财税〔2019〕13号 第三条; 公告2022年第10号), and no province's rate is encoded from a document read: the reduction is not computed`,
        );
        return vector.fill(ctx.n, 0);
      },
    },
    {
      from: '2023-01-01',
      formula: (ctx) =>
        vector.where(ctx.bool('six_taxes_two_fees_reduction_eligible'), ctx.param('tax.six_taxes_two_fees.national_rate'), 0),
    },
    { from: '2028-01-01', formula: null, note: '财政部 税务总局公告2023年第12号 runs to 2027-12-31: nothing is encoded after' },
  ],
});
