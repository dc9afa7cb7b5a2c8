import { defineVariable, EIT_LAW, vector } from '../../../model-api.ts';
import { NOT_ENCODED_AFTER_2027 } from './small-low-profit-references.ts';

const { max, mulRate, sub } = vector;

/** Income tax saved against the general 25% rate: the value of the small low-profit preferences (tax years 2012–2027, as corporate_income_tax). */
export const corporate_income_tax_relief = defineVariable({
  id: 'corporate_income_tax_relief',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '企业所得税减免额', ko: '기업소득세 감면액', en: 'Enterprise income tax relief' },
  reference: [{ ...EIT_LAW, article: '第二十八条' }, { document: '财税〔2011〕117号' }],
  unit: 'yuan',
  measures: ['gf2012-14/02.2'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        sub(
          mulRate(max(ctx.number('taxable_income'), 0), ctx.param('tax.corporate_income_tax.general_rate')),
          ctx.number('corporate_income_tax'),
        ),
    },
    NOT_ENCODED_AFTER_2027,
  ],
});
