/**
 * Computes a bulletin's figures from the store (item 29 of 国发〔2012〕14号: statistics and monitoring): counts in
 * SQL `count(*)`, money as integer fen summed in SQL (exact on both dialects), the set-aside through the policy's
 * own decision (SetAsideRepository.report), the banks' stored checks. Comparison rows are the regions one level
 * below the bulletin's region (provinces of the nation, cities of a province, counties of a city).
 */
import type { Labels } from '@xiaowei/engine';
import { getSystem, loadCatalogue, POLICY_VERSION, VARIABLES } from '@xiaowei/policy';
import { type Kysely, sql } from 'kysely';
import type { StoreContext } from '../context.ts';
import { SetAsideRepository } from '../repositories/set-aside.ts';
import type { Database } from '../schema.ts';
import { nowIso, regionRange, toInt } from '../values.ts';
import { complaintFigures, takeUpFigures } from './activity-figures.ts';
import type {
  BulletinContent,
  Change,
  EnterpriseFigures,
  EntitlementFigures,
  EntitlementRow,
  KeyedChange,
  LendingFigures,
  NamedRegion,
  SetAsideFigures,
  TargetRow,
} from './content.ts';
import { bulletinText } from './narrative.ts';
import { type BulletinPeriod, closedQuarter, previousPeriod } from './period.ts';

const SIZE_ORDER = ['large', 'medium', 'small', 'micro', 'unclassified'];
const NATION: Labels = { 'zh-CN': '全国', ko: '전국', en: 'China (all regions)' };

/** The length of a region key one level below `prefix` ('' → provinces '37', '37' → cities '3702', else counties). */
export function childLength(prefix: string): number {
  return prefix.length < 2 ? 2 : prefix.length < 4 ? 4 : 6;
}

const change = (current: number, previous: number): Change => ({ current, previous, change: current - previous });

function keyed(now: Map<string, number>, before: Map<string, number>, order?: readonly string[]): KeyedChange[] {
  const keys = [...new Set([...now.keys(), ...before.keys()])];
  keys.sort(order ? (a, b) => order.indexOf(a) - order.indexOf(b) || a.localeCompare(b) : (a, b) => a.localeCompare(b));
  return keys.map((key) => ({ key, ...change(now.get(key) ?? 0, before.get(key) ?? 0) }));
}

function bump(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

type Db = Kysely<Database>;

interface Counts {
  readonly total: number;
  readonly size: Map<string, number>;
  readonly group: Map<string, number>;
  readonly region: Map<string, number>;
}

async function enterpriseCounts(db: Db, prefix: string, asOf: string, year: number): Promise<Counts> {
  const [lo, hi] = regionRange(prefix);
  const len = sql.lit(childLength(prefix));
  const { rows } = await sql<{ k: string; g: string; s: string; n: unknown }>`
    select substr(e.region_code, 1, ${len}) as k, e.industry_group as g, coalesce(t.size_class, 'unclassified') as s, count(*) as n
    from enterprises e left join entitlements t on t.enterprise_id = e.id and t.year = ${year}
    where e.region_code between ${lo} and ${hi} and (e.founded is null or e.founded <= ${asOf})
    group by 1, 2, 3`.execute(db);
  const out: Counts = { total: 0, size: new Map(), group: new Map(), region: new Map() };
  let total = 0;
  for (const r of rows) {
    const n = toInt(r.n);
    total += n;
    bump(out.size, r.s, n);
    bump(out.group, r.g, n);
    bump(out.region, r.k.padEnd(6, '0'), n);
  }
  return { ...out, total };
}

async function enterpriseFigures(db: Db, prefix: string, period: BulletinPeriod, previous: BulletinPeriod): Promise<EnterpriseFigures> {
  const now = await enterpriseCounts(db, prefix, period.end, period.year);
  const before = await enterpriseCounts(db, prefix, previous.end, previous.year);
  return {
    asOf: period.end,
    previousAsOf: previous.end,
    sizeYear: period.year,
    previousSizeYear: previous.year,
    total: change(now.total, before.total),
    bySizeClass: keyed(now.size, before.size, SIZE_ORDER),
    byIndustryGroup: keyed(now.group, before.group),
    byRegion: keyed(now.region, before.region),
  };
}

interface YearEntitlements {
  readonly rows: number;
  readonly enterprises: number;
  readonly valueFen: number;
  readonly byRegion: EntitlementRow[];
}

async function yearEntitlements(db: Db, prefix: string, year: number): Promise<YearEntitlements> {
  const [lo, hi] = regionRange(prefix);
  const len = sql.lit(childLength(prefix));
  const { rows } = await sql<{ k: string; n: unknown; v: unknown; all_rows: unknown }>`
    select substr(e.region_code, 1, ${len}) as k,
      sum(case when t.total_support_value_fen > 0 then 1 else 0 end) as n,
      sum(case when t.total_support_value_fen > 0 then t.total_support_value_fen else 0 end) as v,
      count(*) as all_rows
    from entitlements t join enterprises e on e.id = t.enterprise_id
    where e.region_code between ${lo} and ${hi} and t.year = ${year}
    group by 1 order by 1`.execute(db);
  const byRegion = rows.map((r) => ({ key: r.k.padEnd(6, '0'), enterprises: toInt(r.n), valueFen: toInt(r.v) }));
  return {
    rows: rows.reduce((s, r) => s + toInt(r.all_rows), 0),
    enterprises: byRegion.reduce((s, r) => s + r.enterprises, 0),
    valueFen: byRegion.reduce((s, r) => s + r.valueFen, 0),
    byRegion,
  };
}

/** Titles of the catalogue's items and sub-measures by id, in three languages. */
let measureTitles: Map<string, Labels> | undefined;
function measureTitle(id: string): Labels {
  if (!measureTitles) {
    measureTitles = new Map();
    for (const m of loadCatalogue(VARIABLES).measures) {
      measureTitles.set(m.id, m.title);
      for (const s of m.subMeasures) measureTitles.set(s.id, s.title);
    }
  }
  return measureTitles.get(id) ?? { 'zh-CN': id, ko: id, en: id };
}

async function entitlementFigures(db: Db, prefix: string, year: number, takeUp: EntitlementFigures['takeUp']): Promise<EntitlementFigures> {
  const now = await yearEntitlements(db, prefix, year);
  const before = await yearEntitlements(db, prefix, year - 1);
  const [lo, hi] = regionRange(prefix);
  const { rows } = await sql<{ m: string; n: unknown; v: unknown }>`
    select c.measure as m, count(*) as n, sum(c.value_fen) as v
    from entitlement_components c join enterprises e on e.id = c.enterprise_id
    where e.region_code between ${lo} and ${hi} and c.year = ${year} and c.value_fen > 0
    group by c.measure order by c.measure`.execute(db);
  return {
    year,
    previousYear: year - 1,
    available: now.rows > 0,
    enterprises: change(now.enterprises, before.enterprises),
    valueFen: change(now.valueFen, before.valueFen),
    byMeasure: rows.map((r) => ({ key: r.m, name: measureTitle(r.m), enterprises: toInt(r.n), valueFen: toInt(r.v) })),
    byRegion: now.byRegion,
    takeUp,
  };
}

async function setAsideFigures(ctx: StoreContext, prefix: string, year: number): Promise<SetAsideFigures> {
  const report = await new SetAsideRepository(ctx).report({ scope: prefix === '' ? { all: true } : { regionPrefix: prefix }, year });
  const len = childLength(prefix);
  const regions = new Map<string, SetAsideFigures['byRegion'][number]>();
  for (const u of report.units) {
    const key = u.regionCode.slice(0, len).padEnd(6, '0');
    const r = regions.get(key) ?? {
      key,
      units: 0,
      unitsRecorded: 0,
      unitsMeeting: 0,
      unitsBelow: 0,
      budgetFen: 0,
      smeReservedFen: 0,
      smallMicroReservedFen: 0,
    };
    const counted = u.state !== 'no_budget_recorded' && u.state !== 'not_computable';
    regions.set(key, {
      key,
      units: r.units + 1,
      unitsRecorded: r.unitsRecorded + (u.state !== 'no_budget_recorded' ? 1 : 0),
      unitsMeeting: r.unitsMeeting + (u.state === 'meets' ? 1 : 0),
      unitsBelow: r.unitsBelow + (u.state === 'below_with_reason' || u.state === 'below_without_reason' ? 1 : 0),
      budgetFen: r.budgetFen + (counted ? u.amounts.budgetFen : 0),
      smeReservedFen: r.smeReservedFen + (counted ? u.amounts.smeReservedFen : 0),
      smallMicroReservedFen: r.smallMicroReservedFen + (counted ? u.amounts.smallMicroReservedFen : 0),
    });
  }
  const t = report.totals;
  return {
    year,
    available: t.unitsRecorded > 0,
    units: t.units,
    unitsRecorded: t.unitsRecorded,
    unitsMeeting: t.unitsMeeting,
    unitsBelow: t.unitsBelow,
    budgetFen: t.amounts.budgetFen,
    smeReservedFen: t.amounts.smeReservedFen,
    smallMicroReservedFen: t.amounts.smallMicroReservedFen,
    smeReservedShare: t.shares.smeReserved,
    smallMicroReservedShare: t.shares.smallMicroReserved,
    meets: t.meets,
    byRegion: [...regions.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

interface QuarterLending {
  readonly banks: number;
  readonly meeting: number;
  readonly balanceFen: number;
  readonly incrementFen: number;
  readonly byRegion: LendingFigures['byRegion'][number][];
}

async function quarterLending(db: Db, prefix: string, year: number, quarter: number): Promise<QuarterLending> {
  const [lo, hi] = regionRange(prefix);
  const len = sql.lit(childLength(prefix));
  const { rows } = await sql<{ k: string; n: unknown; m: unknown; b: unknown; i: unknown }>`
    select substr(b.region_code, 1, ${len}) as k, count(*) as n,
      sum(case when r.meets_two_targets then 1 else 0 end) as m,
      sum(r.small_micro_loan_balance_fen) as b, sum(r.small_micro_loan_increment_fen) as i
    from lending_reports r join banks b on b.id = r.bank_id
    where b.region_code between ${lo} and ${hi} and r.year = ${year} and r.quarter = ${quarter}
    group by 1 order by 1`.execute(db);
  const byRegion = rows.map((r) => ({
    key: r.k.padEnd(6, '0'),
    banks: toInt(r.n),
    banksMeetingTwoTargets: toInt(r.m),
    smallMicroBalanceFen: toInt(r.b),
    smallMicroIncrementFen: toInt(r.i),
  }));
  const sum = (f: (r: (typeof byRegion)[number]) => number) => byRegion.reduce((s, r) => s + f(r), 0);
  return {
    banks: sum((r) => r.banks),
    meeting: sum((r) => r.banksMeetingTwoTargets),
    balanceFen: sum((r) => r.smallMicroBalanceFen),
    incrementFen: sum((r) => r.smallMicroIncrementFen),
    byRegion,
  };
}

async function lendingFigures(db: Db, prefix: string, period: BulletinPeriod): Promise<LendingFigures> {
  const { year, quarter } = closedQuarter(period);
  const prev = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
  const now = await quarterLending(db, prefix, year, quarter);
  const before = await quarterLending(db, prefix, prev.year, prev.quarter);
  return {
    year,
    quarter,
    previousYear: prev.year,
    previousQuarter: prev.quarter,
    available: now.banks > 0,
    banks: change(now.banks, before.banks),
    banksMeetingTwoTargets: change(now.meeting, before.meeting),
    smallMicroBalanceFen: change(now.balanceFen, before.balanceFen),
    smallMicroIncrementFen: change(now.incrementFen, before.incrementFen),
    byRegion: now.byRegion,
  };
}

/**
 * The Opinions' numeric targets (国发〔2012〕14号 items 05, 07, 15, 24, 28). Only the set-aside and the banks'
 * lending are recorded by the platform; the others have no figure here (`measured: null`), never an estimate.
 */
function targets(setAside: SetAsideFigures, lending: LendingFigures): TargetRow[] {
  return [
    {
      item: 5,
      key: 'set_aside_units',
      target: {
        'zh-CN': '预算单位预留年度采购预算 30% 以上面向中小企业、其中 18% 以上面向小型微型企业（达标单位数 / 已登记单位数）',
        ko: '예산 단위가 연간 구매 예산의 30% 이상을 중소기업, 그중 18% 이상을 소형·영세기업에 유보(충족 단위 수 / 등록 단위 수)',
        en: 'Budget units reserve ≥ 30% of the yearly procurement budget for SMEs, ≥ 18% for small/micro (units meeting / units recorded)',
      },
      measured: setAside.available ? setAside.unitsMeeting : null,
      of: setAside.available ? setAside.unitsRecorded : null,
    },
    {
      item: 7,
      key: 'bank_two_targets',
      target: {
        'zh-CN': '小型微型企业贷款增速不低于全部贷款平均增速、增量不低于上年同期（达标银行数 / 报送银行数）',
        ko: '소형·영세기업 대출 증가율이 전체 대출 평균 이상, 증가액이 전년 동기 이상(충족 은행 수 / 보고 은행 수)',
        en: 'Small/micro loans grow at least as fast as all loans, by at least last year’s increment (banks meeting / banks reporting)',
      },
      measured: lending.available ? lending.banksMeetingTwoTargets.current : null,
      of: lending.available ? lending.banks.current : null,
    },
    {
      item: 15,
      key: 'startup_bases',
      target: { 'zh-CN': '到 2015 年建设 3,000 个创业基地', ko: '2015년까지 창업 기지 3,000개 조성', en: '3,000 start-up bases by 2015' },
      measured: null,
      of: null,
    },
    {
      item: 15,
      key: 'incubated_enterprises',
      target: {
        'zh-CN': '到 2015 年在孵企业 10 万户以上',
        ko: '2015년까지 보육 기업 10만 개 이상',
        en: '100,000 incubated enterprises by 2015',
      },
      measured: null,
      of: null,
    },
    {
      item: 24,
      key: 'trained_managers',
      target: {
        'zh-CN': '每年培训 50 万名经营管理人员和创业者',
        ko: '매년 경영 관리자와 창업자 50만 명 교육',
        en: '500,000 managers and entrepreneurs trained each year',
      },
      measured: null,
      of: null,
    },
    {
      item: 28,
      key: 'service_platforms',
      target: {
        'zh-CN': '到 2015 年支持 4,000 个中小企业公共服务平台，其中 500 个国家示范平台',
        ko: '2015년까지 중소기업 공공 서비스 플랫폼 4,000개(국가 시범 플랫폼 500개) 지원',
        en: '4,000 SME public service platforms supported by 2015, 500 of them national demonstration platforms',
      },
      measured: null,
      of: null,
    },
  ];
}

async function regionsOf(db: Db, prefix: string, keys: Iterable<string>): Promise<{ name: Labels; regions: NamedRegion[] }> {
  const codes = [...new Set([prefix === '' ? '' : prefix.padEnd(6, '0'), ...keys])].filter((c) => c !== '');
  const rows = codes.length === 0 ? [] : await db.selectFrom('regions').selectAll().where('code', 'in', codes).execute();
  const names = new Map(rows.map((r) => [r.code, { 'zh-CN': r.name_zh, ko: r.name_ko, en: r.name_en }]));
  const own = prefix === '' ? NATION : (names.get(prefix.padEnd(6, '0')) ?? { 'zh-CN': prefix, ko: prefix, en: prefix });
  const regions = [...new Set(keys)].sort().map((code) => ({ code, name: names.get(code) ?? { 'zh-CN': code, ko: code, en: code } }));
  return { name: own, regions };
}

/**
 * The bulletin of `prefix` ('' = national) for `period`, computed now from the store `ctx` reads.
 * @example const c = await generateBulletinContent(ctx, '37', parsePeriod('2013-Q1')); c.enterprises.total.change
 */
export async function generateBulletinContent(ctx: StoreContext, prefix: string, period: BulletinPeriod): Promise<BulletinContent> {
  const db = ctx.db;
  const previous = previousPeriod(period);
  const enterprises = await enterpriseFigures(db, prefix, period, previous);
  const takeUp = await takeUpFigures(db, prefix, period, previous, measureTitle);
  const entitlements = await entitlementFigures(db, prefix, period.year, takeUp);
  const complaints = await complaintFigures(db, prefix, period, previous);
  const setAside = await setAsideFigures(ctx, prefix, period.year);
  const lending = await lendingFigures(db, prefix, period);
  const keys = [
    ...enterprises.byRegion.map((r) => r.key),
    ...entitlements.byRegion.map((r) => r.key),
    ...setAside.byRegion.map((r) => r.key),
    ...lending.byRegion.map((r) => r.key),
  ];
  const { name, regions } = await regionsOf(db, prefix, keys);
  const system = getSystem();
  const base = {
    formatVersion: 2 as const,
    regionPrefix: prefix,
    regionName: name,
    period,
    previousPeriod: previous,
    generatedAt: nowIso(),
    policyVersion: POLICY_VERSION,
    parameterHash: system.parameterHash,
    regions,
    enterprises,
    entitlements,
    setAside,
    lending,
    complaints,
    targets: targets(setAside, lending),
  };
  return { ...base, text: bulletinText(base) };
}
