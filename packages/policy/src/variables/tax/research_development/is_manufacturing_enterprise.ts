import { defineVariable } from '../../../model-api.ts';
import { MOF_SAT_2021_13 } from './rd-references.ts';
import { YES_NO_UNKNOWN } from './yes-no-answer.ts';

/**
 * A manufacturing enterprise (制造业企业) in the year as 公告2021年第13号 第一条 defines it: manufacturing
 * (GB/T 4754-2017) is its main business and that revenue is at least 50% of its total revenue (EIT Law
 * art. 6). The industry code alone does not decide the 50%, so it is asked. Not given (`unknown`) is an
 * error in the years the share depends on it (2021 and 2022), never a silent no.
 */
export const is_manufacturing_enterprise = defineVariable({
  id: 'is_manufacturing_enterprise',
  entity: 'enterprise',
  valueType: 'enum',
  possibleValues: YES_NO_UNKNOWN,
  definitionPeriod: 'year',
  label: {
    'zh-CN': '制造业企业（制造业收入占收入总额50%以上）',
    ko: '제조업 기업(제조업 수입이 수입총액의 50% 이상)',
    en: 'Manufacturing enterprise (manufacturing ≥ 50% of total revenue)',
  },
  reference: [{ ...MOF_SAT_2021_13, article: '第一条' }],
  measures: ['gf2012-14/13.1'],
  default: 'unknown',
});
