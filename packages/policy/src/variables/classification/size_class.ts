import { defineVariable, type FormulaContext, INDUSTRY_GROUPS, SIZE_CLASSES, SIZE_STANDARD, vector } from '../../model-api.ts';

const { meetsAll, selectU8 } = vector;
const STANDARD = 'classification.size_standard';

/** Parameter suffixes of each tier's bounds, built once (a look-up key built per call would be re-hashed each time). */
const BOUNDS = {
  large: ['large.employees', 'large.revenue', 'large.total_assets'],
  medium: ['medium.employees', 'medium.revenue', 'medium.total_assets'],
  small: ['small.employees', 'small.revenue', 'small.total_assets'],
} as const;

/** Members meeting every lower bound of `tier` for their group; a group without an indicator in that tier has no bound on it. */
function meetsTier(ctx: FormulaContext, tier: keyof typeof BOUNDS, group: Uint8Array): Uint8Array {
  const [employees, revenue, assets] = BOUNDS[tier];
  return meetsAll(
    [ctx.number('employees'), ctx.number('revenue'), ctx.number('total_assets')],
    [
      ctx.paramTable(STANDARD, employees, group, INDUSTRY_GROUPS, 0),
      ctx.paramTable(STANDARD, revenue, group, INDUSTRY_GROUPS, 0),
      ctx.paramTable(STANDARD, assets, group, INDUSTRY_GROUPS, 0),
    ],
    group,
  );
}

/**
 * Size class under the 2011 standard (300号 art. 4 and the NBS note): large only if every large bound is
 * met; medium and small only if every bound of their row is met, otherwise the enterprise drops a tier
 * (下划一档); micro is what remains — one indicator below the small bound is enough.
 */
export const size_class = defineVariable({
  id: 'size_class',
  entity: 'enterprise',
  valueType: 'enum',
  possibleValues: SIZE_CLASSES,
  definitionPeriod: 'year',
  label: { 'zh-CN': '企业规模', ko: '기업 규모', en: 'Size class' },
  reference: [{ ...SIZE_STANDARD, article: '第四条' }],
  formulas: [
    {
      from: '2011-06-18',
      // 300号 took effect on issue (2011-06-18); the year 2011 is classified on its figures (ADR 0004).
      fromInsidePeriod: true,
      formula: (ctx) => {
        const group = ctx.enum('industry_group');
        return selectU8([meetsTier(ctx, 'large', group), meetsTier(ctx, 'medium', group), meetsTier(ctx, 'small', group)], [0, 1, 2], 3);
      },
    },
  ],
});
