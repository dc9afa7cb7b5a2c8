import { defineVariable, vector } from '../../../model-api.ts';
import { CAISHUI_2013_52, SAT_2013_49, VAT_END } from './vat-references.ts';

/**
 * In at least one month of the year the filing period's sales was within the exemption threshold:
 * the sales condition of the entitlement, month by month (the thresholds are monthly or quarterly).
 */
export const vat_sales_within_exemption_threshold_any_month = defineVariable({
  id: 'vat_sales_within_exemption_threshold_any_month',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '年内有月份销售额未超过免税标准',
    ko: '연중 판매액이 면세 기준 이내인 달이 있음',
    en: 'Sales within the VAT exemption threshold in some month',
  },
  reference: [CAISHUI_2013_52, SAT_2013_49],
  measures: ['gf2012-14/02.1'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        let any = vector.fillBool(ctx.n, false);
        for (const month of ctx.period.split('month')) any = vector.or(any, ctx.bool('vat_sales_within_exemption_threshold', month));
        return any;
      },
    },
    VAT_END,
  ],
});
