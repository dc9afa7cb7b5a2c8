import { defineVariable } from '../../model-api.ts';
import { GRADUATE_NOTICE, ITEM_25 } from './employment-references.ts';

/**
 * Term of the labour contract signed with the graduate, in months ("签订1年以上劳动合同"). For an
 * open-ended contract (无固定期限劳动合同), which has no term, give 12 or more.
 */
export const contract_months = defineVariable({
  id: 'contract_months',
  entity: 'graduate_hire',
  valueType: 'number',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '劳动合同期限（月）', ko: '노동계약 기간(개월)', en: 'Labour contract term (months)' },
  description: {
    'zh-CN': '与该毕业生签订的劳动合同期限，以月计；无固定期限劳动合同填 12 或以上',
    ko: '해당 졸업생과 체결한 노동계약 기간(개월). 기간의 정함이 없는 계약은 12 이상을 입력',
    en: 'Term of the labour contract with the graduate, in months; for an open-ended contract give 12 or more',
  },
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.2'],
  unit: 'month',
  default: 0,
  min: 0,
  integer: true,
});
