import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/** The day the enterprise hired the graduate (用工之日): starts the subsidy window and dates the rules. */
export const hire_date = defineVariable({
  id: 'hire_date',
  entity: 'graduate_hire',
  valueType: 'date',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '招用日期', ko: '채용일', en: 'Hire date' },
  description: {
    'zh-CN': '用人单位招用该高校毕业生、开始用工的日期',
    ko: '기업이 해당 졸업생을 채용하여 고용을 시작한 날',
    en: 'The day the enterprise took the graduate on (start of employment)',
  },
  reference: [ITEM_25, GRADUATE_NOTICE],
  measures: ['gf2012-14/25.1', 'gf2012-14/25.2'],
  default: '1900-01-01',
  required: true,
});
