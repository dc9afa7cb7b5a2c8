import { defineVariable, GUOFA_2012_14 } from '../../../model-api.ts';
import { mulRates } from '../mul-rates.ts';
import { CAISHUI_2019_13, MOF_SAT_2023_12 } from './six-taxes-references.ts';

/**
 * The "六税两费" reduced in the year: the taxes and fees due × the reduction rate, rounded once to the fen.
 * Reductions the enterprise enjoys under other rules are added on top (叠加享受, 财税〔2019〕13号 第四条):
 * `six_taxes_two_fees_due` is the amount before this reduction.
 */
export const six_taxes_two_fees_reduction = defineVariable({
  id: 'six_taxes_two_fees_reduction',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '“六税两费”减征额', ko: "'6세 2비' 감면액", en: 'Six-taxes-two-fees reduction' },
  reference: [
    { ...CAISHUI_2019_13, article: '第三条、第四条' },
    { ...MOF_SAT_2023_12, article: '第二条' },
    { ...GUOFA_2012_14, article: '（二）' },
  ],
  measures: ['gf2012-14/02.8'],
  unit: 'yuan',
  formulas: [
    {
      from: '2019-01-01',
      formula: (ctx) => mulRates(ctx.number('six_taxes_two_fees_due'), ctx.number('six_taxes_two_fees_reduction_rate')),
    },
    { from: '2028-01-01', formula: null, note: '财政部 税务总局公告2023年第12号 runs to 2027-12-31: nothing is encoded after' },
  ],
});
