import { defineVariable, SIZE_CLASSES, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { BID_SIZE_CLASSES, DEDUCTION_REASONS, reason } from '../deduction-reasons.ts';
import { CAIKU_2011_181, P, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

const { and, enumIs, eq, gt, gte, isIn, not, selectU8 } = vector;
const LARGE = SIZE_CLASSES.indexOf('large');
const MEDIUM = SIZE_CLASSES.indexOf('medium');
const MICRO = SIZE_CLASSES.indexOf('micro');
const SMALL_OR_MICRO = [BID_SIZE_CLASSES.indexOf('small'), BID_SIZE_CLASSES.indexOf('micro')];

/**
 * Whether the bid gets a price deduction, and why (the first rule that applies):
 * 1. none in a project reserved for SMEs (181号 art. 5: "非专门面向中小企业的项目");
 * 2. a consortium with a large or medium member: 2%–3% where its small/micro members hold at least 30%
 *    of the contract amount, none below (consortium rule, secondary source);
 * 3. otherwise the supplier — or an all-small/micro consortium, which counts as a small/micro enterprise
 *    (secondary source) — must be small or micro (art. 5: "小型和微型企业产品", not medium) and offer its
 *    own products or products made by other SMEs (art. 2); a product under a large enterprise's trademark
 *    or made by a large enterprise is not an SME's goods (art. 2), and a product made by a medium
 *    enterprise makes the bid count as medium (secondary source). No products listed: the supplier's own.
 * The product test is not applied to the consortium-share rule: the secondary source gives that rule only the
 * share test, and a large member supplying its own goods is the case the rule is made for.
 */
export const bid_deduction_reason = defineVariable({
  id: 'bid_deduction_reason',
  entity: 'bid',
  valueType: 'enum',
  possibleValues: DEDUCTION_REASONS,
  definitionPeriod: 'year',
  label: { 'zh-CN': '价格扣除的依据', ko: '가격 공제 사유', en: 'Reason for the price deduction' },
  reference: [{ ...CAIKU_2011_181, article: '第二条、第五条' }, SIZE_STANDARD],
  measures: ['gf2012-14/05.2', 'gf2012-14/05.3'],
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const members = ctx.members('consortium_member', 'bid');
        const products = ctx.members('bid_product', 'bid');
        const consortium = gt(members.count(), 0);
        const mixed = and(consortium, not(members.all('consortium_member_is_small_micro')));
        const supplier = ctx.enum('bid_supplier_size_class');
        const single = not(consortium);
        // The largest maker among the products (SIZE_CLASSES runs from large to micro); none listed: no limit.
        const largestMaker = products.min('bid_product_manufacturer_size_class', MICRO);
        return selectU8(
          [
            ctx.link('tender').bool('tender_reserved_for_sme'),
            // The 30% in force at the period's start: the tender's date lies in the period (checked by
            // the tender's rates) and the encoded history changes only on 1 January.
            and(mixed, gte(ctx.number('bid_consortium_small_micro_share'), ctx.param(P.consortiumShare))),
            mixed,
            and(single, enumIs(supplier, BID_SIZE_CLASSES.indexOf('undeclared'))),
            and(single, not(isIn(supplier, SMALL_OR_MICRO))),
            products.any('bid_product_large_enterprise_trademark'),
            eq(largestMaker, LARGE),
            eq(largestMaker, MEDIUM),
            consortium,
          ],
          [
            reason('reserved_project'),
            reason('consortium_share'),
            reason('consortium_share_below'),
            reason('no_size_class'),
            reason('not_small_micro'),
            reason('large_trademark'),
            reason('large_product'),
            reason('medium_product'),
            reason('consortium_all_small_micro'),
          ],
          reason('small_micro'),
        );
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
