import { defineVariable, SIZE_STANDARD, vector } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/**
 * Item 25.1: a small or micro enterprise (300号) outside the restricted industries (item 17) that newly
 * hired, in the year, a graduate of the graduating year and gave pre-job training.
 */
export const graduate_training_subsidy_eligible = defineVariable({
  id: 'graduate_training_subsidy_eligible',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '可获新招用高校毕业生岗前培训费补贴',
    ko: '신규 채용 졸업생 업무 전 교육비 보조금 대상',
    en: 'Eligible for the graduate training subsidy',
  },
  reference: [ITEM_25, GRADUATE_NOTICE, { ...SIZE_STANDARD, article: '第四条' }],
  measures: ['gf2012-14/25.1'],
  permanent: 'item (二十五) of 国发〔2012〕14号 sets no end date for the training subsidy; its standard is a provincial input of the hire',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        vector.and(
          ctx.bool('is_small_or_micro'),
          ctx.bool('is_unrestricted_industry'),
          ctx.bool('has_hire_qualifying_for_training_subsidy'),
        ),
    },
  ],
});
