import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/** The enterprise has a graduate hire that qualifies for social-insurance subsidy in the year (item 25.2). */
export const has_hire_qualifying_for_social_insurance_subsidy = defineVariable({
  id: 'has_hire_qualifying_for_social_insurance_subsidy',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '有符合社会保险补贴条件的新招用毕业年度高校毕业生',
    ko: '사회보험 보조금 요건을 충족하는 신규 채용 졸업연도 졸업생 있음',
    en: 'Has a graduate hire qualifying for social-insurance subsidy',
  },
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.2'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => ctx.members('graduate_hire', 'employer').any('hire_qualifies_for_social_insurance_subsidy'),
    },
    { from: '2016-01-01', formula: null, note: 'the subsidy ended: the last subsidised month is November 2015' },
  ],
});
