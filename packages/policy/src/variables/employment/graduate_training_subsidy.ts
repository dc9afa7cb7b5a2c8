import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/** Item 25.1: the training subsidies of the graduates the enterprise hired in the year, in yuan. */
export const graduate_training_subsidy = defineVariable({
  id: 'graduate_training_subsidy',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '新招用高校毕业生岗前培训费补贴',
    ko: '신규 채용 졸업생 업무 전 교육비 보조금',
    en: 'Graduate training subsidy',
  },
  reference: [ITEM_25, GRADUATE_NOTICE],
  measures: ['gf2012-14/25.1'],
  unit: 'yuan',
  permanent: 'item (二十五) of 国发〔2012〕14号 sets no end date for the training subsidy; its standard is a provincial input of the hire',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => ctx.members('graduate_hire', 'employer').sum('hire_training_subsidy'),
    },
  ],
});
