import { defineVariable } from '../../../model-api.ts';
import { belowThreshold } from './individual-threshold.ts';
import { BUSINESS_TAX_END, MOF_DECREE_65 } from './vat-references.ts';

/**
 * An individual's monthly turnover below the province's business-tax threshold: no business tax.
 * 财政部令第65号: below the threshold (未达到起征点) no tax; reaching it, the whole amount is taxed — a
 * cliff, not an allowance: at the threshold itself the individual is taxed. Where the province's figure
 * is neither encoded nor given, amounts below the national minimum are still exempt and amounts at or
 * above the national maximum still taxed; only an amount inside the range is an error.
 */
export const individual_business_tax_exempt = defineVariable({
  id: 'individual_business_tax_exempt',
  entity: 'individual',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '营业额未达营业税起征点（免征）',
    ko: '영업액 영업세 징수기준 미달(면제)',
    en: 'Turnover below the business-tax threshold (exempt)',
  },
  reference: [{ ...MOF_DECREE_65, article: '《营业税暂行条例实施细则》第二十三条（一）' }],
  measures: ['gf2012-14/02.1'],
  formulas: [
    {
      from: '2011-11-01',
      formula: (ctx) =>
        belowThreshold(ctx, 'business_tax_monthly', ctx.number('individual_business_tax_turnover'), 'individual_business_tax_turnover'),
    },
    BUSINESS_TAX_END,
  ],
});
