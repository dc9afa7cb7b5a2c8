/**
 * The sentences of a bulletin that say what changed, written from its figures in zh-CN, ko and en (item 29 of
 * 国发〔2012〕14号: statistics published). Every number in a sentence is one of the bulletin's own figures, formatted
 * by `@xiaowei/policy/format`; a part without data says so.
 */
import type { Lang } from '@xiaowei/engine';
import { formatDate, formatFen, formatNumber, formatPercent, industryGroupName, sizeClassName } from '@xiaowei/policy/format';
import type { BulletinContent, Change, KeyedChange } from './content.ts';

type Figures = Omit<BulletinContent, 'text'>;
const LANGS: readonly Lang[] = ['zh-CN', 'ko', 'en'];

const UNCLASSIFIED = { 'zh-CN': '未划型', ko: '미분류', en: 'unclassified' } as const;

function sizeName(key: string, lang: Lang): string {
  return key === 'unclassified' ? UNCLASSIFIED[lang] : sizeClassName(key, lang);
}

/** "增加 3 户" / "3개 증가" / "up 3" — or unchanged. */
function delta(c: Change, lang: Lang, money = false): string {
  const n = Math.abs(c.change);
  const v = money ? formatFen(n, lang, { unit: true }) : formatNumber(n, lang);
  if (c.change === 0) return { 'zh-CN': '持平', ko: '변동 없음', en: 'unchanged' }[lang];
  if (lang === 'zh-CN') return `${c.change > 0 ? '增加' : '减少'} ${v}`;
  if (lang === 'ko') return `${v} ${c.change > 0 ? '증가' : '감소'}`;
  return `${c.change > 0 ? 'up' : 'down'} ${v}`;
}

function regionName(f: Figures, code: string, lang: Lang): string {
  return f.regions.find((r) => r.code === code)?.name[lang] ?? code;
}

function enterpriseSentences(f: Figures, lang: Lang): string[] {
  const e = f.enterprises;
  const region = f.regionName[lang];
  const asOf = formatDate(e.asOf, lang);
  const before = formatDate(e.previousAsOf, lang);
  const n = formatNumber(e.total.current, lang);
  const out = [
    {
      'zh-CN': `截至 ${asOf}，${region}登记企业 ${n} 户，较 ${before}${delta(e.total, lang)}。`,
      ko: `${asOf} 현재 ${region} 등록 기업은 ${n}개로 ${before} 대비 ${delta(e.total, lang)}.`,
      en: `On ${asOf} the registry of ${region} held ${n} enterprises, ${delta(e.total, lang)} from ${before}.`,
    }[lang],
  ];
  const sizes = e.bySizeClass.map((s) => `${sizeName(s.key, lang)} ${formatNumber(s.current, lang)}（${delta(s, lang)}）`);
  if (sizes.length > 0) {
    out.push(
      {
        'zh-CN': `按 ${e.sizeYear} 年度划型：${sizes.join('，')}。`,
        ko: `${e.sizeYear}년 규모 분류: ${sizes.join(', ').replaceAll('（', '(').replaceAll('）', ')')}.`,
        en: `By size class (${e.sizeYear}): ${sizes.join(', ').replaceAll('（', ' (').replaceAll('）', ')')}.`,
      }[lang],
    );
  }
  const largest = (rows: readonly KeyedChange[]) =>
    rows.reduce<KeyedChange | null>(
      (best, r) => (r.change !== 0 && (best === null || Math.abs(r.change) > Math.abs(best.change)) ? r : best),
      null,
    );
  const topRegion = largest(e.byRegion);
  const topGroup = largest(e.byIndustryGroup);
  if (topRegion && topGroup) {
    const r = regionName(f, topRegion.key, lang);
    const g = industryGroupName(topGroup.key, lang);
    out.push(
      {
        'zh-CN': `变化最大的地区为${r}（${delta(topRegion, lang)}），行业为${g}（${delta(topGroup, lang)}）。`,
        ko: `변동이 가장 큰 지역은 ${r}(${delta(topRegion, lang)}), 업종은 ${g}(${delta(topGroup, lang)})입니다.`,
        en: `The largest change by region was ${r} (${delta(topRegion, lang)}), by industry group ${g} (${delta(topGroup, lang)}).`,
      }[lang],
    );
  }
  return out;
}

const NO_DATA = {
  takeUp: {
    'zh-CN': '政策兑现（申领、拨付）情况：平台尚无数据。',
    ko: '지원 수령(신청·지급) 현황: 플랫폼에 데이터가 없습니다.',
    en: 'Take-up (applications, payments): the platform holds no data.',
  },
  complaints: {
    'zh-CN': '企业投诉情况：平台尚无数据。',
    ko: '기업 민원 현황: 플랫폼에 데이터가 없습니다.',
    en: 'Complaints of enterprises: the platform holds no data.',
  },
} as const;

function entitlementSentences(f: Figures, lang: Lang): string[] {
  const t = f.entitlements;
  if (!t.available) {
    return [
      {
        'zh-CN': `${t.year} 年度企业政策享受情况：平台尚无数据。`,
        ko: `${t.year}년 기업 지원 현황: 플랫폼에 데이터가 없습니다.`,
        en: `Entitlements of ${t.year}: the platform holds no data.`,
      }[lang],
      ...takeUpSentences(f, lang),
    ];
  }
  const n = formatNumber(t.enterprises.current, lang);
  const v = formatFen(t.valueFen.current, lang, { unit: true });
  return [
    {
      'zh-CN': `${t.year} 年度可享受扶持政策的企业 ${n} 户（较 ${t.previousYear} 年度${delta(t.enterprises, lang)}），合计 ${v}（${delta(t.valueFen, lang, true)}）。`,
      ko: `${t.year}년 지원 대상 기업은 ${n}개(${t.previousYear}년 대비 ${delta(t.enterprises, lang)}), 합계 ${v}(${delta(t.valueFen, lang, true)})입니다.`,
      en: `In ${t.year}, ${n} enterprises were entitled to support (${delta(t.enterprises, lang)} from ${t.previousYear}), worth ${v} in all (${delta(t.valueFen, lang, true)}).`,
    }[lang],
    ...takeUpSentences(f, lang),
  ];
}

function periodWords(f: Figures): { now: string; before: string } {
  return { now: f.period.key, before: f.previousPeriod.key };
}

function takeUpSentences(f: Figures, lang: Lang): string[] {
  const t = f.entitlements.takeUp;
  if (!t.available) return [NO_DATA.takeUp[lang]];
  const { now, before } = periodWords(f);
  const n = (c: Change) => formatNumber(c.current, lang);
  const y = (c: Change) => formatFen(c.current, lang, { unit: true });
  return [
    {
      'zh-CN': `${now} 政策兑现：发出兑现通知 ${n(t.offered)} 笔（${y(t.offeredFen)}），企业确认 ${n(t.confirmed)} 笔（${y(t.confirmedFen)}），拨付 ${n(t.paid)} 笔（${y(t.paidFen)}）；拨付金额较 ${before}${delta(t.paidFen, lang, true)}。`,
      ko: `${now} 지원 수령: 지원 통지 ${n(t.offered)}건(${y(t.offeredFen)}), 기업 확인 ${n(t.confirmed)}건(${y(t.confirmedFen)}), 지급 ${n(t.paid)}건(${y(t.paidFen)}); 지급액은 ${before} 대비 ${delta(t.paidFen, lang, true)}.`,
      en: `Take-up in ${now}: ${n(t.offered)} offers made (${y(t.offeredFen)}), ${n(t.confirmed)} confirmed by enterprises (${y(t.confirmedFen)}), ${n(t.paid)} paid (${y(t.paidFen)}); payments ${delta(t.paidFen, lang, true)} from ${before}.`,
    }[lang],
  ];
}

function complaintSentences(f: Figures, lang: Lang): string[] {
  const c = f.complaints;
  if (!c.available) return [NO_DATA.complaints[lang]];
  const { now, before } = periodWords(f);
  const filed = formatNumber(c.filed.current, lang);
  const replied = formatNumber(c.replied.current, lang);
  const inTime = formatNumber(c.repliedInTime.current, lang);
  const out = [
    {
      'zh-CN': `${now} 受理企业投诉 ${filed} 件（较 ${before}${delta(c.filed, lang)}），答复 ${replied} 件，其中按期答复 ${inTime} 件。`,
      ko: `${now} 기업 민원 접수 ${filed}건(${before} 대비 ${delta(c.filed, lang)}), 답변 ${replied}건 중 기한 내 답변 ${inTime}건.`,
      en: `In ${now}, ${filed} complaints were filed (${delta(c.filed, lang)} from ${before}) and ${replied} replied, ${inTime} of them by the deadline.`,
    }[lang],
  ];
  if (c.meanRating !== null) {
    const rated = formatNumber(c.rated.current, lang);
    out.push(
      {
        'zh-CN': `企业对答复评价 ${rated} 次，平均 ${c.meanRating} 分（满分 5 分）。`,
        ko: `답변에 대한 기업 평가 ${rated}건, 평균 ${c.meanRating}점(5점 만점).`,
        en: `Enterprises rated ${rated} replies, ${c.meanRating} of 5 on average.`,
      }[lang],
    );
  }
  return out;
}

function setAsideSentences(f: Figures, lang: Lang): string[] {
  const s = f.setAside;
  if (!s.available) {
    return [
      {
        'zh-CN': `${s.year} 年度政府采购预留份额：平台尚无预算单位数据。`,
        ko: `${s.year}년 정부 조달 유보: 플랫폼에 예산 단위 데이터가 없습니다.`,
        en: `Set-aside of ${s.year}: the platform holds no budget unit data.`,
      }[lang],
    ];
  }
  const rec = formatNumber(s.unitsRecorded, lang);
  const meet = formatNumber(s.unitsMeeting, lang);
  const sme = formatPercent(s.smeReservedShare, lang);
  const sm = formatPercent(s.smallMicroReservedShare, lang);
  return [
    {
      'zh-CN': `${s.year} 年度 ${rec} 个预算单位登记了采购预算，其中 ${meet} 个达到预留要求（中小企业 30%、小型微型企业 18%）；合计预留比例分别为 ${sme} 和 ${sm}。`,
      ko: `${s.year}년 구매 예산을 등록한 예산 단위 ${rec}개 중 ${meet}개가 유보 기준(중소기업 30%, 소형·영세기업 18%)을 충족했으며, 합계 유보 비중은 각각 ${sme}, ${sm}입니다.`,
      en: `In ${s.year}, ${meet} of the ${rec} budget units that recorded a budget met the set-aside (30% SMEs, 18% small/micro); together they reserved ${sme} and ${sm}.`,
    }[lang],
  ];
}

function lendingSentences(f: Figures, lang: Lang): string[] {
  const l = f.lending;
  if (!l.available) {
    return [
      {
        'zh-CN': `${l.year} 年第 ${l.quarter} 季度小型微型企业贷款：平台尚无银行报送数据。`,
        ko: `${l.year}년 ${l.quarter}분기 소형·영세기업 대출: 플랫폼에 은행 보고 데이터가 없습니다.`,
        en: `Small/micro lending in ${l.year} Q${l.quarter}: the platform holds no bank reports.`,
      }[lang],
    ];
  }
  const banks = formatNumber(l.banks.current, lang);
  const meet = formatNumber(l.banksMeetingTwoTargets.current, lang);
  const bal = formatFen(l.smallMicroBalanceFen.current, lang, { unit: true });
  const d = delta(l.smallMicroBalanceFen, lang, true);
  return [
    {
      'zh-CN': `${l.year} 年第 ${l.quarter} 季度 ${banks} 家银行报送小型微型企业贷款情况，${meet} 家达到“两个不低于”；小型微型企业贷款余额 ${bal}，较上季度${d}。`,
      ko: `${l.year}년 ${l.quarter}분기 소형·영세기업 대출을 보고한 은행 ${banks}곳 중 ${meet}곳이 두 가지 기준을 충족했으며, 소형·영세기업 대출 잔액은 ${bal}로 전 분기 대비 ${d}.`,
      en: `In ${l.year} Q${l.quarter}, ${meet} of ${banks} reporting banks met both lending targets; small/micro loans stood at ${bal}, ${d} on the quarter before.`,
    }[lang],
  ];
}

/** The bulletin's sentences in each language. */
export function bulletinText(f: Figures): Record<Lang, string[]> {
  const out = {} as Record<Lang, string[]>;
  for (const lang of LANGS) {
    out[lang] = [
      ...enterpriseSentences(f, lang),
      ...entitlementSentences(f, lang),
      ...setAsideSentences(f, lang),
      ...lendingSentences(f, lang),
      ...complaintSentences(f, lang),
    ];
  }
  return out;
}
