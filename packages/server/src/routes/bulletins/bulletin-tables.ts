/**
 * The tables of a bulletin, once, for both the PDF and the Excel file (so the two cannot show different figures):
 * each a heading, columns and rows of cells — text, a count, or an amount in integer fen. A part the platform
 * holds no data for is one row that says so.
 */
import type { Lang } from '@xiaowei/engine';
import { formatDate, industryGroupName } from '@xiaowei/policy/format';
import {
  type BulletinChange,
  type BulletinComplaintRow,
  type BulletinContent,
  type BulletinKeyedChange,
  bulletinMeanText,
} from '@xiaowei/store';
import { complaintKeyName, regionNameOf, sizeName } from './bulletin-json.ts';

export type Cell = { readonly text: string } | { readonly count: number } | { readonly fen: number };
export type ColumnKind = 'text' | 'count' | 'money';

export interface BulletinTable {
  readonly heading: string;
  readonly columns: readonly { readonly title: string; readonly kind: ColumnKind }[];
  readonly rows: readonly (readonly Cell[])[];
  /** The table's data are missing on the platform: its one row says so. */
  readonly noData?: boolean;
}

type L = Readonly<Record<Lang, string>>;
const w = (zh: string, ko: string, en: string): L => ({ 'zh-CN': zh, ko, en });

export const WORDS = {
  title: w('中小企业统计公报', '중소기업 통계 공보', 'SME statistics bulletin'),
  region: w('地区', '지역', 'Region'),
  period: w('统计期', '통계 기간', 'Period'),
  version: w('版本', '버전', 'Version'),
  published: w('发布时间', '발행 시각', 'Published'),
  hash: w('内容摘要', '내용 해시', 'Content hash'),
  policy: w('政策版本', '정책 버전', 'Policy version'),
  summary: w('概要', '요약', 'Summary'),
  noData: w('平台尚无数据', '플랫폼에 데이터가 없습니다', 'The platform holds no data'),
  sizeClass: w('规模类型', '규모', 'Size class'),
  group: w('行业', '업종', 'Industry group'),
  code: w('地区代码', '지역 코드', 'Region code'),
  now: w('本期', '이번 기간', 'This period'),
  before: w('上期', '이전 기간', 'Previous period'),
  change: w('增减', '증감', 'Change'),
  measure: w('政策措施', '지원 조치', 'Measure'),
  enterprises: w('企业数', '기업 수', 'Enterprises'),
  amountYuan: w('金额（元）', '금액(위안)', 'Amount (yuan)'),
  units: w('预算单位', '예산 단위', 'Budget units'),
  recorded: w('已登记预算', '예산 등록', 'Budget recorded'),
  meeting: w('达标', '충족', 'Meeting'),
  below: w('未达标', '미달', 'Below'),
  budget: w('采购预算（元）', '구매 예산(위안)', 'Budget (yuan)'),
  sme: w('预留中小企业（元）', '중소기업 유보(위안)', 'Reserved for SMEs (yuan)'),
  smallMicro: w('预留小型微型企业（元）', '소형·영세기업 유보(위안)', 'Reserved for small/micro (yuan)'),
  banks: w('报送银行', '보고 은행', 'Banks reporting'),
  banksMeeting: w('达到“两个不低于”', '두 기준 충족', 'Meeting both targets'),
  balance: w('小微企业贷款余额（元）', '소형·영세기업 대출 잔액(위안)', 'Small/micro loan balance (yuan)'),
  increment: w('本年新增（元）', '연중 증가액(위안)', 'Increase this year (yuan)'),
  item: w('条目', '항목', 'Item'),
  target: w('目标', '목표', 'Target'),
  measured: w('平台数据', '플랫폼 수치', 'Measured'),
  of: w('总数', '전체', 'Of'),
  total: w('合计', '합계', 'Total'),
  offered: w('兑现通知（笔）', '지원 통지(건)', 'Offers made'),
  offeredYuan: w('通知金额（元）', '통지 금액(위안)', 'Offered (yuan)'),
  confirmed: w('企业确认（笔）', '기업 확인(건)', 'Confirmed'),
  confirmedYuan: w('确认金额（元）', '확인 금액(위안)', 'Confirmed (yuan)'),
  paid: w('拨付（笔）', '지급(건)', 'Paid'),
  paidYuan: w('拨付金额（元）', '지급액(위안)', 'Paid (yuan)'),
  paidBeforeYuan: w('上期拨付金额（元）', '이전 기간 지급액(위안)', 'Paid, previous period (yuan)'),
  paidChangeYuan: w('拨付增减（元）', '지급 증감(위안)', 'Change in payments (yuan)'),
  complaintType: w('投诉类型', '민원 유형', 'Type'),
  department: w('承办部门', '담당 부문', 'Department'),
  filed: w('受理', '접수', 'Filed'),
  filedBefore: w('上期受理', '이전 기간 접수', 'Filed, previous period'),
  replied: w('答复', '답변', 'Replied'),
  repliedInTime: w('按期答复', '기한 내 답변', 'Replied in time'),
  rated: w('评价次数', '평가 수', 'Ratings'),
  meanRating: w('平均评分（满分 5）', '평균 평점(5점 만점)', 'Mean rating (of 5)'),
  footer: w(
    '依据 国发〔2012〕14号（二十九）；金额精确到分；规模类型依 工信部联企业〔2011〕300号',
    '근거: 国发〔2012〕14号 (29); 금액은 펀 단위까지 정확; 규모는 工信部联企业〔2011〕300号 기준',
    'Rules: 国发〔2012〕14号 item 29; amounts exact to the fen; size classes by 工信部联企业〔2011〕300号',
  ),
} as const;

const H = {
  size: (c: BulletinContent) =>
    w(
      `企业数量（按规模，${c.enterprises.sizeYear} 年度划型）`,
      `기업 수(규모별, ${c.enterprises.sizeYear}년 분류)`,
      `Enterprises by size class (${c.enterprises.sizeYear})`,
    ),
  group: w('企业数量（按行业）', '기업 수(업종별)', 'Enterprises by industry group'),
  region: w('企业数量（地区比较）', '기업 수(지역 비교)', 'Enterprises by region'),
  measure: (y: number) => w(`${y} 年度政策享受（按措施）`, `${y}년 지원(조치별)`, `Entitlements ${y} by measure`),
  entRegion: (y: number) => w(`${y} 年度政策享受（地区比较）`, `${y}년 지원(지역 비교)`, `Entitlements ${y} by region`),
  setAside: (y: number) => w(`${y} 年度政府采购预留（30% / 18%）`, `${y}년 정부 조달 유보(30% / 18%)`, `Set-aside ${y} (30% / 18%)`),
  lending: (y: number, q: number) =>
    w(`${y} 年第 ${q} 季度小型微型企业贷款`, `${y}년 ${q}분기 소형·영세기업 대출`, `Small/micro lending ${y} Q${q}`),
  targets: w('《意见》目标', '「의견」 목표', 'Targets of the Opinions'),
  takeUp: w('政策兑现（申领、拨付）', '지원 수령(신청·지급)', 'Take-up (applications, payments)'),
  takeUpOf: (p: string) => w(`${p} 政策兑现（按措施）`, `${p} 지원 수령(조치별)`, `Take-up ${p} by measure`),
  complaints: w('企业投诉', '기업 민원', 'Complaints'),
  complaintsByType: (p: string) => w(`${p} 企业投诉（按类型）`, `${p} 기업 민원(유형별)`, `Complaints ${p} by type`),
  complaintsByDepartment: (p: string) => w(`${p} 企业投诉（按承办部门）`, `${p} 기업 민원(담당 부문별)`, `Complaints ${p} by department`),
};

const text = (t: string): Cell => ({ text: t });
const count = (n: number): Cell => ({ count: n });
const fen = (n: number): Cell => ({ fen: n });

type Column = BulletinTable['columns'][number];

/** The cells of a figure compared with the period before: now, before, the change (counts, or amounts with `fen`). */
const compared = (x: BulletinChange, cell: (n: number) => Cell = count): Cell[] => [cell(x.current), cell(x.previous), cell(x.change)];

/**
 * A table by region: code, name and `figures` of each region of `byRegion`, then the total row (no code) with
 * the figures of `total`.
 */
function regionTable<R extends { readonly key: string }>(
  heading: string,
  lang: Lang,
  region: (code: string) => string,
  columns: readonly Column[],
  byRegion: readonly R[],
  total: Omit<R, 'key'>,
  figures: (r: Omit<R, 'key'>) => Cell[],
): BulletinTable {
  return {
    heading,
    columns: [{ title: WORDS.code[lang], kind: 'text' }, { title: WORDS.region[lang], kind: 'text' }, ...columns],
    rows: [
      ...byRegion.map((r) => [text(r.key), text(region(r.key)), ...figures(r)]),
      [text(''), text(WORDS.total[lang]), ...figures(total)],
    ],
  };
}

function changeTable(
  heading: string,
  first: string,
  rows: readonly BulletinKeyedChange[],
  name: (k: string) => string,
  lang: Lang,
  withCode = false,
): BulletinTable {
  return {
    heading,
    columns: [
      ...(withCode ? [{ title: WORDS.code[lang], kind: 'text' as const }] : []),
      { title: first, kind: 'text' },
      { title: WORDS.now[lang], kind: 'count' },
      { title: WORDS.before[lang], kind: 'count' },
      { title: WORDS.change[lang], kind: 'count' },
    ],
    rows: rows.map((r) => [...(withCode ? [text(r.key)] : []), text(name(r.key)), ...compared(r)]),
  };
}

function noData(heading: string, lang: Lang): BulletinTable {
  return { heading, columns: [{ title: '', kind: 'text' }], rows: [[text(WORDS.noData[lang])]], noData: true };
}

function takeUpTable(c: BulletinContent, lang: Lang): BulletinTable {
  const t = c.entitlements.takeUp;
  if (!t.available) return noData(H.takeUp[lang], lang);
  const row = (name: string, r: Omit<typeof t, 'available' | 'programmes' | 'byMeasure'>): Cell[] => [
    text(name),
    count(r.offered.current),
    fen(r.offeredFen.current),
    count(r.confirmed.current),
    fen(r.confirmedFen.current),
    count(r.paid.current),
    ...compared(r.paidFen, fen),
  ];
  return {
    heading: H.takeUpOf(c.period.key)[lang],
    columns: [
      { title: WORDS.measure[lang], kind: 'text' },
      { title: WORDS.offered[lang], kind: 'count' },
      { title: WORDS.offeredYuan[lang], kind: 'money' },
      { title: WORDS.confirmed[lang], kind: 'count' },
      { title: WORDS.confirmedYuan[lang], kind: 'money' },
      { title: WORDS.paid[lang], kind: 'count' },
      { title: WORDS.paidYuan[lang], kind: 'money' },
      { title: WORDS.paidBeforeYuan[lang], kind: 'money' },
      { title: WORDS.paidChangeYuan[lang], kind: 'money' },
    ],
    rows: [...t.byMeasure.map((m) => row(m.name[lang], m)), row(WORDS.total[lang], t)],
  };
}

function complaintTables(c: BulletinContent, lang: Lang): BulletinTable[] {
  const k = c.complaints;
  if (!k.available) return [noData(H.complaints[lang], lang)];
  const row = (name: string, r: Omit<BulletinComplaintRow, 'key'>): Cell[] => [
    text(name),
    ...compared(r.filed),
    count(r.replied.current),
    count(r.repliedInTime.current),
    count(r.rated.current),
    text(bulletinMeanText(r.ratingSum.current, r.rated.current) ?? '—'),
  ];
  const table = (heading: string, first: string, rows: readonly BulletinComplaintRow[]): BulletinTable => ({
    heading,
    columns: [
      { title: first, kind: 'text' },
      { title: WORDS.filed[lang], kind: 'count' },
      { title: WORDS.filedBefore[lang], kind: 'count' },
      { title: WORDS.change[lang], kind: 'count' },
      { title: WORDS.replied[lang], kind: 'count' },
      { title: WORDS.repliedInTime[lang], kind: 'count' },
      { title: WORDS.rated[lang], kind: 'count' },
      { title: WORDS.meanRating[lang], kind: 'text' },
    ],
    rows: [...rows.map((r) => row(complaintKeyName(r.key, lang), r)), row(WORDS.total[lang], k)],
  });
  return [
    table(H.complaintsByType(c.period.key)[lang], WORDS.complaintType[lang], k.byType),
    table(H.complaintsByDepartment(c.period.key)[lang], WORDS.department[lang], k.byDepartment),
  ];
}

/** The label–value facts of a bulletin (period, region, version…). */
export function metaLines(
  c: BulletinContent,
  lang: Lang,
  published: { version: number | null; publishedAt: string | null; contentHash: string },
): [string, string][] {
  return [
    [WORDS.region[lang], `${c.regionName[lang]}${c.regionPrefix ? ` (${c.regionPrefix})` : ''}`],
    [WORDS.period[lang], `${c.period.key} · ${formatDate(c.period.start, lang)} – ${formatDate(c.period.end, lang)}`],
    ...(published.version !== null ? [[WORDS.version[lang], `v${published.version}`] as [string, string]] : []),
    ...(published.publishedAt ? [[WORDS.published[lang], published.publishedAt] as [string, string]] : []),
    [WORDS.policy[lang], c.policyVersion],
    [WORDS.hash[lang], published.contentHash],
  ];
}

/** Every table of the bulletin, in order. */
export function bulletinTables(c: BulletinContent, lang: Lang): BulletinTable[] {
  const region = (k: string) => regionNameOf(c, k, lang);
  const e = c.enterprises;
  const t = c.entitlements;
  const s = c.setAside;
  const l = c.lending;
  const tables: BulletinTable[] = [
    changeTable(H.size(c)[lang], WORDS.sizeClass[lang], e.bySizeClass, (k) => sizeName(k, lang), lang),
    changeTable(H.group[lang], WORDS.group[lang], e.byIndustryGroup, (k) => industryGroupName(k, lang), lang),
    changeTable(H.region[lang], WORDS.region[lang], e.byRegion, region, lang, true),
  ];
  if (t.available) {
    tables.push({
      heading: H.measure(t.year)[lang],
      columns: [
        { title: WORDS.measure[lang], kind: 'text' },
        { title: WORDS.enterprises[lang], kind: 'count' },
        { title: WORDS.amountYuan[lang], kind: 'money' },
      ],
      rows: t.byMeasure.map((m) => [text(m.name?.[lang] ?? m.key), count(m.enterprises), fen(m.valueFen)]),
    });
    tables.push(
      regionTable(
        H.entRegion(t.year)[lang],
        lang,
        region,
        [
          { title: WORDS.enterprises[lang], kind: 'count' },
          { title: WORDS.amountYuan[lang], kind: 'money' },
        ],
        t.byRegion,
        { enterprises: t.enterprises.current, valueFen: t.valueFen.current },
        (r) => [count(r.enterprises), fen(r.valueFen)],
      ),
    );
  } else tables.push(noData(H.measure(t.year)[lang], lang));
  tables.push(takeUpTable(c, lang));
  if (s.available) {
    tables.push(
      regionTable(
        H.setAside(s.year)[lang],
        lang,
        region,
        [
          { title: WORDS.units[lang], kind: 'count' },
          { title: WORDS.recorded[lang], kind: 'count' },
          { title: WORDS.meeting[lang], kind: 'count' },
          { title: WORDS.below[lang], kind: 'count' },
          { title: WORDS.budget[lang], kind: 'money' },
          { title: WORDS.sme[lang], kind: 'money' },
          { title: WORDS.smallMicro[lang], kind: 'money' },
        ],
        s.byRegion,
        s,
        (r) => [
          count(r.units),
          count(r.unitsRecorded),
          count(r.unitsMeeting),
          count(r.unitsBelow),
          fen(r.budgetFen),
          fen(r.smeReservedFen),
          fen(r.smallMicroReservedFen),
        ],
      ),
    );
  } else tables.push(noData(H.setAside(s.year)[lang], lang));
  if (l.available) {
    tables.push(
      regionTable(
        H.lending(l.year, l.quarter)[lang],
        lang,
        region,
        [
          { title: WORDS.banks[lang], kind: 'count' },
          { title: WORDS.banksMeeting[lang], kind: 'count' },
          { title: WORDS.balance[lang], kind: 'money' },
          { title: WORDS.increment[lang], kind: 'money' },
        ],
        l.byRegion,
        {
          banks: l.banks.current,
          banksMeetingTwoTargets: l.banksMeetingTwoTargets.current,
          smallMicroBalanceFen: l.smallMicroBalanceFen.current,
          smallMicroIncrementFen: l.smallMicroIncrementFen.current,
        },
        (r) => [count(r.banks), count(r.banksMeetingTwoTargets), fen(r.smallMicroBalanceFen), fen(r.smallMicroIncrementFen)],
      ),
    );
  } else tables.push(noData(H.lending(l.year, l.quarter)[lang], lang));
  tables.push(...complaintTables(c, lang));
  tables.push({
    heading: H.targets[lang],
    columns: [
      { title: WORDS.item[lang], kind: 'count' },
      { title: WORDS.target[lang], kind: 'text' },
      { title: WORDS.measured[lang], kind: 'text' },
    ],
    rows: c.targets.map((g) => [
      count(g.item),
      text(g.target[lang]),
      g.measured === null ? text(WORDS.noData[lang]) : text(`${g.measured} / ${g.of}`),
    ]),
  });
  return tables;
}
