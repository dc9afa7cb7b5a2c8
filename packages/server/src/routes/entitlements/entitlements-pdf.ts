import type { Labels, Lang } from '@xiaowei/engine';
import { readIndustry } from '@xiaowei/policy';
import { formatNumber, formatYuan, industryGroupName } from '@xiaowei/policy/format';
import type { EngineService } from '../../engine/engine-service.ts';
import { AppError } from '../../errors/app-error.ts';
import { renderPdfReport } from '../../reports/pdf-report.ts';
import { type AssessedEnterprise, assessEntitlements } from './assess-entitlements.ts';

const H = (zh: string, ko: string, en: string): Labels => ({ 'zh-CN': zh, ko, en });
const W = {
  title: H('{year} 年度政策权益报告', '{year}년 정책 혜택 보고서', 'Entitlement report {year}'),
  figures: H('测算依据的数字', '계산에 사용한 숫자', 'Figures used'),
  version: H('规则版本', '규칙 버전', 'Rules version'),
  total: H('扶持政策总价值', '지원 정책 총가치', 'Value of the support package'),
  totalNote: H(
    '共评估 {all} 项权益，符合 {obtained} 项。不得叠加享受的政策只计金额最大的一项。',
    '{all}개 혜택을 평가했고 {obtained}개를 충족합니다. 중복 적용할 수 없는 정책은 금액이 가장 큰 하나만 합산합니다.',
    '{all} entitlements assessed, {obtained} met. Of measures that cannot be combined, only the largest counts.',
  ),
  excludes: H(
    '合计不含金额待定的 {n} 项（见下表，补充所需数据即可算出）。',
    '금액이 미정인 {n}개는 합계에 포함되지 않습니다(아래 표 참조, 필요한 값을 입력하면 계산됩니다).',
    'The total leaves out {n} whose amount is pending (see below: give what they need to see it).',
  ),
  obtained: H('可以享受的权益', '받을 수 있는 혜택', 'Entitlements you have'),
  missed: H(
    '未能享受的权益：原因与改变条件',
    '받지 못하는 혜택: 이유와 달라지는 조건',
    'Entitlements you miss: why, and what would change it',
  ),
  none: H('无', '없음', 'None'),
  measure: H('措施', '조치', 'Measure'),
  name: H('权益', '혜택', 'Entitlement'),
  amount: H('本年度金额（元）', '당해 연도 금액(위안)', 'Amount in the year (yuan)'),
  status: H('状态', '상태', 'Status'),
  why: H('原因与改变条件', '이유와 달라지는 조건', 'Why, and what would change it'),
  counted: H('可享受，计入合计', '받을 수 있음, 합계에 포함', 'Entitled, counted in the total'),
  notCounted: H('可享受，不与其他政策叠加', '받을 수 있음, 다른 정책과 중복 불가', 'Entitled, not combined with another measure'),
  pendingAmount: H('可享受，金额待定', '받을 수 있음, 금액 미정', 'Entitled, amount pending'),
  pendingEligibility: H('待判断', '판단 보류', 'To be decided'),
  missedStatus: H('不符合条件', '요건 미충족', 'Conditions not met'),
  disclaimer: H(
    '本报告依据已编码的规则计算，仅供参考；实际享受以主管部门（税务、人社、财政等）审核为准。',
    '이 보고서는 코드화된 규칙으로 계산한 참고 자료이며, 실제 적용은 주관 부문(세무, 인력자원·사회보장, 재정 등)의 심사에 따릅니다.',
    'This report is computed from the encoded rules and is for reference; what you actually receive is decided by the competent authorities (tax, human resources and social security, finance…).',
  ),
  footer: H(
    '依据：国发〔2012〕14号及其配套文件。',
    '근거: 国发〔2012〕14号 및 관련 문서.',
    'Sources: Guofa [2012] No. 14 and the documents implementing it.',
  ),
};

/** The report's figures, by the policy's own labels: what the body gave, as typed in the form. */
const FIGURES: readonly [string, 'count' | 'money' | 'text'][] = [
  ['industry', 'text'],
  ['employees', 'count'],
  ['revenue', 'money'],
  ['total_assets', 'money'],
  ['taxable_income', 'money'],
];

/**
 * POST /api/v1/entitlements/pdf: the entitlement report of one enterprise as a PDF — the same assessment as
 * POST /api/v1/entitlements (its body and year), in the caller's language: the total, each entitlement with
 * its amount or what to give to see it, and for those missed why and what would change.
 */
export async function entitlementsPdf(
  engine: EngineService,
  request: { period: string; lang: Lang; body: Readonly<Record<string, unknown>> },
): Promise<Buffer> {
  const { lang } = request;
  const assessed = assessEntitlements(engine, request);
  const a = assessed.result;
  // A batch has no one report to print.
  if (a === undefined) throw new AppError('XW_ERR_BAD_REQUEST', { detail: 'one enterprise per report' });
  const { body } = request;
  const year = assessed.period;
  const text = (l: Labels, params: Record<string, string | number> = {}) =>
    Object.entries(params).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, String(v)), l[lang]);

  const figures: [string, string][] = [];
  for (const [id, kind] of FIGURES) {
    const raw = body[id];
    if (raw === undefined || raw === null || raw === '') continue;
    const label = engine.system.variables.get(id)?.label[lang] ?? id;
    const shown =
      kind === 'money'
        ? formatYuan(raw as number | string, lang, { fen: 'auto', unit: true })
        : kind === 'count'
          ? formatNumber(raw as number, lang, 2)
          : industryText(String(raw), lang);
    figures.push([label, shown]);
  }

  const rows = entitlementRows(a, lang);
  const obtained = a.entitlements.filter((e) => e.eligible).length;
  const pendingTotal = a.total_excludes.length;
  return renderPdfReport({
    lang,
    title: text(W.title, { year }),
    meta: [...figures, [W.version[lang], `${assessed.policy_version} · ${assessed.parameter_hash.slice(0, 12)}`]],
    sections: [
      {
        heading: W.total[lang],
        paragraphs: [
          formatYuan(a.total_support_value.text, lang, { unit: true }),
          text(W.totalNote, { all: a.entitlements.length, obtained }),
          ...(pendingTotal > 0 ? [text(W.excludes, { n: pendingTotal })] : []),
        ],
      },
      rows.obtained.length > 0
        ? {
            heading: W.obtained[lang],
            table: {
              columns: [
                { title: W.measure[lang] },
                { title: W.name[lang] },
                { title: W.amount[lang], align: 'right' },
                { title: W.status[lang] },
              ],
              rows: rows.obtained,
            },
          }
        : { heading: W.obtained[lang], paragraphs: [W.none[lang]] },
      rows.missed.length > 0
        ? {
            heading: W.missed[lang],
            table: { columns: [{ title: W.measure[lang] }, { title: W.name[lang] }, { title: W.why[lang] }], rows: rows.missed },
          }
        : { heading: W.missed[lang], paragraphs: [W.none[lang]] },
      { paragraphs: [W.disclaimer[lang]] },
    ],
    footer: W.footer[lang],
  });
}

/** An industry as typed, with its size-standard group by name: `F52（零售业）`. */
function industryText(code: string, lang: Lang): string {
  const reading = readIndustry(code);
  if (!reading.ok) return code;
  const group = industryGroupName(reading.group, lang);
  return group === code ? code : lang === 'zh-CN' ? `${code}（${group}）` : `${code} (${group})`;
}

/** The rows of the two tables: those obtained (largest first) and those missed with every line of why not. */
function entitlementRows(a: AssessedEnterprise, lang: Lang): { obtained: string[][]; missed: string[][] } {
  const obtained = a.entitlements
    .filter((e) => e.eligible)
    .sort((x, y) => Number(y.value.fen) - Number(x.value.fen))
    .map((e) => [
      e.measure,
      e.title ?? e.measure,
      e.pending ? e.pending.message : formatYuan(e.value.text, lang),
      (e.pending ? W.pendingAmount : e.counted ? W.counted : W.notCounted)[lang],
    ]);
  const missed = a.entitlements
    .filter((e) => !e.eligible)
    .map((e) => {
      const why = e.pending
        ? [`${W.pendingEligibility[lang]}: ${e.pending.message}`]
        : e.conditions.filter((c) => c.met === false && typeof c.advice === 'string').map((c) => c.advice as string);
      return [e.measure, e.title ?? e.measure, why.length > 0 ? why.join('\n') : W.missedStatus[lang]];
    });
  return { obtained, missed };
}
