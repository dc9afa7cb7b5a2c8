import { defineVariable, type FormulaContext, vector } from '../../../model-api.ts';
import { failWhere } from '../fail-where.ts';
import { filesQuarterly, refuseQuarterStraddlingStart } from './filing-period.ts';
import { BUSINESS_TAX_END, CAISHUI_2013_52, CAISHUI_2014_71, MOF_DECREE_65, SAT_2013_49 } from './vat-references.ts';

const { fillBool, lte } = vector;

const within = (ctx: FormulaContext) =>
  // 公告2013年第49号: "not above" includes the threshold itself; above it the whole amount is taxed.
  lte(ctx.number('business_tax_filing_period_turnover'), ctx.number('business_tax_exemption_threshold'));

/**
 * The filing period's turnover is not above the exemption threshold (≤, a cliff: 20,000.00 is
 * within, 20,000.01 is not and is taxed in full). Before 2013-08-01 enterprises had no threshold at all
 * (财政部令第65号 thresholds are for individuals only). Quarterly filers are not encoded for August and
 * September 2013: the exemption began inside that quarter and the documents read do not say how it applies.
 */
export const business_tax_turnover_within_exemption_threshold = defineVariable({
  id: 'business_tax_turnover_within_exemption_threshold',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '纳税期营业额未超过免税标准',
    ko: '납세기간 영업액이 면세 기준 이내',
    en: 'Filing-period turnover within the business-tax exemption threshold',
  },
  reference: [CAISHUI_2013_52, SAT_2013_49, CAISHUI_2014_71, MOF_DECREE_65],
  measures: ['gf2012-14/02.1'],
  formulas: [
    // 财政部令第65号: the thresholds apply to individuals only.
    { from: '2011-11-01', formula: (ctx) => fillBool(ctx.n, false) },
    {
      from: '2013-08-01',
      formula: (ctx) => {
        refuseQuarterStraddlingStart(ctx, 'business_tax_filing_frequency');
        return within(ctx);
      },
    },
    { from: '2013-10-01', formula: within },
    {
      // The second quarter of 2016 straddles the end of business tax: a quarterly filer's April alone is
      // not a quarter, and how it was judged is not encoded (an error rather than a guess).
      from: '2016-04-01',
      formula: (ctx) => {
        failWhere(
          ctx,
          filesQuarterly(ctx, 'business_tax_filing_frequency'),
          () =>
            `files quarterly (business_tax_filing_frequency) in ${ctx.period.key}: business tax ended on 2016-05-01 (财税〔2016〕36号), inside the quarter, and how April's turnover was judged alone is not encoded`,
        );
        return within(ctx);
      },
    },
    BUSINESS_TAX_END,
  ],
});
