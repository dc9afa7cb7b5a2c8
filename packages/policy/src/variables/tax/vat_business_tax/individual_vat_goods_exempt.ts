import { defineVariable } from '../../../model-api.ts';
import { belowThreshold } from './individual-threshold.ts';
import { MOF_DECREE_65, VAT_REGULATIONS_END } from './vat-references.ts';

/**
 * An individual's monthly sales of goods below the province's VAT threshold: no VAT on them.
 * 财政部令第65号: below the threshold (未达到起征点) no tax; reaching it, the whole amount is taxed — a
 * cliff, not an allowance: at the threshold itself the individual is taxed. Where the province's figure
 * is neither encoded nor given, amounts below the national minimum are still exempt and amounts at or
 * above the national maximum still taxed; only an amount inside the range is an error.
 */
export const individual_vat_goods_exempt = defineVariable({
  id: 'individual_vat_goods_exempt',
  entity: 'individual',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '销售货物未达增值税起征点（免征）',
    ko: '재화 판매 증치세 징수기준 미달(면제)',
    en: 'Sales of goods below the VAT threshold (exempt)',
  },
  reference: [{ ...MOF_DECREE_65, article: '《增值税暂行条例实施细则》第三十七条（一）' }],
  measures: ['gf2012-14/02.1'],
  formulas: [
    {
      from: '2011-11-01',
      formula: (ctx) => belowThreshold(ctx, 'vat_goods_monthly', ctx.number('individual_vat_goods_sales'), 'individual_vat_goods_sales'),
    },
    VAT_REGULATIONS_END,
  ],
});
