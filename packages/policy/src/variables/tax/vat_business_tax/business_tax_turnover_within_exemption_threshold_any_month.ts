import { defineVariable, vector } from '../../../model-api.ts';
import { BUSINESS_TAX_END, businessTaxMonths, CAISHUI_2013_52, SAT_2013_49 } from './vat-references.ts';

/**
 * In at least one month of the year the filing period's turnover was within the exemption threshold:
 * the sales condition of the entitlement, month by month (the thresholds are monthly or quarterly).
 */
export const business_tax_turnover_within_exemption_threshold_any_month = defineVariable({
  id: 'business_tax_turnover_within_exemption_threshold_any_month',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '年内有月份营业额未超过免税标准',
    ko: '연중 영업액이 면세 기준 이내인 달이 있음',
    en: 'Turnover within the business-tax exemption threshold in some month',
  },
  reference: [CAISHUI_2013_52, SAT_2013_49],
  measures: ['gf2012-14/02.1'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        let any = vector.fillBool(ctx.n, false);
        for (const month of businessTaxMonths(ctx.period))
          any = vector.or(any, ctx.bool('business_tax_turnover_within_exemption_threshold', month));
        return any;
      },
    },
    { ...BUSINESS_TAX_END, from: '2017-01-01' },
  ],
});
