import { defineVariable, vector } from '../../../model-api.ts';
import { CAISHUI_2013_52, VAT_END, VAT_REGULATIONS } from './vat-references.ts';

const { mulRate, where } = vector;

/**
 * The VAT the exemption saves in the month: the month's sales × the small-scale rate (3%, VAT
 * Provisional Regulations art. 12 — not in the documents read, marked unconfirmed), where exempt. A quarterly
 * filer's months each count their own sales, so the quarter's three months add up to its VAT.
 */
export const small_scale_vat_relief = defineVariable({
  id: 'small_scale_vat_relief',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '免征的增值税额', ko: '면제된 증치세액', en: 'VAT exempted' },
  reference: [CAISHUI_2013_52, { ...VAT_REGULATIONS, article: '第十二条' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [
    {
      from: '2011-11-01',
      formula: (ctx) =>
        where(
          ctx.bool('small_scale_vat_exempt'),
          mulRate(ctx.number('vat_sales'), ctx.param('tax.vat_business_tax.small_scale_vat_rate')),
          0,
        ),
    },
    VAT_END,
  ],
});
