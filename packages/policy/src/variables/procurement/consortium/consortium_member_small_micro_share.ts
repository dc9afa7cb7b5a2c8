import { defineVariable, vector } from '../../../model-api.ts';
import { CAIKU_2011_181, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

/** The member's share where it is small or micro, else 0: summed per bid into the consortium's small/micro share. */
export const consortium_member_small_micro_share = defineVariable({
  id: 'consortium_member_small_micro_share',
  entity: 'consortium_member',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '成员计入小型微型企业的份额', ko: '소형·영세기업으로 산입되는 구성원 비중', en: 'Share counted as small/micro' },
  reference: [CAIKU_2011_181],
  measures: ['gf2012-14/05.3'],
  unit: '/1',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => vector.where(ctx.bool('consortium_member_is_small_micro'), ctx.number('consortium_member_share'), 0),
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
