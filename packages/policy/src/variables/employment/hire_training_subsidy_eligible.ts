import { defineVariable, SIZE_STANDARD, vector } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/**
 * The hire brings its employer the training subsidy (item 25.1): the hire qualifies, and the employer is a
 * small or micro enterprise (300号) outside the restricted industries (item 17) in the year.
 */
export const hire_training_subsidy_eligible = defineVariable({
  id: 'hire_training_subsidy_eligible',
  entity: 'graduate_hire',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '该招用可获岗前培训费补贴',
    ko: '해당 채용이 업무 전 교육비 보조금 대상',
    en: 'Hire brings the training subsidy',
  },
  reference: [ITEM_25, GRADUATE_NOTICE, { ...SIZE_STANDARD, article: '第四条' }],
  measures: ['gf2012-14/25.1'],
  permanent: 'item (二十五) of 国发〔2012〕14号 sets no end date for the training subsidy; its standard is a provincial input of the hire',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const employer = ctx.link('employer');
        return vector.and(
          ctx.bool('hire_qualifies_for_training_subsidy'),
          employer.bool('is_small_or_micro'),
          employer.bool('is_unrestricted_industry'),
        );
      },
    },
  ],
});
