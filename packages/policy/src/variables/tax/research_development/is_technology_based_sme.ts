import { defineVariable } from '../../../model-api.ts';
import { CAISHUI_2017_34, MOF_SAT_MOST_2022_16 } from './rd-references.ts';
import { YES_NO_UNKNOWN } from './yes-no-answer.ts';

/**
 * A technology-based SME (科技型中小企业) in the year, registered as such under the Ministry of Science and
 * Technology's evaluation: its R&D share was higher than other enterprises' in 2017 (财税〔2017〕34号) and 2022
 * (公告2022年第16号). Not given (`unknown`) is an error in the years the share depends on it, never a silent no.
 */
export const is_technology_based_sme = defineVariable({
  id: 'is_technology_based_sme',
  entity: 'enterprise',
  valueType: 'enum',
  possibleValues: YES_NO_UNKNOWN,
  definitionPeriod: 'year',
  label: { 'zh-CN': '科技型中小企业', ko: '과학기술형 중소기업', en: 'Technology-based SME' },
  reference: [CAISHUI_2017_34, MOF_SAT_MOST_2022_16],
  measures: ['gf2012-14/13.1'],
  default: 'unknown',
});
