import { defineVariable, EIT_REGULATIONS, INDUSTRY_GROUPS, vector } from '../../../model-api.ts';
import { readIndustry } from '../../classification/industry-code.ts';

/** 1 for an industrial code, 0 for another readable code, −1 for an unreadable one. */
const industrialCode = (code: string): number => {
  const reading = readIndustry(code);
  return reading.ok ? Number(reading.group === 'industry') : -1;
};

/**
 * 工业企业 for the small low-profit test: mining, manufacturing, and electricity, heat, gas and water
 * (GB/T 4754 sections B, C, D — the size standard's `industry` group).
 */
export const is_industrial_enterprise = defineVariable({
  id: 'is_industrial_enterprise',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '是否工业企业', ko: '공업 기업 여부', en: 'Industrial enterprise' },
  reference: [{ ...EIT_REGULATIONS, article: '第九十二条（一）' }],
  formulas: [
    {
      from: '2008-01-01',
      formula: (ctx) =>
        vector.encode(ctx.string('industry'), industrialCode, (row, code) => ctx.fail(row, `industry '${code}' cannot be read`)),
    },
    {
      // The same test once the size standard's groups exist: its `industry` group is exactly B, C and D,
      // and reading the group avoids reading the industry code a second time.
      from: '2011-06-18',
      formula: (ctx) => vector.enumIs(ctx.enum('industry_group'), INDUSTRY_GROUPS.indexOf('industry')),
    },
  ],
});
