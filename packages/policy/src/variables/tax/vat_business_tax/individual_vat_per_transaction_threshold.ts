import { defineVariable } from '../../../model-api.ts';
import { requireThreshold } from './individual-threshold.ts';
import { MOF_DECREE_65, VAT_REGULATIONS_END } from './vat-references.ts';

/**
 * VAT threshold of an individual paying per transaction (按次纳税): sales per transaction or day (range
 * 300–500 yuan). The province's figure inside the national range (财政部令第65号): the one encoded for the
 * province, else the one given; an error naming the province where there is neither.
 */
export const individual_vat_per_transaction_threshold = defineVariable({
  id: 'individual_vat_per_transaction_threshold',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '按次纳税增值税起征点（每次（日）销售额）',
    ko: '건별 납세 증치세 징수기준(건(일)당 판매액)',
    en: 'VAT threshold per transaction or day',
  },
  reference: [{ ...MOF_DECREE_65, article: '《增值税暂行条例实施细则》第三十七条（三）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [{ from: '2011-11-01', formula: (ctx) => requireThreshold(ctx, 'vat_per_transaction') }, VAT_REGULATIONS_END],
});
