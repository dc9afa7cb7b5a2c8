import type { Labels, Lang } from '@xiaowei/engine';
import { POLICY_VERSION } from '@xiaowei/policy';
import { formatFen, formatPercent } from '@xiaowei/policy/format';
import type { Store } from '@xiaowei/store';
import type { FastifyReply } from 'fastify';
import type { DataScope } from '../../context/scope.ts';
import { renderPdfReport } from '../../reports/pdf-report.ts';
import { notCoveredText } from './export-dashboard.ts';
import type { ReportListQuery } from './lending.schema.ts';
import { reportsOf } from './list-reports.ts';
import { INCREMENT_WORDING, periodKey, wordingJson } from './report-json.ts';

const H = (zh: string, ko: string, en: string): Labels => ({ 'zh-CN': zh, ko, en });
const W = {
  title: H('小型微型企业贷款“两个不低于”监测', '소규모 기업 대출 “두 가지 이상” 모니터링', 'Small/micro lending: the "two not lower than"'),
  scope: H('范围', '범위', 'Scope'),
  all: H('全部', '전체', 'All'),
  periods: H('期间', '기간', 'Periods'),
  version: H('规则版本', '규칙 버전', 'Rules version'),
  wordings: H('增量要求的表述', '증가량 요건 문구', 'Wording of the increment target'),
  from: H('自 {p} 起', '{p}부터', 'From {p}'),
  reports: H(
    '各银行逐季核查（未达标的季度以底色标出）',
    '은행별 분기 점검(미충족 분기 강조)',
    'Each bank by quarter (quarters below the line highlighted)',
  ),
  none: H('没有银行报告', '은행 보고가 없습니다', 'No bank reports'),
  footer: H(
    '依据：银监发〔2011〕94号；国发〔2012〕14号（七）。结果由规则计算，仅供参考。',
    '근거: 银监发〔2011〕94号; 国发〔2012〕14号 (7). 규칙으로 계산한 결과이며 참고용입니다.',
    'Sources: 银监发〔2011〕94号; Guofa [2012] No. 14 item 07. Computed by the encoded rules; for reference.',
  ),
  met: H('达到', '충족', 'met'),
  missed: H('未达到', '미충족', 'missed'),
  unchecked: H('未核查', '점검 안 됨', 'not checked'),
};
const COLUMNS: readonly [Labels, 'left' | 'right'][] = [
  [H('银行', '은행', 'Bank'), 'left'],
  [H('期间', '기간', 'Period'), 'left'],
  [H('小微贷款增速', '소규모 대출 증가율', 'Small/micro growth'), 'right'],
  [H('各项贷款增速', '전체 대출 증가율', 'All loans growth'), 'right'],
  [H('小微贷款增量（元）', '소규모 대출 증가량(위안)', 'Increment (yuan)'), 'right'],
  [H('上年同期（元）', '전년 동기(위안)', 'A year earlier (yuan)'), 'right'],
  [H('增速', '증가율', 'Growth'), 'left'],
  [H('增量', '증가량', 'Increment'), 'left'],
];

/** GET /api/v1/lending/dashboard/pdf: the dashboard's figures as a PDF an officer can file, in the caller's language. */
export async function dashboardPdf(
  store: Store,
  scope: DataScope,
  q: ReportListQuery,
  lang: Lang,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const reports = await reportsOf(store, scope, q);
  const pct = (v: number | null) => formatPercent(v, lang);
  const verdict = (ok: boolean | null) => (ok === null ? W.unchecked : ok ? W.met : W.missed)[lang];
  const rows = reports.map((r) => [
    `${r.bankName} (${r.bankId})`,
    periodKey(r.year, r.quarter),
    pct(r.check.smallMicroLoanGrowthRate),
    pct(r.check.allLoanGrowthRate),
    formatFen(r.smallMicroLoanIncrementFen, lang),
    formatFen(r.smallMicroLoanIncrementLastYearFen, lang),
    verdict(r.check.meetsGrowthTarget),
    verdict(r.check.meetsIncrementTarget),
  ]);
  const highlight = reports.flatMap((r, i) => (r.check.meetsTwoTargets === false ? [i] : []));
  // The wording in force at each change over the quarters shown.
  const wordings: string[] = [];
  let last: unknown;
  for (const key of [...new Set(reports.map((r) => r.year * 4 + r.quarter - 1))].sort((a, b) => a - b)) {
    const year = Math.floor(key / 4);
    const quarter = (key % 4) + 1;
    const w = wordingJson(year, quarter, lang);
    const k = w === null ? null : w.strictly_higher;
    if (k === last) continue;
    last = k;
    const text =
      w === null ? notCoveredText(lang) : `“${INCREMENT_WORDING[w.strictly_higher ? 'strict' : 'not_lower'][lang]}” (${w.document ?? '—'})`;
    wordings.push(`${W.from[lang].replace('{p}', periodKey(year, quarter))}: ${text}`);
  }
  const periods = reports.length === 0 ? '—' : `${periodKey(reports[0].year, reports[0].quarter)} …`;
  const span = [...new Set(reports.map((r) => periodKey(r.year, r.quarter)))].sort();
  const pdf = await renderPdfReport({
    lang,
    title: W.title[lang],
    meta: [
      [W.scope[lang], 'all' in scope ? W.all[lang] : 'regionPrefix' in scope ? scope.regionPrefix : 'bankId' in scope ? scope.bankId : '—'],
      [W.periods[lang], span.length > 0 ? `${span[0]} – ${span[span.length - 1]}` : periods],
      [W.version[lang], POLICY_VERSION],
    ],
    sections: [
      { heading: W.wordings[lang], paragraphs: wordings.length > 0 ? wordings : [W.none[lang]] },
      {
        heading: W.reports[lang],
        ...(rows.length > 0
          ? { table: { columns: COLUMNS.map(([t, align]) => ({ title: t[lang], align })), rows, highlight } }
          : { paragraphs: [W.none[lang]] }),
      },
    ],
    footer: W.footer[lang],
  });
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', 'attachment; filename="lending-dashboard.pdf"')
    .send(pdf);
}
