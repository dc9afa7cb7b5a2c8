import { defineVariable, SIZE_STANDARD } from '../../../model-api.ts';
import { BID_SIZE_CLASSES } from '../deduction-reasons.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/**
 * The supplier's size as its SME declaration (中小企业声明函) states it; `undeclared` when the bid has
 * none (its class is then computed from the linked supplier's figures, if any).
 */
export const bid_declared_size_class = defineVariable({
  id: 'bid_declared_size_class',
  entity: 'bid',
  valueType: 'enum',
  possibleValues: BID_SIZE_CLASSES,
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '中小企业声明函所述企业规模', ko: '중소기업 신고서상 기업 규모', en: 'Declared size class' },
  reference: [{ ...CAIKU_2011_181, article: '第五条' }, SIZE_STANDARD],
  measures: ['gf2012-14/05.2'],
  default: 'undeclared',
});
