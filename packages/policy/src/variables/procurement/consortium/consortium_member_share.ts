import { defineVariable } from '../../../model-api.ts';
import { SHARE_DECIMALS, shareDecimalsProblem } from '../exact-shares.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/**
 * The member's share of the consortium's contract amount (协议合同金额), as a decimal fraction: 0.3 = 30%.
 * The shares of a consortium's members must add up to 1. At most {@link SHARE_DECIMALS} decimals.
 */
export const consortium_member_share = defineVariable({
  id: 'consortium_member_share',
  entity: 'consortium_member',
  valueType: 'number',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '成员占联合体协议合同金额的比例', ko: '구성원의 컨소시엄 계약금액 비중', en: "Member's share of the contract amount" },
  reference: [CAIKU_2011_181],
  measures: ['gf2012-14/05.3'],
  unit: '/1',
  required: true,
  min: 0,
  max: 1,
  validate: shareDecimalsProblem,
});
