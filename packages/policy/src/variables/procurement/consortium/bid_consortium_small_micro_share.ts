import { defineVariable, vector } from '../../../model-api.ts';
import { failWhereValue } from '../column-checks.ts';
import { exactShares } from '../exact-shares.ts';
import { CAIKU_2011_181, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

const { and, gt, not, eq } = vector;

/**
 * The small/micro members' share of a consortium's contract amount (0 for a bid by a single supplier),
 * as an exact decimal (see exact-shares.ts). The members' shares must add up to exactly 1: a consortium
 * whose shares do not is an error naming the bid.
 */
export const bid_consortium_small_micro_share = defineVariable({
  id: 'bid_consortium_small_micro_share',
  entity: 'bid',
  valueType: 'number',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '小型微型企业占联合体协议合同金额的比例',
    ko: '컨소시엄 계약금액 중 소형·영세기업 비중',
    en: 'Small/micro share of the consortium',
  },
  reference: [CAIKU_2011_181],
  measures: ['gf2012-14/05.3'],
  unit: '/1',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const members = ctx.members('consortium_member', 'bid');
        const total = exactShares(members.sum('consortium_member_share'));
        const consortium = gt(members.count(), 0);
        failWhereValue(ctx, and(consortium, not(eq(total, 1))), total, (sum) => `the consortium members' shares add up to ${sum}, not 1`);
        return exactShares(members.sum('consortium_member_small_micro_share'));
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
