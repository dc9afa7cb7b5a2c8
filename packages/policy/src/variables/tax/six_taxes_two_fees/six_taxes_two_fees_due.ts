import { defineVariable } from '../../../model-api.ts';
import { CAISHUI_2019_13, MOF_SAT_2023_12 } from './six-taxes-references.ts';

/**
 * The year's "六税两费" before the reduction: resource tax (from 2023 without water resources tax), urban
 * maintenance and construction tax, property tax, urban land use tax, stamp duty other than on securities
 * trades, farmland occupation tax, education surcharge and local education surcharge, in yuan.
 */
export const six_taxes_two_fees_due = defineVariable({
  id: 'six_taxes_two_fees_due',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '“六税两费”应纳税费额（减征前）',
    ko: "'6세 2비' 납부세액(감면 전)",
    en: 'Six taxes and two fees due (before the reduction)',
  },
  reference: [
    { ...CAISHUI_2019_13, article: '第三条' },
    { ...MOF_SAT_2023_12, article: '第二条' },
  ],
  measures: ['gf2012-14/02.8'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
