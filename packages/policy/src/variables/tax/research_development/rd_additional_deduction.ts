import { defineVariable, EIT_REGULATIONS, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { mulRates } from '../mul-rates.ts';

const { add } = vector;

/**
 * The R&D super-deduction of the year (研究开发费用加计扣除), on top of the ordinary deduction: the
 * additional share (`rd_additional_rate`: 50% under art. 95, 75% and 100% under its successors) of the
 * expensed R&D costs, plus for intangibles formed by R&D the extra amortisation from amortising (1 + share)
 * of their cost. Each part is rounded once to the fen.
 */
export const rd_additional_deduction = defineVariable({
  id: 'rd_additional_deduction',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '研究开发费用加计扣除额', ko: '연구개발비 추가공제액', en: 'R&D additional deduction' },
  reference: [
    { ...EIT_REGULATIONS, article: '第九十五条' },
    { ...GUOFA_2012_14, article: '（十三）' },
  ],
  measures: ['gf2012-14/13.1'],
  unit: 'yuan',
  permanent: 'it follows rd_additional_rate, whose 100% from 2023 is a standing rule (财政部 税务总局公告2023年第7号)',
  formulas: [
    {
      from: '2008-01-01',
      formula: (ctx) => {
        const rate = ctx.number('rd_additional_rate');
        // Art. 95: expensed costs are deducted as incurred and, in addition, the additional share of them.
        const expensed = mulRates(ctx.number('rd_expensed_costs'), rate);
        // Art. 95 and its successors: intangibles are amortised on (1 + share) of cost; the amortisation on
        // 100% is ordinary, so the extra is the share of the year's amortisation on cost.
        const intangible = mulRates(ctx.number('rd_intangible_amortisation'), rate);
        return add(expensed, intangible);
      },
    },
  ],
});
