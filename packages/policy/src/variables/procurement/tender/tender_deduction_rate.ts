import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/**
 * The small/micro price deduction rate the purchaser (or its agent) fixed in the tender documents
 * (181号 art. 5: 6%–10%, "由采购人或者采购代理机构确定"; later ranges by the tender's date, see
 * tender_price_deduction_rate), as a fraction: 0.06 = 6%.
 */
export const tender_deduction_rate = defineVariable({
  id: 'tender_deduction_rate',
  entity: 'tender',
  valueType: 'number',
  definitionPeriod: 'eternity',
  label: {
    'zh-CN': '招标文件规定的小型微型企业价格扣除比例',
    ko: '입찰 문서상 소형·영세기업 가격 공제율',
    en: 'Small/micro deduction rate of the tender',
  },
  reference: [{ ...CAIKU_2011_181, article: '第五条' }],
  measures: ['gf2012-14/05.2'],
  unit: '/1',
  default: 0,
  min: 0,
  max: 1,
});
