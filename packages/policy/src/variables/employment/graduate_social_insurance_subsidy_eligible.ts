import { defineVariable, SIZE_STANDARD, vector } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/**
 * Item 25.2: a small or micro enterprise (300号) outside the restricted industries (item 17) with a
 * graduate hire that qualifies for social-insurance subsidy in the year.
 */
export const graduate_social_insurance_subsidy_eligible = defineVariable({
  id: 'graduate_social_insurance_subsidy_eligible',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '可获新招用高校毕业生社会保险补贴',
    ko: '신규 채용 졸업생 사회보험 보조금 대상',
    en: 'Eligible for the graduate social-insurance subsidy',
  },
  reference: [GRADUATE_NOTICE, ITEM_25, { ...SIZE_STANDARD, article: '第四条' }],
  measures: ['gf2012-14/25.2'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        vector.and(
          ctx.bool('is_small_or_micro'),
          ctx.bool('is_unrestricted_industry'),
          ctx.bool('has_hire_qualifying_for_social_insurance_subsidy'),
        ),
    },
    { from: '2016-01-01', formula: null, note: 'the subsidy ended: the last subsidised month is November 2015' },
  ],
});
