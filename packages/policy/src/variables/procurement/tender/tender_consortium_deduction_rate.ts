import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** The consortium price deduction rate fixed in the tender documents (2%–3% under 181号; later ranges by the tender's date), as a fraction. */
export const tender_consortium_deduction_rate = defineVariable({
  id: 'tender_consortium_deduction_rate',
  entity: 'tender',
  valueType: 'number',
  definitionPeriod: 'eternity',
  label: {
    'zh-CN': '招标文件规定的联合体价格扣除比例',
    ko: '입찰 문서상 컨소시엄 가격 공제율',
    en: 'Consortium deduction rate of the tender',
  },
  reference: [CAIKU_2011_181],
  measures: ['gf2012-14/05.3'],
  unit: '/1',
  default: 0,
  min: 0,
  max: 1,
});
