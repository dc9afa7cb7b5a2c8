import { defineVariable, EIT_REGULATIONS, vector } from '../../../model-api.ts';
import { NOT_ENCODED_AFTER_2027, SLP_2019 } from './small-low-profit-references.ts';

const P = 'tax.corporate_income_tax.small_low_profit';

/**
 * The asset limit of the small low-profit test: 30,000,000 yuan for industrial enterprises, 10,000,000 for
 * others (EIT Regulations art. 92); from 2019 one limit, 50,000,000, for every industry (财税〔2019〕13号
 * art. 2, continued to 2027-12-31 by 公告2023年第12号 art. 5).
 */
export const small_low_profit_total_assets_limit = defineVariable({
  id: 'small_low_profit_total_assets_limit',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '小型微利企业资产总额上限', ko: '소형 저이윤 기업 자산총액 상한', en: 'Small low-profit: total assets limit' },
  reference: [{ ...EIT_REGULATIONS, article: '第九十二条' }, SLP_2019],
  unit: 'yuan',
  formulas: [
    {
      from: '2008-01-01',
      formula: (ctx) =>
        vector.where(
          ctx.bool('is_industrial_enterprise'),
          ctx.param(`${P}.industrial.total_assets_limit`),
          ctx.param(`${P}.other.total_assets_limit`),
        ),
    },
    { from: '2019-01-01', formula: (ctx) => vector.fill(ctx.n, ctx.param(`${P}.total_assets_limit`)), reference: [SLP_2019] },
    NOT_ENCODED_AFTER_2027,
  ],
});
