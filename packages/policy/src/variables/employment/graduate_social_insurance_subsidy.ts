import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/** Item 25.2: the social-insurance subsidy for the enterprise's graduate hires in the year, in yuan. */
export const graduate_social_insurance_subsidy = defineVariable({
  id: 'graduate_social_insurance_subsidy',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '新招用高校毕业生社会保险补贴',
    ko: '신규 채용 졸업생 사회보험 보조금',
    en: 'Graduate social-insurance subsidy',
  },
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.2'],
  unit: 'yuan',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => ctx.members('graduate_hire', 'employer').sum('hire_social_insurance_subsidy'),
    },
    { from: '2016-01-01', formula: null, note: 'the subsidy ended: the last subsidised month is November 2015' },
  ],
});
