import type { Labels } from '@xiaowei/engine';

/** The breakdowns of a simulation's outcome, by name in every language (tables, files, pages). */
export const DIMENSION_LABELS = {
  total: { 'zh-CN': '合计', ko: '합계', en: 'Total' },
  region: { 'zh-CN': '地区', ko: '지역', en: 'Region' },
  industry_group: { 'zh-CN': '行业', ko: '업종', en: 'Industry group' },
  size_class: { 'zh-CN': '规模', ko: '규모', en: 'Size class' },
  measure: { 'zh-CN': '措施', ko: '조치', en: 'Measure' },
} as const satisfies Record<string, Labels>;

export type Dimension = keyof typeof DIMENSION_LABELS;

/** The columns of an outcome's table: the group, then the tally's figures, with their headers in every language. */
export const OUTCOME_COLUMNS = [
  { key: 'dimension', kind: 'text', label: { 'zh-CN': '分组', ko: '구분', en: 'By' } },
  { key: 'group', kind: 'text', label: { 'zh-CN': '组别', ko: '그룹', en: 'Group' } },
  { key: 'enterprises', kind: 'count', label: { 'zh-CN': '企业数', ko: '기업 수', en: 'Enterprises' } },
  { key: 'baselineFen', kind: 'money', label: { 'zh-CN': '现行政策（元）', ko: '현행(위안)', en: 'Baseline (yuan)' } },
  { key: 'reformFen', kind: 'money', label: { 'zh-CN': '改革方案（元）', ko: '개정안(위안)', en: 'Reform (yuan)' } },
  { key: 'changeFen', kind: 'money', label: { 'zh-CN': '变化（元）', ko: '변화(위안)', en: 'Change (yuan)' } },
  {
    key: 'beneficiariesBaseline',
    kind: 'count',
    label: { 'zh-CN': '受益企业（现行）', ko: '수혜 기업(현행)', en: 'Beneficiaries (baseline)' },
  },
  {
    key: 'beneficiariesReform',
    kind: 'count',
    label: { 'zh-CN': '受益企业（改革）', ko: '수혜 기업(개정)', en: 'Beneficiaries (reform)' },
  },
  { key: 'gainers', kind: 'count', label: { 'zh-CN': '受益增加企业', ko: '이득 기업', en: 'Gainers' } },
  { key: 'losers', kind: 'count', label: { 'zh-CN': '受益减少企业', ko: '손실 기업', en: 'Losers' } },
] as const satisfies readonly { key: string; kind: 'text' | 'money' | 'count'; label: Labels }[];
