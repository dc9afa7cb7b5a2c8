import { defineVariable, type FormulaContext, INDUSTRY_GROUPS, SIZE_CLASSES, SIZE_STANDARD, vector } from '../../model-api.ts';

const { and, gt, meetsAllGiven, not, or, selectU8 } = vector;
const STANDARD = 'classification.size_standard';
const INDICATORS = ['employees', 'revenue', 'total_assets'] as const;

/** Parameter suffixes of each tier's bounds, built once (a look-up key built per call would be re-hashed each time). */
const BOUNDS = {
  large: ['large.employees', 'large.revenue', 'large.total_assets'],
  medium: ['medium.employees', 'medium.revenue', 'medium.total_assets'],
  small: ['small.employees', 'small.revenue', 'small.total_assets'],
} as const;

/**
 * Members meeting every lower bound of `tier` for their group (`met`), and members with a given indicator
 * below one of them (`failed`); an indicator not given leaves a tier neither met nor failed, unless another
 * already fails it. A group without an indicator in that tier has no bound on it.
 */
function tier(ctx: FormulaContext, name: keyof typeof BOUNDS, group: Uint8Array) {
  return meetsAllGiven(
    INDICATORS.map((id) => ctx.optional(id)),
    BOUNDS[name].map((suffix) => ctx.paramTable(STANDARD, suffix, group, INDUSTRY_GROUPS, 0)),
    group,
  );
}

/**
 * Size class under the 2011 standard (300号 art. 4 and the NBS note): large only if every large bound is
 * met; medium and small only if every bound of their row is met, otherwise the enterprise drops a tier
 * (下划一档); micro is what remains — one indicator below the small bound is enough, so micro is decided
 * by one given indicator below the small bound even when another is not given. An indicator the group's
 * standard uses, not given where the class depends on it, is an error naming it — never a 0.
 */
export const size_class = defineVariable({
  id: 'size_class',
  entity: 'enterprise',
  valueType: 'enum',
  possibleValues: SIZE_CLASSES,
  definitionPeriod: 'year',
  label: { 'zh-CN': '企业规模', ko: '기업 규모', en: 'Size class' },
  reference: [{ ...SIZE_STANDARD, article: '第四条' }],
  permanent:
    '工信部联企业〔2011〕300号 is the size standard in force: no successor document is in force (国统字〔2017〕213号 kept every threshold), so it classifies every year from 2011-06-18',
  formulas: [
    {
      from: '2011-06-18',
      // 300号 took effect on issue (2011-06-18); the year 2011 is classified on its figures (ADR 0004).
      fromInsidePeriod: true,
      formula: (ctx) => {
        const group = ctx.enum('industry_group');
        const large = tier(ctx, 'large', group);
        const medium = tier(ctx, 'medium', group);
        const small = tier(ctx, 'small', group);
        const open = (t: { met: Uint8Array; failed: Uint8Array }) => not(or(t.met, t.failed));
        // Undecided: the first tier not failed is neither met nor failed.
        const undecided = or(open(large), and(large.failed, open(medium)), and(large.failed, medium.failed, open(small)));
        for (const id of INDICATORS) {
          // The indicator matters only to groups whose standard bounds it (the small tier has every indicator of the row).
          const used = gt(ctx.paramByEnum(STANDARD, `small.${id}`, group, INDUSTRY_GROUPS, 0), 0);
          ctx.require(id, and(undecided, used));
        }
        return selectU8([large.met, medium.met, small.met], [0, 1, 2], 3);
      },
    },
  ],
});
