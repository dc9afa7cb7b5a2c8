import { defineVariable } from '../../../model-api.ts';
import { EIT_ART_9 } from './donation-references.ts';

/** 年度利润总额: the enterprise's accounting profit of the year, in yuan (negative for a loss). */
export const total_profit = defineVariable({
  id: 'total_profit',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '年度利润总额', ko: '연간 이윤총액', en: 'Annual total profit' },
  description: {
    'zh-CN': '按国家统一会计制度计算的年度会计利润（亏损为负数）',
    ko: '국가 통일 회계제도에 따라 계산한 연간 회계이윤(손실은 음수)',
    en: 'The accounting profit of the year under the national accounting rules (negative for a loss)',
  },
  reference: [EIT_ART_9],
  measures: ['gf2012-14/04.2'],
  unit: 'yuan',
  default: 0,
});
