import { defineVariable, INDUSTRY_GROUPS, SIZE_STANDARD, vector } from '../../model-api.ts';
import { readIndustry } from './industry-code.ts';

const indexOf = (code: string): number => {
  const reading = readIndustry(code);
  return reading.ok ? INDUSTRY_GROUPS.indexOf(reading.group) : -1;
};

/**
 * The size-standard industry group of the enterprise's `industry` (工信部联企业〔2011〕300号 art. 3). A code
 * outside the standard (finance, education…) is an error on `industry` saying why, in every language.
 */
export const industry_group = defineVariable({
  id: 'industry_group',
  entity: 'enterprise',
  valueType: 'enum',
  possibleValues: INDUSTRY_GROUPS,
  definitionPeriod: 'year',
  label: { 'zh-CN': '划型行业组', ko: '규모 분류 업종 그룹', en: 'Industry group' },
  reference: [{ ...SIZE_STANDARD, article: '第三条' }],
  permanent:
    '工信部联企业〔2011〕300号 is the size standard in force: no successor document is in force (国统字〔2017〕213号 kept every threshold), so it classifies every year from 2011-06-18',
  formulas: [
    {
      from: '2011-06-18',
      // 300号 took effect on issue (2011-06-18); the year 2011 is classified on its figures (ADR 0004).
      fromInsidePeriod: true,
      formula: (ctx) =>
        vector.encode(ctx.string('industry'), indexOf, (row, code) => {
          const reading = readIndustry(code);
          return ctx.fail(row, reading.ok ? `industry '${code}'` : reading.problem.message, 'industry');
        }),
    },
  ],
});
