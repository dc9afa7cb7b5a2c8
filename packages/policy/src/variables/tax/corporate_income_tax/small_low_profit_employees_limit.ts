import { defineVariable, EIT_REGULATIONS, vector } from '../../../model-api.ts';
import { NOT_ENCODED_AFTER_2027, SLP_2019 } from './small-low-profit-references.ts';

const P = 'tax.corporate_income_tax.small_low_profit';

/**
 * The employee limit of the small low-profit test: 100 for industrial enterprises, 80 for others (EIT
 * Regulations art. 92, kept by 财税〔2017〕43号 and 财税〔2018〕77号); from 2019 one limit, 300, for every
 * industry (财税〔2019〕13号 art. 2, continued to 2027-12-31 by 公告2023年第12号 art. 5).
 */
export const small_low_profit_employees_limit = defineVariable({
  id: 'small_low_profit_employees_limit',
  entity: 'enterprise',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '小型微利企业从业人数上限', ko: '소형 저이윤 기업 종업원 수 상한', en: 'Small low-profit: employee limit' },
  reference: [{ ...EIT_REGULATIONS, article: '第九十二条' }, SLP_2019],
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
    { from: '2019-01-01', formula: (ctx) => vector.fill(ctx.n, ctx.param(`${P}.employees_limit`)), reference: [SLP_2019] },
    NOT_ENCODED_AFTER_2027,
  ],
});
