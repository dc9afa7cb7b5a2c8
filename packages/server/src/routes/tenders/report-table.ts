import type { Labels, Lang } from '@xiaowei/engine';
import { EXCEL_FORMAT, formatDate, formatDateTime, formatFen, formatNumber, formatPercent, sizeClassName } from '@xiaowei/policy/format';
import type { TenderEvaluation } from '@xiaowei/store';
import { actorName } from './actor-name.ts';

/**
 * The evaluation report as text in one language, for the Excel and PDF exports alike: the facts of the
 * tender (date, method, rates with the legal range, rule version, publication), the table of bids (price,
 * deduction and why, evaluated price, scores, rank) and the declaration flags with their explanations.
 */

export const REPORT_WORDS = {
  title: { 'zh-CN': '政府采购评审报告', ko: '정부조달 평가 보고서', en: 'Procurement evaluation report' },
  tender: { 'zh-CN': '采购项目', ko: '입찰', en: 'Tender' },
  unit: { 'zh-CN': '预算单位', ko: '예산 단위', en: 'Budget unit' },
  date: { 'zh-CN': '日期', ko: '일자', en: 'Date' },
  method: { 'zh-CN': '评标方法', ko: '평가 방법', en: 'Method' },
  lowest_price: { 'zh-CN': '最低评标价法', ko: '최저가 평가', en: 'Lowest evaluated price' },
  comprehensive: { 'zh-CN': '综合评分法', ko: '종합평가', en: 'Comprehensive scoring' },
  priceWeight: { 'zh-CN': '价格分值', ko: '가격 배점', en: 'Price weight' },
  rate: { 'zh-CN': '小微企业价格扣除比例', ko: '소형·영세기업 가격 공제율', en: 'Small/micro deduction rate' },
  consortiumRate: { 'zh-CN': '联合体价格扣除比例', ko: '컨소시엄 가격 공제율', en: 'Consortium deduction rate' },
  range: { 'zh-CN': '法定范围 {min}–{max}', ko: '법정 범위 {min}–{max}', en: 'legal range {min}–{max}' },
  reserved: { 'zh-CN': '专门面向中小企业（不扣除）', ko: '중소기업 전용(공제 없음)', en: 'Reserved for SMEs (no deduction)' },
  evaluated: { 'zh-CN': '评审', ko: '평가', en: 'Evaluated' },
  published: { 'zh-CN': '公布', ko: '공표', en: 'Published' },
  notPublished: { 'zh-CN': '未公布', ko: '미공표', en: 'not published' },
  rules: { 'zh-CN': '规则版本', ko: '규정 버전', en: 'Rules version' },
  bids: { 'zh-CN': '投标评审结果', ko: '입찰 평가 결과', en: 'Bids' },
  flags: { 'zh-CN': '中小企业声明核对', ko: '중소기업 신고 대조', en: 'Declaration checks' },
  noFlags: {
    'zh-CN': '没有与企业名录不符的声明。',
    ko: '기업 명부와 다른 신고가 없습니다.',
    en: 'No declaration contradicts the registry.',
  },
  contract: {
    'zh-CN': '价格扣除仅用于评审，合同金额为中标供应商的原投标报价（财库〔2011〕181号第五条）。',
    ko: '가격 공제는 평가에만 쓰이며 계약금액은 낙찰자의 원래 입찰가입니다(재고〔2011〕181호 제5조).',
    en: 'The deduction enters the evaluation only: the contract amount is the winner’s original bid price (财库〔2011〕181号 art. 5).',
  },
  footer: {
    'zh-CN': '依据：国发〔2012〕14号第五项；财库〔2011〕181号',
    ko: '근거: 국발〔2012〕14호 제5항; 재고〔2011〕181호',
    en: 'Basis: Guofa [2012] No. 14 item 05; 财库〔2011〕181号',
  },
  rank: { 'zh-CN': '排名', ko: '순위', en: 'Rank' },
  bid: { 'zh-CN': '投标', ko: '입찰', en: 'Bid' },
  supplier: { 'zh-CN': '供应商', ko: '공급자', en: 'Supplier' },
  declared: { 'zh-CN': '声明规模', ko: '신고 규모', en: 'Declared' },
  price: { 'zh-CN': '投标报价（元）', ko: '입찰가(위안)', en: 'Bid price (yuan)' },
  deduction: { 'zh-CN': '扣除比例', ko: '공제율', en: 'Deduction' },
  deductionAmount: { 'zh-CN': '扣除金额（元）', ko: '공제액(위안)', en: 'Deducted (yuan)' },
  evaluatedPrice: { 'zh-CN': '评审价格（元）', ko: '평가 가격(위안)', en: 'Evaluated price (yuan)' },
  technical: { 'zh-CN': '技术得分', ko: '기술 점수', en: 'Technical' },
  priceScore: { 'zh-CN': '价格得分', ko: '가격 점수', en: 'Price score' },
  total: { 'zh-CN': '总分', ko: '총점', en: 'Total' },
  why: { 'zh-CN': '扣除理由', ko: '공제 사유', en: 'Why' },
  party: { 'zh-CN': '声明主体', ko: '신고 주체', en: 'Party' },
  check: { 'zh-CN': '核对结果', ko: '대조 결과', en: 'Check' },
  explanation: { 'zh-CN': '说明', ko: '설명', en: 'Explanation' },
  notRanked: { 'zh-CN': '无效投标', ko: '무효 입찰', en: 'not compliant' },
  none: { 'zh-CN': '未声明', ko: '신고 없음', en: 'none' },
  supplierParty: { 'zh-CN': '供应商', ko: '공급자', en: 'supplier' },
  manufacturerParty: { 'zh-CN': '制造商', ko: '제조사', en: 'manufacturer' },
  memberParty: { 'zh-CN': '联合体成员', ko: '컨소시엄 구성원', en: 'consortium member' },
  contradicted: { 'zh-CN': '与名录不符', ko: '명부와 불일치', en: 'contradicted' },
  not_verifiable: { 'zh-CN': '无法核对', ko: '대조 불가', en: 'not verifiable' },
  confirmed: { 'zh-CN': '一致', ko: '일치', en: 'confirmed' },
} as const satisfies Record<string, Labels>;

export interface ReportText {
  readonly title: string;
  readonly subtitle: string;
  readonly meta: [string, string][];
  readonly bidColumns: { title: string; align: 'left' | 'right' }[];
  readonly bidRows: string[][];
  /** The same rows for a spreadsheet: amounts, rates and scores as numbers, shown through `bidFormats`. */
  readonly bidCells: (string | number)[][];
  readonly bidFormats: (string | undefined)[];
  readonly flagColumns: { title: string; align: 'left' | 'right' }[];
  /** Contradicted and not-verifiable declarations (confirmed ones are counted, not listed). */
  readonly flagRows: string[][];
  readonly notes: string[];
  readonly footer: string;
}

/** The report's text in `lang`. */
export function reportText(e: TenderEvaluation, lang: Lang): ReportText {
  const w = (k: keyof typeof REPORT_WORDS) => REPORT_WORDS[k][lang];
  // Every value through @xiaowei/policy/format, as on the web page: rates as percentages, money with
  // separators to the fen, scores to two decimals, times in China Standard Time, classes by name.
  const percent = (rate: number | string) => formatPercent(rate, lang, 4);
  const score = (n: number | string | null) => (n === null ? '' : formatNumber(n, lang, 2));
  const money = (fen: number) => formatFen(fen, lang);
  const r = e.result;
  const comprehensive = r.method === 'comprehensive';
  const range = (x: { min: number; max: number }) => w('range').replace('{min}', percent(x.min)).replace('{max}', percent(x.max));
  const meta: [string, string][] = [
    [w('unit'), `${r.budgetUnitName} (${r.budgetUnitId})`],
    [w('date'), formatDate(r.tenderDate, lang)],
    [w('method'), w(r.method)],
  ];
  if (comprehensive && r.priceWeight !== null) meta.push([w('priceWeight'), score(r.priceWeight)]);
  if (r.reservedForSme) meta.push([w('rate'), w('reserved')]);
  else {
    meta.push([w('rate'), `${r.deductionRate === null ? '—' : percent(Number(r.deductionRate))} (${range(r.ranges.smallMicro)})`]);
    if (r.consortiumDeductionRate !== null)
      meta.push([w('consortiumRate'), `${percent(Number(r.consortiumDeductionRate))} (${range(r.ranges.consortium)})`]);
  }
  meta.push([
    w('evaluated'),
    `#${e.sequence} ${formatDateTime(e.evaluatedAt, lang)} · ${actorName(e.evaluatedBy, e.evaluatedByName, lang)}`,
  ]);
  meta.push([
    w('published'),
    e.publishedAt ? `${formatDateTime(e.publishedAt, lang)} · ${actorName(e.publishedBy, e.publishedByName, lang)}` : w('notPublished'),
  ]);
  meta.push([w('rules'), `${e.policyVersion} · ${e.parameterHash.slice(0, 12)}`]);
  const bidColumns = [
    { title: w('rank'), align: 'right' as const },
    { title: w('bid'), align: 'left' as const },
    { title: w('supplier'), align: 'left' as const },
    { title: w('declared'), align: 'left' as const },
    { title: w('price'), align: 'right' as const },
    { title: w('deduction'), align: 'right' as const },
    { title: w('deductionAmount'), align: 'right' as const },
    { title: w('evaluatedPrice'), align: 'right' as const },
    ...(comprehensive
      ? [
          { title: w('technical'), align: 'right' as const },
          { title: w('priceScore'), align: 'right' as const },
          { title: w('total'), align: 'right' as const },
        ]
      : []),
    { title: w('why'), align: 'left' as const },
  ];
  const ordered = [...r.bids].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  const bidRows = ordered.map((b) => [
    b.rank === null ? w('notRanked') : String(b.rank),
    b.bidId,
    b.supplierName,
    b.consortium ? w('memberParty') : b.declaredSizeClass ? sizeClassName(b.declaredSizeClass, lang) : w('none'),
    money(b.priceFen),
    percent(b.deductionRate),
    money(b.deductionFen),
    money(b.evaluatedPriceFen),
    ...(comprehensive ? [score(b.technicalScore), score(b.priceScore), score(b.totalScore)] : []),
    b.reason[lang],
  ]);
  const num = (v: number | string | null) => (v === null || v === '' ? '' : Number(v));
  const bidCells = ordered.map((b, i) => [
    b.rank === null ? w('notRanked') : b.rank,
    ...bidRows[i].slice(1, 4),
    b.priceFen / 100,
    Number(b.deductionRate),
    b.deductionFen / 100,
    b.evaluatedPriceFen / 100,
    ...(comprehensive ? [num(b.technicalScore), num(b.priceScore), num(b.totalScore)] : []),
    b.reason[lang],
  ]);
  const bidFormats = [
    undefined,
    undefined,
    undefined,
    undefined,
    EXCEL_FORMAT.money,
    EXCEL_FORMAT.percent,
    EXCEL_FORMAT.money,
    EXCEL_FORMAT.money,
    ...(comprehensive ? [EXCEL_FORMAT.score, EXCEL_FORMAT.score, EXCEL_FORMAT.score] : []),
    undefined,
  ];
  const flagColumns = [
    { title: w('bid'), align: 'left' as const },
    { title: w('party'), align: 'left' as const },
    { title: w('declared'), align: 'left' as const },
    { title: w('check'), align: 'left' as const },
    { title: w('explanation'), align: 'left' as const },
  ];
  const partyWord = { supplier: w('supplierParty'), manufacturer: w('manufacturerParty'), member: w('memberParty') } as const;
  const flagRows = r.bids.flatMap((b) =>
    b.declarations
      .filter((d) => d.status !== 'confirmed')
      .map((d) => [
        b.bidId,
        `${partyWord[d.party]}: ${d.partyName}${d.partyId ? ` (${d.partyId})` : ''}`,
        sizeClassName(d.declared, lang),
        w(d.status),
        d.explanation[lang],
      ]),
  );
  return {
    title: w('title'),
    subtitle: `${w('tender')} ${r.tenderId} · ${r.tenderName}`,
    meta,
    bidColumns,
    bidRows,
    bidCells,
    bidFormats,
    flagColumns,
    flagRows,
    notes: [w('contract'), ...(flagRows.length === 0 ? [w('noFlags')] : [])],
    footer: w('footer'),
  };
}
