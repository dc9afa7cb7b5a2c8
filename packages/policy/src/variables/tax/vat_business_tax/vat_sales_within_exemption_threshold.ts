import { defineVariable, type FormulaContext, vector } from '../../../model-api.ts';
import { refuseQuarterStraddlingStart } from './filing-period.ts';
import { CAISHUI_2013_52, CAISHUI_2014_71, MOF_DECREE_65, SAT_2013_49, VAT_END } from './vat-references.ts';

const { fillBool, lte } = vector;

const within = (ctx: FormulaContext) =>
  // 公告2013年第49号: "not above" includes the threshold itself; above it the whole amount is taxed.
  lte(ctx.number('vat_filing_period_sales'), ctx.number('small_scale_vat_exemption_threshold'));

/**
 * The filing period's sales are not above the exemption threshold (≤, a cliff: 20,000.00 is
 * within, 20,000.01 is not and is taxed in full). Before 2013-08-01 enterprises had no threshold at all
 * (财政部令第65号 thresholds are for individuals only). Quarterly filers are not encoded for August and
 * September 2013: the exemption began inside that quarter and the documents read do not say how it applies.
 */
export const vat_sales_within_exemption_threshold = defineVariable({
  id: 'vat_sales_within_exemption_threshold',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '纳税期销售额未超过免税标准',
    ko: '납세기간 판매액이 면세 기준 이내',
    en: 'Filing-period sales within the VAT exemption threshold',
  },
  reference: [CAISHUI_2013_52, SAT_2013_49, CAISHUI_2014_71, MOF_DECREE_65],
  measures: ['gf2012-14/02.1'],
  formulas: [
    // 财政部令第65号: the thresholds apply to individuals only.
    { from: '2011-11-01', formula: (ctx) => fillBool(ctx.n, false) },
    {
      from: '2013-08-01',
      formula: (ctx) => {
        refuseQuarterStraddlingStart(ctx, 'vat_filing_frequency');
        return within(ctx);
      },
    },
    { from: '2013-10-01', formula: within },
    VAT_END,
  ],
});
