import { defineVariable, SIZE_CLASSES, SIZE_STANDARD } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** Size class of a consortium member under the 2011 standard. */
export const consortium_member_size_class = defineVariable({
  id: 'consortium_member_size_class',
  entity: 'consortium_member',
  valueType: 'enum',
  possibleValues: SIZE_CLASSES,
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '联合体成员企业规模', ko: '컨소시엄 구성원 기업 규모', en: 'Member size class' },
  reference: [CAIKU_2011_181, SIZE_STANDARD],
  measures: ['gf2012-14/05.3'],
  required: true,
});
