import type { Labels, Lang } from '@xiaowei/engine';
import { formatDate } from '@xiaowei/policy/format';
import type { Store } from '@xiaowei/store';
import type { FastifyReply } from 'fastify';
import type { DataScope } from '../../context/scope.ts';
import type { ReportListQuery } from './lending.schema.ts';
import { reportsOf } from './list-reports.ts';
import { INCREMENT_WORDING, lendingRulesCover, periodKey } from './report-json.ts';
import { type CellKind, sendWorkbook } from './workbook.ts';

const H = (zh: string, ko: string, en: string): Labels => ({ 'zh-CN': zh, ko, en });
const COLUMNS: readonly [Labels, CellKind][] = [
  [H('银行代码', '은행 코드', 'Bank code'), 'text'],
  [H('银行名称', '은행명', 'Bank'), 'text'],
  [H('所属地区', '지역', 'Region'), 'text'],
  [H('期间', '기간', 'Period'), 'text'],
  [H('各项贷款增速', '전체 대출 증가율', 'All loans, growth'), 'rate'],
  [H('小型微型企业贷款增速', '소규모 기업 대출 증가율', 'Small/micro loans, growth'), 'rate'],
  [H('小型微型企业贷款增量（元）', '소규모 기업 대출 증가량(위안)', 'Small/micro increment (yuan)'), 'money'],
  [H('上年同期增量（元）', '전년 동기 증가량(위안)', 'Increment a year earlier (yuan)'), 'money'],
  [H('增速达标', '증가율 충족', 'Growth target met'), 'boolean'],
  [H('增量达标', '증가량 충족', 'Increment target met'), 'boolean'],
  [H('两项均达标', '두 요건 모두 충족', 'Both targets met'), 'boolean'],
  [H('适用表述', '적용 문구', 'Wording in force'), 'text'],
  [H('未能核查的原因', '확인 불가 사유', 'Why not checked'), 'text'],
  [H('政策版本', '정책 버전', 'Policy version'), 'text'],
];

/**
 * Why a quarter is unchecked: outside the window the lending targets are encoded for (银监发〔2011〕94号, in
 * force with the Opinions from 2012-04-19; the encoding ends where later targets were not read), both ends
 * named as the API's `rules_cover` names them. In every language: the engine's reason is developer text.
 */
export function notCoveredText(lang: Lang): string {
  const cover = lendingRulesCover();
  const from = formatDate(cover.from, lang);
  if (cover.to === null) return NOT_COVERED_FROM[lang].replace('{from}', from);
  return NOT_COVERED[lang].replace('{from}', from).replace('{to}', formatDate(cover.to, lang));
}
const NOT_COVERED = H(
  '该季度不在已编码的贷款考核规则期间内（{from}至{to}，银监发〔2011〕94号），未核查',
  '해당 분기는 부호화된 대출 목표 규정의 기간({from}~{to}, 银监发〔2011〕94号) 밖이라 점검하지 않았습니다',
  'The quarter is outside the period the lending targets are encoded for ({from} to {to}, 银监发〔2011〕94号): not checked',
);
const NOT_COVERED_FROM = H(
  '该季度不在已编码的贷款考核规则期间内（自{from}起，银监发〔2011〕94号），未核查',
  '해당 분기는 부호화된 대출 목표 규정의 기간({from}부터, 银监发〔2011〕94号) 밖이라 점검하지 않았습니다',
  'The quarter is outside the period the lending targets are encoded for (from {from}, 银监发〔2011〕94号): not checked',
);

/** GET /api/v1/lending/dashboard/export: the dashboard's rows as .xlsx, headers in the caller's language. */
export async function exportDashboard(
  store: Store,
  scope: DataScope,
  q: ReportListQuery,
  lang: Lang,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const reports = await reportsOf(store, scope, q);
  const rows = reports.map((r) => [
    r.bankId,
    r.bankName,
    r.regionCode,
    periodKey(r.year, r.quarter),
    r.check.allLoanGrowthRate,
    r.check.smallMicroLoanGrowthRate,
    r.smallMicroLoanIncrementFen,
    r.smallMicroLoanIncrementLastYearFen,
    r.check.meetsGrowthTarget,
    r.check.meetsIncrementTarget,
    r.check.meetsTwoTargets,
    r.check.incrementStrictlyHigher === null ? null : INCREMENT_WORDING[r.check.incrementStrictlyHigher ? 'strict' : 'not_lower'][lang],
    r.check.problem === null ? null : notCoveredText(lang),
    r.check.policyVersion,
  ]);
  const columns = COLUMNS.map(([labels, kind]) => ({ header: labels[lang], kind }));
  return sendWorkbook(reply, 'lending-dashboard.xlsx', H('贷款监测', '대출 모니터링', 'Lending')[lang], columns, rows);
}
