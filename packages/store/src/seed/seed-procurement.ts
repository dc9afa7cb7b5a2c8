/**
 * Demo budget units for the set-aside monitoring (item 05): units in Qingdao (3702), Jinan (3701) and
 * Shenzhen (4403), each with a procurement budget for 2012–2015 and projects reserved for SMEs, for
 * small and micro enterprises, or open, most of them awarded. The plans put some unit-years exactly on
 * the 30% / 18% lines, some below them with a reason recorded and some below without one, so every
 * state of the report appears. Deterministic and idempotent: a unit that exists is left alone.
 */
import { SYSTEM_ACTOR } from '../audit.ts';
import type { StoreApi } from '../create-store.ts';
import type { AwardSizeClass, ReservedFor } from '../set-aside/set-aside-fields.ts';

/** [year, budget in yuan, SME share and small/micro share of the budget in basis points, shortfall reason]. */
type YearPlan = readonly [year: number, budgetYuan: number, smeBp: number, smallMicroBp: number, reason?: string];

export const SET_ASIDE_DEMO_UNITS: readonly { id: string; name: string; regionCode: string; years: readonly YearPlan[] }[] = [
  {
    id: 'BU-DEMO-370200',
    name: '青岛市政府采购中心（演示）',
    regionCode: '370200',
    years: [
      [2012, 48_000_000, 3200, 2000],
      // Exactly on both lines: 30% and 18%.
      [2013, 52_000_000, 3000, 1800],
      [2014, 55_000_000, 2600, 1500, '2014 年集中采购大型医疗与信息化设备，符合技术要求的中小企业供应商不足。'],
      [2015, 60_000_000, 2800, 1700],
    ],
  },
  {
    id: 'BU-DEMO-370202',
    name: '青岛市市南区教育和体育局（演示）',
    regionCode: '370202',
    years: [
      [2012, 8_000_000, 4000, 2600],
      [2013, 9_000_000, 3500, 2200],
      [2014, 9_500_000, 3300, 2000],
      [2015, 10_000_000, 3100, 1900],
    ],
  },
  {
    id: 'BU-DEMO-370211',
    name: '青岛市黄岛区卫生局（演示）',
    regionCode: '370211',
    years: [
      [2012, 12_000_000, 3100, 1860],
      [2013, 13_000_000, 2500, 1500],
      [2014, 14_000_000, 3000, 1700, '部分预留项目流标，转为公开招标。'],
      [2015, 15_000_000, 3600, 2200],
    ],
  },
  {
    id: 'BU-DEMO-370100',
    name: '济南市机关事务管理局（演示）',
    regionCode: '370100',
    years: [
      [2012, 20_000_000, 3300, 2000],
      [2013, 21_000_000, 2900, 1900, '年度大宗燃料采购无中小企业投标。'],
      [2014, 22_000_000, 3200, 2000],
      [2015, 23_000_000, 3400, 2100],
    ],
  },
  {
    id: 'BU-DEMO-440300',
    name: '深圳市政府采购中心（演示）',
    regionCode: '440300',
    years: [
      [2012, 70_000_000, 3500, 2200],
      [2013, 75_000_000, 3300, 2000],
      [2014, 80_000_000, 2800, 1600],
      [2015, 85_000_000, 3100, 1900],
    ],
  },
  {
    id: 'BU-DEMO-440305',
    name: '深圳市南山区教育局（演示）',
    regionCode: '440305',
    years: [
      [2012, 6_000_000, 3000, 1800],
      [2013, 6_500_000, 4200, 3000],
      [2014, 7_000_000, 3200, 2000],
      [2015, 7_500_000, 2000, 1000, '校舍改造工程由大型建筑企业总承包。'],
    ],
  },
];

const SUPPLIERS: Record<AwardSizeClass, readonly string[]> = {
  micro: ['青岛启明信息技术工作室', '深圳百川文具商行'],
  small: ['济南众和办公设备有限公司', '青岛瑞丰家具有限公司', '深圳联创软件有限公司'],
  medium: ['山东恒信物业服务有限公司', '广东华泰医疗器械有限公司'],
  large: ['中国东方电气设备集团有限公司'],
};

interface ProjectPlan {
  readonly name: string;
  readonly budgetFen: number;
  readonly reservedFor: ReservedFor;
  readonly awardClass: AwardSizeClass;
}

/** A unit-year's projects: the reserved parts split into projects whose sums are exactly the plan's. */
function projectsOf(budgetFen: number, smeBp: number, smallMicroBp: number): ProjectPlan[] {
  const smallMicro = (budgetFen * smallMicroBp) / 10_000;
  const sme = (budgetFen * smeBp) / 10_000;
  const sm1 = Math.floor(smallMicro / 2 / 100) * 100;
  const open1 = Math.floor((budgetFen - sme) / 2 / 100) * 100;
  const plans: ProjectPlan[] = [
    { name: '办公家具与用品', budgetFen: sm1, reservedFor: 'small_micro', awardClass: 'small' },
    { name: '信息系统运维服务', budgetFen: smallMicro - sm1, reservedFor: 'small_micro', awardClass: 'micro' },
    { name: '物业管理服务', budgetFen: sme - smallMicro, reservedFor: 'sme', awardClass: 'medium' },
    { name: '专用设备购置', budgetFen: open1, reservedFor: 'none', awardClass: 'large' },
    { name: '印刷与宣传服务', budgetFen: budgetFen - sme - open1, reservedFor: 'none', awardClass: 'small' },
  ];
  return plans.filter((p) => p.budgetFen > 0);
}

/**
 * Creates the demo budget units with their years, projects, awards and reasons (audited as `system`).
 * @example await seedProcurement(store) // ['BU-DEMO-370200', …] the first time, [] after
 */
export async function seedProcurement(
  store: StoreApi & { transaction<T>(fn: (tx: StoreApi) => Promise<T>): Promise<T> },
): Promise<string[]> {
  const created: string[] = [];
  const opts = { actor: SYSTEM_ACTOR, scope: { all: true } as const };
  for (const unit of SET_ASIDE_DEMO_UNITS) {
    const exists = await store.budgetUnits.list({ scope: { all: true }, text: unit.id, limit: 1 });
    if (exists.items.some((u) => u.id === unit.id)) continue;
    await store.transaction(async (tx) => {
      await tx.budgetUnits.create({ id: unit.id, name: unit.name, regionCode: unit.regionCode }, { actor: SYSTEM_ACTOR });
      for (const [year, budgetYuan, smeBp, smallMicroBp, reason] of unit.years) {
        const budgetFen = budgetYuan * 100;
        await tx.budgetUnits.upsertYear(unit.id, { year, procurementBudgetFen: budgetFen }, opts);
        const projects = projectsOf(budgetFen, smeBp, smallMicroBp);
        for (const [k, p] of projects.entries()) {
          // The last year is under way: its last projects are not awarded yet.
          const awarded = year < 2015 || k < 3;
          const suppliers = SUPPLIERS[p.awardClass];
          await tx.procurementProjects.create(
            {
              id: `${unit.id}-${year}-P${k + 1}`,
              budgetUnitId: unit.id,
              year,
              name: `${year} 年${p.name}`,
              budgetFen: p.budgetFen,
              reservedFor: p.reservedFor,
              award: awarded
                ? {
                    supplierName: suppliers[(year + k) % suppliers.length],
                    sizeClass: p.awardClass,
                    amountFen: Math.floor((p.budgetFen * 96) / 100),
                  }
                : null,
            },
            opts,
          );
        }
        if (reason !== undefined) await tx.setAside.recordShortfallReason(unit.id, year, reason, opts);
      }
    });
    created.push(unit.id);
  }
  return created;
}
