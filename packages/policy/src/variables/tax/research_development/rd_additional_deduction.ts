import { defineVariable, EIT_REGULATIONS, GUOFA_2012_14, vector } from '../../../model-api.ts';

const { add, mulRate, sub } = vector;
const P = 'tax.research_development';

/**
 * The R&D super-deduction of the year (研究开发费用加计扣除), on top of the ordinary deduction: 50% of
 * the expensed R&D costs, plus for intangibles formed by R&D the extra amortisation from amortising
 * 150% of their cost. Each part is rounded once to the fen.
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
  formulas: [
    {
      from: '2008-01-01',
      formula: (ctx) => {
        // Art. 95: expensed costs are deducted as incurred and, in addition, 50% of them.
        const expensed = mulRate(ctx.number('rd_expensed_costs'), ctx.param(`${P}.expensed_additional_rate`));
        // Art. 95: intangibles are amortised on 150% of cost; the amortisation on 100% is ordinary.
        const amortisation = ctx.number('rd_intangible_amortisation');
        const intangible = sub(mulRate(amortisation, ctx.param(`${P}.intangible_amortisation_rate`)), amortisation);
        return add(expensed, intangible);
      },
    },
  ],
});
