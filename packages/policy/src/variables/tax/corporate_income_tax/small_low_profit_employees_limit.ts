import { defineVariable, EIT_REGULATIONS, vector } from '../../../model-api.ts';

const P = 'tax.corporate_income_tax.small_low_profit';

/** The employee limit of the small low-profit test: 100 for industrial enterprises, 80 for others (art. 92). */
export const small_low_profit_employees_limit = defineVariable({
  id: 'small_low_profit_employees_limit',
  entity: 'enterprise',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '小型微利企业从业人数上限', ko: '소형 저이윤 기업 종업원 수 상한', en: 'Small low-profit: employee limit' },
  reference: [{ ...EIT_REGULATIONS, article: '第九十二条' }],
  unit: 'person',
  formulas: [
    {
      from: '2008-01-01',
      formula: (ctx) =>
        vector.where(
          ctx.bool('is_industrial_enterprise'),
          ctx.param(`${P}.industrial.employees_limit`),
          ctx.param(`${P}.other.employees_limit`),
        ),
    },
  ],
});
