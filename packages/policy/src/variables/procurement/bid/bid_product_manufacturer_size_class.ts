import { defineVariable, SIZE_CLASSES, SIZE_STANDARD } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** Size class of the enterprise that made a product offered in the bid (the supplier itself for its own products). */
export const bid_product_manufacturer_size_class = defineVariable({
  id: 'bid_product_manufacturer_size_class',
  entity: 'bid_product',
  valueType: 'enum',
  possibleValues: SIZE_CLASSES,
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '产品制造商企业规模', ko: '제품 제조사 기업 규모', en: 'Manufacturer size class' },
  reference: [{ ...CAIKU_2011_181, article: '第二条' }, SIZE_STANDARD],
  measures: ['gf2012-14/05.2'],
  required: true,
});
