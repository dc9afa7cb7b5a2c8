import { defineVariable, vector } from '../../../model-api.ts';
import { mulRates } from '../mul-rates.ts';
import { requireBusinessTaxRate } from './business-tax-rate.ts';
import { yearOf } from './filing-period.ts';
import { BUSINESS_TAX_END, BUSINESS_TAX_REGULATIONS, CAISHUI_2013_52 } from './vat-references.ts';

const { where } = vector;

/**
 * The business tax the exemption saves in the month: the month's turnover × the enterprise's rate
 * (`business_tax_rate`, an input: rates depend on the taxable item and none is in the documents read), where
 * exempt. Exempt turnover with no rate given is an error, not a silent 0.
 */
export const business_tax_relief = defineVariable({
  id: 'business_tax_relief',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '免征的营业税额', ko: '면제된 영업세액', en: 'Business tax exempted' },
  reference: [CAISHUI_2013_52, { ...BUSINESS_TAX_REGULATIONS, article: '营业税税目税率表' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [
    {
      from: '2011-11-01',
      formula: (ctx) => {
        const exempt = ctx.bool('business_tax_exempt');
        const turnover = ctx.number('business_tax_turnover');
        const rate = ctx.number('business_tax_rate', yearOf(ctx.period));
        requireBusinessTaxRate(ctx, exempt, turnover, rate);
        return where(exempt, mulRates(turnover, rate), 0);
      },
    },
    BUSINESS_TAX_END,
  ],
});
