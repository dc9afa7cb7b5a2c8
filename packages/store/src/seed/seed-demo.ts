/**
 * A deterministic demo registry: synthetic enterprises across several provinces and cities, every
 * industry group of the size standard (group codes and GB/T 4754-2011 codes), figures for 2012–2015,
 * and one user per role. The same options give the same data on every run and every database.
 */
import { creditCodeCheckCharacter } from '@xiaowei/policy/identifiers';
import { SYSTEM_ACTOR } from '../audit.ts';
import type { Store } from '../create-store.ts';
import type { ImportResult } from '../import/import-enterprises.ts';
import type { EnterpriseImportRow } from '../import/import-row.ts';
import type { Department, Role, UserInput } from '../repositories/users.ts';
import { seedLending } from './seed-lending.ts';
import { seedProcurement } from './seed-procurement.ts';
import { seedTenders } from './seed-tenders.ts';

export interface SeedOptions {
  /** Number of enterprises (default 3,000). */
  readonly enterprises?: number;
  /** First and last year of figures (default 2012–2015). */
  readonly years?: readonly [number, number];
  /** Password hash of the demo users: one for all, or per user name. Default '' (no password login until set). */
  readonly passwordHash?: string | ((username: string) => string);
  readonly onProgress?: (rows: number) => void;
}

export interface SeedResult {
  readonly import: ImportResult;
  /** User names of the demo users created now (existing ones are left alone). */
  readonly usersCreated: string[];
  /** Demo banks created now, with their lending reports and loan records (seed-lending.ts). */
  readonly banksCreated: string[];
}

/** Demo regions: real GB/T 2260 codes (cities and districts seeded by migration 0002). */
const REGIONS = [
  { code: '370202', city: '青岛' },
  { code: '370211', city: '青岛' },
  { code: '370200', city: '青岛' },
  { code: '370100', city: '济南' },
  { code: '440305', city: '深圳' },
  { code: '440300', city: '深圳' },
  { code: '440100', city: '广州' },
  { code: '330106', city: '杭州' },
  { code: '330200', city: '宁波' },
  { code: '510104', city: '成都' },
  { code: '320500', city: '苏州' },
  { code: '420100', city: '武汉' },
  { code: '110105', city: '北京' },
] as const;

/** Each group of the size standard with codes that read as it: the group code and GB/T 4754-2011 codes. */
const INDUSTRIES: readonly { group: string; codes: readonly string[]; word: string; scale: number }[] = [
  { group: 'agriculture', codes: ['agriculture', 'A0111', '0141'], word: '农业', scale: 2 },
  { group: 'industry', codes: ['industry', 'C3911', 'C1810', '3311'], word: '制造', scale: 20 },
  { group: 'construction', codes: ['construction', 'E47', 'E4910'], word: '建设工程', scale: 40 },
  { group: 'wholesale', codes: ['wholesale', 'F5171', '5131'], word: '商贸', scale: 30 },
  { group: 'retail', codes: ['retail', 'F5221', '5261'], word: '零售', scale: 5 },
  { group: 'transport', codes: ['transport', 'G5430', '5510'], word: '物流运输', scale: 10 },
  { group: 'warehousing', codes: ['warehousing', 'G5990'], word: '仓储', scale: 8 },
  { group: 'postal', codes: ['postal', 'G6020'], word: '快递', scale: 8 },
  { group: 'accommodation', codes: ['accommodation', 'H6110'], word: '酒店', scale: 4 },
  { group: 'catering', codes: ['catering', 'H6210', '6220'], word: '餐饮', scale: 3 },
  { group: 'information_transmission', codes: ['information_transmission', 'I6311', '6420'], word: '信息网络', scale: 6 },
  { group: 'software_it', codes: ['software_it', 'I6510', '6520'], word: '软件', scale: 4 },
  { group: 'real_estate_development', codes: ['real_estate_development', 'K7010'], word: '置业', scale: 300 },
  { group: 'property_management', codes: ['property_management', 'K7020'], word: '物业', scale: 2 },
  { group: 'leasing_business_services', codes: ['leasing_business_services', 'L7211', '7121'], word: '商务咨询', scale: 6 },
  { group: 'other', codes: ['other', 'M7310', '8010'], word: '技术服务', scale: 3 },
];

const NAME_HEADS = [
  '海纳',
  '恒信',
  '华泰',
  '金桥',
  '瑞丰',
  '东方',
  '鼎盛',
  '联创',
  '远航',
  '新源',
  '百川',
  '启明',
  '众和',
  '宏图',
  '嘉禾',
  '天成',
];

/**
 * Demo enterprises with an activated account (issue 13): they sign in with their credit code and the printed
 * password. Two in Qingdao (officer.qingdao decides their correction requests), one in Shenzhen.
 */
const DEMO_ENTERPRISE_ACCOUNTS = [1, 2, 4] as const;

/** The demo users: one per role, officers at a province and at two cities, and the demo enterprise accounts. */
export const DEMO_USERS: readonly {
  username: string;
  role: Role;
  displayName: string;
  regionPrefix?: string;
  budgetUnitId?: string;
  bankId?: string;
  enterpriseId?: string;
  department?: Department;
}[] = [
  { username: 'admin', role: 'admin', displayName: '系统管理员' },
  { username: 'officer.shandong', role: 'officer', displayName: '山东省中小企业局', regionPrefix: '37' },
  { username: 'officer.qingdao', role: 'officer', displayName: '青岛市中小企业局', regionPrefix: '3702' },
  { username: 'officer.shenzhen', role: 'officer', displayName: '深圳市中小企业服务局', regionPrefix: '4403' },
  { username: 'enterprise.demo', role: 'enterprise', displayName: '演示企业用户' },
  { username: 'procurement.demo', role: 'procurement', displayName: '青岛市政府采购中心（演示）', budgetUnitId: 'BU-DEMO-370200' },
  { username: 'bank.demo', role: 'bank', displayName: '演示商业银行', bankId: 'BANK-DEMO-01' },
  { username: 'provider.demo', role: 'service_provider', displayName: '演示中小企业服务机构' },
  { username: 'analyst.demo', role: 'analyst', displayName: '政策分析员（演示）' },
  // Departments that feed data (issue 13 §2), in Qingdao.
  {
    username: 'hr.qd',
    role: 'department',
    displayName: '青岛市人力资源和社会保障局（演示）',
    regionPrefix: '3702',
    department: 'human_resources',
  },
  { username: 'tax.qd', role: 'department', displayName: '青岛市税务局（演示）', regionPrefix: '3702', department: 'tax' },
  {
    username: 'amr.qd',
    role: 'department',
    displayName: '青岛市市场监督管理局（演示）',
    regionPrefix: '3702',
    department: 'market_regulation',
  },
  {
    username: 'park.qd',
    role: 'department',
    displayName: '青岛市产业集群运营机构（演示）',
    regionPrefix: '3702',
    department: 'cluster_operator',
  },
  {
    username: 'fees.qd',
    role: 'department',
    displayName: '青岛市发展和改革委员会（演示）',
    regionPrefix: '3702',
    department: 'development_reform',
  },
  ...DEMO_ENTERPRISE_ACCOUNTS.map((i) => ({
    username: demoCreditCode(i),
    role: 'enterprise' as const,
    displayName: `演示企业 ${i + 1}`,
    enterpriseId: demoEnterpriseId(i),
  })),
];

/** Mulberry32: a small seeded generator, so the demo is the same everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The id of demo enterprise `i` (0-based): clearly synthetic, not a real credit code. */
export function demoEnterpriseId(i: number): string {
  return `XW-DEMO-${String(i + 1).padStart(6, '0')}`;
}

/**
 * The unified social credit code of demo enterprise `i`: valid by GB 32100-2015 (registration authority 9,
 * enterprise 1, its region, organisation code `XW` + 7 digits, check character), and plainly synthetic.
 * @example demoCreditCode(0) // '91370202XW0000001' + its check character
 */
export function demoCreditCode(i: number): string {
  const body = `91${REGIONS[i % REGIONS.length].code}XW${String(i + 1).padStart(7, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

/** The demo rows, generated lazily. */
export function* demoRows(count: number, years: readonly [number, number] = [2012, 2015]): Generator<EnterpriseImportRow> {
  for (let i = 0; i < count; i++) {
    const rnd = random(0x5eed + i * 7919);
    const region = REGIONS[i % REGIONS.length];
    const industry = INDUSTRIES[(i * 5 + Math.floor(i / REGIONS.length)) % INDUSTRIES.length];
    const code = industry.codes[Math.floor(rnd() * industry.codes.length)];
    const name = `${region.city}${NAME_HEADS[Math.floor(rnd() * NAME_HEADS.length)]}${industry.word}${i % 3 === 0 ? '股份' : ''}有限公司${i + 1}号`;
    // Mostly small and micro, a tail of medium and large: sizes drawn on a log scale.
    const size = rnd() ** 8;
    const employees0 = Math.max(1, Math.round(3 + size * 1200));
    const revenueYuan0 = Math.round((0.2 + size * 40) * industry.scale * 100_000);
    const assetsYuan0 = Math.round(revenueYuan0 * (0.4 + rnd() * 1.2));
    const foundedYear = 1995 + Math.floor(rnd() * 18);
    const founded = `${foundedYear}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const renter = rnd() < 0.3;
    const smallScaleVat = rnd() < 0.25;
    for (let year = years[0]; year <= years[1]; year++) {
      const growth = (1 + (rnd() - 0.35) * 0.3) ** (year - years[0]);
      const revenueFen = Math.round(revenueYuan0 * growth) * 100 + Math.floor(rnd() * 100);
      const profitFen = Math.round(revenueFen * (rnd() * 0.15 - 0.02));
      const taxableFen = Math.max(0, Math.round(profitFen * (0.8 + rnd() * 0.3)));
      const inputs: Record<string, unknown> = {};
      if (renter) {
        inputs.rents_premises = true;
        inputs.premises_rent = String(Math.round(24_000 + rnd() * 200_000));
      }
      if (smallScaleVat) {
        inputs.is_small_scale_vat_taxpayer = true;
        inputs.vat_filing_frequency = 'monthly';
        inputs.vat_sales = String(Math.round(8_000 + rnd() * 40_000));
      }
      yield {
        id: demoEnterpriseId(i),
        creditCode: demoCreditCode(i),
        name,
        regionCode: region.code,
        industry: code,
        founded,
        registeredCapitalFen: Math.round(assetsYuan0 * 0.3) * 100,
        year,
        employees: Math.max(1, Math.round(employees0 * growth)),
        revenueFen,
        totalAssetsFen: Math.round(assetsYuan0 * growth) * 100,
        taxableIncomeFen: taxableFen,
        totalProfitFen: profitFen,
        restrictedIndustry: rnd() < 0.02,
        inputs: Object.keys(inputs).length > 0 ? inputs : null,
      };
    }
  }
}

/**
 * Fills a store with the demo registry (entitlements computed) and the demo users. Idempotent:
 * enterprises are upserted, existing users are left alone.
 * @example await seedDemo(store, { enterprises: 3000, passwordHash: await argon2.hash('demo') })
 */
export async function seedDemo(store: Store, options: SeedOptions = {}): Promise<SeedResult> {
  const count = options.enterprises ?? 3000;
  const result = await store.importEnterprises(demoRows(count, options.years), {
    actor: SYSTEM_ACTOR,
    fileName: `demo-seed-${count}`,
    onProgress: (p) => options.onProgress?.(p.rows),
  });
  const usersCreated: string[] = [];
  for (const u of DEMO_USERS) {
    if (await store.users.findByUsername(u.username)) continue;
    const hash = typeof options.passwordHash === 'function' ? options.passwordHash(u.username) : (options.passwordHash ?? '');
    const input: UserInput = {
      username: u.username,
      passwordHash: hash,
      role: u.role,
      displayName: u.displayName,
      ...(u.regionPrefix ? { regionPrefix: u.regionPrefix } : {}),
      ...(u.budgetUnitId ? { budgetUnitId: u.budgetUnitId } : {}),
      ...(u.bankId ? { bankId: u.bankId } : {}),
      ...(u.department ? { department: u.department } : {}),
      ...(u.role === 'enterprise' ? { enterpriseId: u.enterpriseId ?? demoEnterpriseId(0) } : {}),
    };
    await store.users.create(input, { actor: SYSTEM_ACTOR });
    usersCreated.push(u.username);
  }
  // Budget units with their set-aside years (item 05), e.g. BU-DEMO-370200 of procurement.demo.
  await seedProcurement(store);
  const banksCreated = await seedLending(store);
  // Last: the demo tenders take their suppliers from the registry and publish to a budget unit's project.
  await seedTenders(store);
  return { import: result, usersCreated, banksCreated };
}
