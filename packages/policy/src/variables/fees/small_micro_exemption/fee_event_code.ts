import { defineVariable } from '../../../model-api.ts';
import { FEE_CODES, FEE_NOTICE, OTHER_FEE } from './fee-catalogue.ts';

/**
 * Which fee was charged: a fee of the exemption lists (parameters/fees/small_micro_exemption), or
 * `other` for any fee on no list.
 */
export const fee_event_code = defineVariable({
  id: 'fee_event_code',
  entity: 'fee_event',
  valueType: 'enum',
  possibleValues: FEE_CODES,
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '收费项目', ko: '수수료 항목', en: 'Fee charged' },
  description: {
    'zh-CN': '免征清单上的收费项目代码（如 organization_code_certificate 组织机构代码证书工本费）；清单以外的收费填 other',
    ko: '면제 목록의 수수료 항목 코드(예: organization_code_certificate 조직기구코드 증서 제작비). 목록에 없는 수수료는 other',
    en: 'Code of a fee on the exemption lists (e.g. organization_code_certificate); any fee on no list is other',
  },
  reference: [FEE_NOTICE],
  measures: ['gf2012-14/06.1'],
  default: OTHER_FEE,
  required: true,
});
