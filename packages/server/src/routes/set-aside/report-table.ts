/**
 * The yearly set-aside report as a table in the user's language, shared by the Excel and PDF files:
 * the same columns, the same state words, the same marking of units below the line without a reason.
 */
import type { Labels, Lang } from '@xiaowei/engine';
import { formatDateTime, formatFen, formatNumber } from '@xiaowei/policy/format';
import type { SetAsideReport, SetAsideState, SetAsideStatus } from '@xiaowei/store';

export type CellKind = 'text' | 'money' | 'share';

export interface ReportColumn {
  readonly header: Labels;
  readonly kind: CellKind;
  readonly value: (u: SetAsideStatus) => string | number | null;
}

export const STATE_LABELS: Record<SetAsideState, Labels> = {
  meets: { 'zh-CN': '达标', ko: '충족', en: 'meets the set-aside' },
  below_with_reason: { 'zh-CN': '未达标（已说明原因）', ko: '미달(사유 기록됨)', en: 'below the line, reason recorded' },
  below_without_reason: { 'zh-CN': '未达标，未说明原因', ko: '미달, 사유 미기록', en: 'below the line, no reason recorded' },
  no_budget_recorded: { 'zh-CN': '未登记年度预算', ko: '연간 예산 미등록', en: 'no budget recorded' },
  not_computable: { 'zh-CN': '无法计算', ko: '계산 불가', en: 'cannot be computed' },
};

export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { header: { 'zh-CN': '预算单位编号', ko: '예산 단위 ID', en: 'Budget unit id' }, kind: 'text', value: (u) => u.budgetUnitId },
  { header: { 'zh-CN': '预算单位名称', ko: '예산 단위명', en: 'Budget unit' }, kind: 'text', value: (u) => u.name },
  { header: { 'zh-CN': '所属地区', ko: '지역', en: 'Region' }, kind: 'text', value: (u) => u.regionCode },
  {
    header: { 'zh-CN': '年度政府采购预算（元）', ko: '연간 정부구매 예산(위안)', en: 'Procurement budget (yuan)' },
    kind: 'money',
    value: (u) => u.amounts.budgetFen,
  },
  {
    header: { 'zh-CN': '面向中小企业预留（元）', ko: '중소기업 유보(위안)', en: 'Reserved for SMEs (yuan)' },
    kind: 'money',
    value: (u) => u.amounts.smeReservedFen,
  },
  {
    header: { 'zh-CN': '中小企业预留比例', ko: '중소기업 유보 비중', en: 'SME share reserved' },
    kind: 'share',
    value: (u) => u.shares.smeReserved,
  },
  {
    header: { 'zh-CN': '其中面向小型微型企业（元）', ko: '그중 소형·영세기업(위안)', en: 'Of which small/micro (yuan)' },
    kind: 'money',
    value: (u) => u.amounts.smallMicroReservedFen,
  },
  {
    header: { 'zh-CN': '小型微型企业预留比例', ko: '소형·영세기업 유보 비중', en: 'Small/micro share reserved' },
    kind: 'share',
    value: (u) => u.shares.smallMicroReserved,
  },
  {
    header: { 'zh-CN': '授予中小企业比例', ko: '중소기업 수여 비중', en: 'SME share awarded' },
    kind: 'share',
    value: (u) => u.shares.smeAwarded,
  },
  {
    header: { 'zh-CN': '授予小型微型企业比例', ko: '소형·영세기업 수여 비중', en: 'Small/micro share awarded' },
    kind: 'share',
    value: (u) => u.shares.smallMicroAwarded,
  },
  { header: { 'zh-CN': '状态', ko: '상태', en: 'Status' }, kind: 'text', value: () => null },
  {
    header: { 'zh-CN': '未达标原因', ko: '미달 사유', en: 'Reason for the shortfall' },
    kind: 'text',
    value: (u) => u.shortfallReason,
  },
];

/** The status cell: the state in words, with the policy's problem when there is no decision. */
export function stateText(u: Pick<SetAsideStatus, 'state' | 'problem'>, lang: Lang): string {
  return u.problem ? `${STATE_LABELS[u.state][lang]}: ${u.problem.message[lang]}` : STATE_LABELS[u.state][lang];
}

/** A share's text as a percentage, exactly (the decimal moved by two places, no float): '0.299999' → '29.9999%'. */
export function percentText(share: string): string {
  const [whole, frac = ''] = share.split('.');
  const digits = `${whole}${frac.padEnd(6, '0')}`.replace(/^0+(?=\d{5})/, '');
  const intPart = digits.slice(0, -4) || '0';
  return `${intPart}.${digits.slice(-4)}%`;
}

/** One unit's row as text (money exact to the fen with separators, shares as exact percentages). */
export function rowText(u: SetAsideStatus, lang: Lang, state = stateText(u, lang)): string[] {
  return REPORT_COLUMNS.map((c, i) => {
    if (i === REPORT_COLUMNS.length - 2) return state;
    const v = c.value(u);
    if (v === null) return '';
    if (c.kind === 'money') return formatFen(v as number, lang);
    if (c.kind === 'share') return percentText(v as string);
    return String(v);
  });
}

export const TITLE: Labels = {
  'zh-CN': '政府采购预留份额监测年度报告',
  ko: '정부구매 유보 비중 모니터링 연간 보고서',
  en: 'Procurement set-aside monitoring: yearly report',
};

/** The lines under the title: the region, the year, the rule and the rule version. */
export function metaLines(r: SetAsideReport, lang: Lang): [string, string][] {
  const L = {
    region: { 'zh-CN': '地区', ko: '지역', en: 'Region' },
    all: { 'zh-CN': '全部地区', ko: '전체 지역', en: 'all regions' },
    year: { 'zh-CN': '年度', ko: '연도', en: 'Year' },
    rule: { 'zh-CN': '依据', ko: '근거', en: 'Rule' },
    ruleText: {
      'zh-CN': '财库〔2011〕181号：预留年度政府采购项目预算总额 30% 以上面向中小企业，其中 60% 以上（即总额 18%）面向小型微型企业',
      ko: '财库〔2011〕181号: 연간 정부구매 예산의 30% 이상을 중소기업에, 그중 60% 이상(총액의 18%)을 소형·영세기업에 유보',
      en: '财库〔2011〕181号: at least 30% of the annual procurement budget reserved for SMEs, at least 60% of that (18% of the total) for small and micro enterprises',
    },
    units: { 'zh-CN': '预算单位', ko: '예산 단위', en: 'Budget units' },
    below: { 'zh-CN': '未达标', ko: '미달', en: 'Below the line' },
    noReason: { 'zh-CN': '其中未说明原因', ko: '그중 사유 미기록', en: 'of which without a reason' },
    version: { 'zh-CN': '政策版本 / 参数哈希', ko: '정책 버전 / 매개변수 해시', en: 'Policy version / parameter hash' },
    generated: { 'zh-CN': '生成时间', ko: '생성 시각', en: 'Generated' },
  } as const;
  return [
    [L.region[lang], r.regionPrefix === '' ? L.all[lang] : r.regionPrefix],
    [L.year[lang], String(r.year)],
    [L.rule[lang], L.ruleText[lang]],
    [L.units[lang], formatNumber(r.totals.units, lang)],
    [L.below[lang], formatNumber(r.totals.unitsBelow, lang)],
    [L.noReason[lang], formatNumber(r.totals.unitsBelowWithoutReason, lang)],
    [L.version[lang], `${r.policyVersion} / ${r.parameterHash}`],
    [L.generated[lang], formatDateTime(r.generatedAt, lang)],
  ];
}

/**
 * The region's totals as a row of the table: the sums and the policy's decision on them, the state
 * column saying whether the region as a whole meets the line.
 */
export function totalsStatus(r: SetAsideReport, lang: Lang): SetAsideStatus {
  const t = r.totals;
  return {
    budgetUnitId: { 'zh-CN': '合计', ko: '합계', en: 'Total' }[lang],
    name: '',
    regionCode: r.regionPrefix,
    year: r.year,
    amounts: t.amounts,
    shares: t.shares,
    meetsSme: t.meetsSme,
    meetsSmallMicro: t.meetsSmallMicro,
    meets: t.meets,
    state: t.meets === null ? (t.problem ? 'not_computable' : 'no_budget_recorded') : t.meets ? 'meets' : 'below_without_reason',
    problem: t.problem,
    shortfallReason: null,
    shortfallReasonBy: null,
    shortfallReasonAt: null,
  };
}

/** The totals' state in words: the region has no reason of its own, so below the line reads as plain "below". */
export function totalsStateText(r: SetAsideReport, lang: Lang): string {
  const t = r.totals;
  if (t.meets === false) return { 'zh-CN': '未达标', ko: '미달', en: 'below the line' }[lang];
  return stateText(totalsStatus(r, lang), lang);
}
