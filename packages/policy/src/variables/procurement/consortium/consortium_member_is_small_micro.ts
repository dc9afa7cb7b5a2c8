import { defineVariable, SIZE_CLASSES, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { CAIKU_2011_181, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

/** The member is a small or micro enterprise (medium members count with the large ones for the consortium rule). */
export const consortium_member_is_small_micro = defineVariable({
  id: 'consortium_member_is_small_micro',
  entity: 'consortium_member',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '成员为小型微型企业', ko: '구성원이 소형·영세기업', en: 'Member is small or micro' },
  reference: [CAIKU_2011_181, { ...SIZE_STANDARD, article: '第四条' }],
  measures: ['gf2012-14/05.3'],
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) =>
        vector.isIn(ctx.enum('consortium_member_size_class'), [SIZE_CLASSES.indexOf('small'), SIZE_CLASSES.indexOf('micro')]),
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
