import { defineVariable, SIZE_STANDARD, vector } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/**
 * The hire brings its employer social-insurance subsidy in the year (item 25.2): the hire qualifies, and
 * the employer is a small or micro enterprise (300号) outside the restricted industries (item 17) in
 * that year — the size test is applied in each year the subsidy is paid for.
 */
export const hire_social_insurance_subsidy_eligible = defineVariable({
  id: 'hire_social_insurance_subsidy_eligible',
  entity: 'graduate_hire',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '该招用可获社会保险补贴',
    ko: '해당 채용이 사회보험 보조금 대상',
    en: 'Hire brings the social-insurance subsidy',
  },
  reference: [GRADUATE_NOTICE, ITEM_25, { ...SIZE_STANDARD, article: '第四条' }],
  measures: ['gf2012-14/25.2'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const employer = ctx.link('employer');
        return vector.and(
          ctx.bool('hire_qualifies_for_social_insurance_subsidy'),
          employer.bool('is_small_or_micro'),
          employer.bool('is_unrestricted_industry'),
        );
      },
    },
    { from: '2016-01-01', formula: null, note: 'the subsidy ended: the last subsidised month is November 2015' },
  ],
});
