import { defineVariable, vector } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';
import { SOCIAL_INSURANCE_REASONS } from './hire_social_insurance_subsidy_reason.ts';

/**
 * The hire's own conditions for the social-insurance subsidy (item 25.2) in the year, the employer's
 * aside: a graduate of the graduating year, hired on a labour contract of at least 12 months, whose
 * contributions are paid on time and in full, hired while the policy ran (by 2014-12-31: see the
 * parameter `open_to_hires`), with part of the year in the 12 months from the month of hire. Judged on
 * the hire date (ADR 0004); why not: `hire_social_insurance_subsidy_reason`.
 */
export const hire_qualifies_for_social_insurance_subsidy = defineVariable({
  id: 'hire_qualifies_for_social_insurance_subsidy',
  entity: 'graduate_hire',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '该招用符合社会保险补贴条件',
    ko: '해당 채용이 사회보험 보조금 요건 충족',
    en: 'Hire meets the social-insurance subsidy conditions',
  },
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.2'],
  permanent: 'it follows hire_social_insurance_subsidy_reason: the subsidy ran to 2014-12-31 and a later hire is answered ended',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => vector.enumIs(ctx.enum('hire_social_insurance_subsidy_reason'), SOCIAL_INSURANCE_REASONS.indexOf('qualifies')),
    },
  ],
});
