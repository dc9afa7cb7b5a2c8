import { defineVariable } from '../../../model-api.ts';
import { requireThreshold } from './individual-threshold.ts';
import { BUSINESS_TAX_END, MOF_DECREE_65 } from './vat-references.ts';

/**
 * Business-tax threshold of an individual paying per transaction: turnover per transaction or day
 * (range 300–500 yuan). The province's figure inside the national range (财政部令第65号): the one encoded
 * for the province, else the one given; an error naming the province where there is neither.
 */
export const individual_business_tax_per_transaction_threshold = defineVariable({
  id: 'individual_business_tax_per_transaction_threshold',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '按次纳税营业税起征点（每次（日）营业额）',
    ko: '건별 납세 영업세 징수기준(건(일)당 영업액)',
    en: 'Business-tax threshold per transaction or day',
  },
  reference: [{ ...MOF_DECREE_65, article: '《营业税暂行条例实施细则》第二十三条（二）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [{ from: '2011-11-01', formula: (ctx) => requireThreshold(ctx, 'business_tax_per_transaction') }, BUSINESS_TAX_END],
});
