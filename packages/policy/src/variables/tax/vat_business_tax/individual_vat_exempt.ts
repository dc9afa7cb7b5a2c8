import { defineVariable, vector } from '../../../model-api.ts';
import { MOF_DECREE_65, VAT_REGULATIONS_END } from './vat-references.ts';

/**
 * No VAT at all in the month: the sales of goods and the sales of taxable services each stay below
 * their threshold. The implementing rules give each its own range (art. 37 (一) and (二)), so each is
 * tested against its own figure; an individual with only one kind of sales has 0 of the other, which is
 * below every threshold.
 */
export const individual_vat_exempt = defineVariable({
  id: 'individual_vat_exempt',
  entity: 'individual',
  valueType: 'boolean',
  definitionPeriod: 'month',
  label: { 'zh-CN': '未达增值税起征点（免征增值税）', ko: '증치세 징수기준 미달(증치세 면제)', en: 'Below the VAT thresholds (no VAT)' },
  reference: [{ ...MOF_DECREE_65, article: '《增值税暂行条例实施细则》第三十七条' }],
  measures: ['gf2012-14/02.1'],
  formulas: [
    {
      from: '2011-11-01',
      formula: (ctx) => vector.and(ctx.bool('individual_vat_goods_exempt'), ctx.bool('individual_vat_services_exempt')),
    },
    VAT_REGULATIONS_END,
  ],
});
