import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/** The enterprise newly hired, in the year, a graduate who qualifies for the training subsidy (item 25.1). */
export const has_hire_qualifying_for_training_subsidy = defineVariable({
  id: 'has_hire_qualifying_for_training_subsidy',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '本年度新招用高校毕业生并组织岗前培训',
    ko: '당해 연도 졸업생을 신규 채용하고 업무 전 교육 실시',
    en: 'Newly hired a graduate and gave pre-job training in the year',
  },
  reference: [ITEM_25, GRADUATE_NOTICE],
  measures: ['gf2012-14/25.1'],
  permanent: 'item (二十五) of 国发〔2012〕14号 sets no end date for the training subsidy; its standard is a provincial input of the hire',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => ctx.members('graduate_hire', 'employer').any('hire_qualifies_for_training_subsidy'),
    },
  ],
});
