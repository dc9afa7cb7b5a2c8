import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/** Whether the enterprise organised pre-job training (岗前培训) for the graduate: the condition of the training subsidy. */
export const pre_job_training_given = defineVariable({
  id: 'pre_job_training_given',
  entity: 'graduate_hire',
  valueType: 'boolean',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '已组织岗前培训', ko: '업무 전 교육 실시', en: 'Pre-job training given' },
  reference: [ITEM_25, GRADUATE_NOTICE],
  measures: ['gf2012-14/25.1'],
  default: false,
});
