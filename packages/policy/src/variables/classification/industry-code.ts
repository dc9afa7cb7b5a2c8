/**
 * Reading the `industry` input: one of the 16 group codes of the size standard, or a GB/T 4754-2011
 * code — a section letter, or a 2-, 3- or 4-digit division / group / class, with or without its letter —
 * mapped to a group as 工信部联企业〔2011〕300号 art. 3 and the NBS 统计上大中小微型企业划分办法 set out. Codes
 * outside the standard, or too coarse to decide, are errors that say why.
 * Below the division level only real-estate (70) codes are checked against the classification: the
 * others are mapped by their division.
 */
import { interpolate, type Labels, type ValueProblem } from '@xiaowei/engine';
import { INDUSTRY_GROUPS, type IndustryGroup } from '../../model-api.ts';

export type IndustryReading =
  | { readonly ok: true; readonly group: IndustryGroup; readonly section?: string; readonly division?: number }
  | { readonly ok: false; readonly problem: ValueProblem };

/** GB/T 4754-2011 sections and their divisions (first, last). */
const SECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 78],
  O: [79, 81],
  P: [82, 82],
  Q: [83, 84],
  R: [85, 89],
  S: [90, 95],
  T: [96, 96],
};

/** Sections that map whole to one group. */
const SECTION_GROUP: Readonly<Record<string, IndustryGroup>> = {
  A: 'agriculture',
  B: 'industry', // 300号 art. 3: 工业 = 采矿业 (B), 制造业 (C), 电力、热力、燃气及水生产和供应业 (D)
  C: 'industry',
  D: 'industry',
  E: 'construction',
  L: 'leasing_business_services',
  M: 'other', // 其他未列明行业 includes 科学研究和技术服务业 (M), 水利、环境和公共设施管理业 (N),
  N: 'other', // 居民服务、修理和其他服务业 (O), 文化、体育和娱乐业 (R)
  O: 'other',
  R: 'other',
};

const MESSAGES = {
  not_a_code: {
    'zh-CN': '“{value}”不是规模标准的行业组代码，也不是 GB/T 4754-2011 行业代码',
    ko: '“{value}”은(는) 규모 기준의 업종 그룹 코드도, GB/T 4754-2011 업종 코드도 아닙니다',
    en: '"{value}" is neither an industry group of the size standard nor a GB/T 4754-2011 industry code',
  },
  section_mismatch: {
    'zh-CN': '“{value}”：{division} 大类属于门类 {actual}，不属于 {given}',
    ko: '“{value}”: {division} 대분류는 {given}이(가) 아니라 {actual} 부문에 속합니다',
    en: '"{value}": division {division} belongs to section {actual}, not {given}',
  },
  finance: {
    'zh-CN': '“{value}”属于金融业（门类 J），不适用《中小企业划型标准规定》（工信部联企业〔2011〕300号）；金融企业另有划型标准',
    ko: '“{value}”은(는) 금융업(J 부문)으로 「중소기업 규모 분류 기준」(공신부련기업〔2011〕300호)이 적용되지 않습니다. 금융기업은 별도의 기준을 따릅니다',
    en: '"{value}" is finance (section J), which the SME size standard (工信部联企业〔2011〕300号) does not cover: financial enterprises have their own standard',
  },
  railway: {
    'zh-CN': '“{value}”属于铁路运输业（大类 53），《中小企业划型标准规定》的交通运输业不含铁路运输业',
    ko: '“{value}”은(는) 철도운수업(53)으로, 규모 분류 기준의 교통운수업은 철도운수업을 포함하지 않습니다',
    en: '"{value}" is railway transport (division 53), which the size standard excludes from transport',
  },
  outside: {
    'zh-CN': '“{value}”属于{sector}，不在《中小企业划型标准规定》第三条所列行业范围内',
    ko: '“{value}”은(는) {sector}에 속하며 규모 분류 기준 제3조의 적용 업종이 아닙니다',
    en: '"{value}" is {sector}, which is not among the industries of the size standard (art. 3)',
  },
  own_real_estate: {
    'zh-CN': '“{value}”是自有房地产经营活动（704），划型标准的其他未列明行业明确不包括该活动',
    ko: '“{value}”은(는) 자가 부동산 경영활동(704)으로, 규모 기준의 기타 미열거 업종에서 명시적으로 제외됩니다',
    en: '"{value}" is own real-estate operation (704), which the standard expressly leaves out of "other industries"',
  },
  ambiguous: {
    'zh-CN': '“{value}”跨越多个行业组（{groups}），请给出更细的代码（{hint}）',
    ko: '“{value}”은(는) 여러 업종 그룹({groups})에 걸칩니다. 더 세분된 코드를 입력하십시오({hint})',
    en: '"{value}" spans several industry groups ({groups}): give a finer code ({hint})',
  },
  unknown_real_estate: {
    'zh-CN': '“{value}”不是 GB/T 4754-2011 房地产业（70）的小类；可用 7010、7020、7030、7040、7090',
    ko: '“{value}”은(는) GB/T 4754-2011 부동산업(70)의 코드가 아닙니다. 7010, 7020, 7030, 7040, 7090 중에서 선택하십시오',
    en: '"{value}" is not a GB/T 4754-2011 real-estate (70) code: use 7010, 7020, 7030, 7040 or 7090',
  },
} as const satisfies Record<string, Labels>;

const SECTORS: Readonly<Record<string, Labels>> = {
  P: { 'zh-CN': '教育（门类 P）', ko: '교육(P 부문)', en: 'education (section P)' },
  Q83: { 'zh-CN': '卫生（大类 83）', ko: '위생(83)', en: 'health (division 83)' },
  S: {
    'zh-CN': '公共管理、社会保障和社会组织（门类 S）',
    ko: '공공관리·사회보장·사회조직(S 부문)',
    en: 'public administration, social security and social organisations (section S)',
  },
  T: { 'zh-CN': '国际组织（门类 T）', ko: '국제기구(T 부문)', en: 'international organisations (section T)' },
};

function problem(code: keyof typeof MESSAGES, params: Record<string, unknown>): IndustryReading {
  return { ok: false, problem: { code: `industry.${code}`, message: interpolate(MESSAGES[code], params) } };
}

function outside(value: string, sector: Labels): IndustryReading {
  const m = MESSAGES.outside;
  const fill = (lang: keyof Labels) => m[lang].replace('{value}', value).replace('{sector}', sector[lang]);
  return { ok: false, problem: { code: 'industry.outside', message: { 'zh-CN': fill('zh-CN'), ko: fill('ko'), en: fill('en') } } };
}

function sectionOf(division: number): string | undefined {
  return Object.keys(SECTIONS).find((s) => division >= SECTIONS[s][0] && division <= SECTIONS[s][1]);
}

/** The group of a division (2 digits) and, for real estate, the rest of the code. */
function groupOfDivision(value: string, division: number, rest: string): IndustryReading {
  if (division >= 1 && division <= 46) return { ok: true, group: division <= 5 ? 'agriculture' : 'industry', division };
  if (division <= 50) return { ok: true, group: 'construction', division };
  if (division === 51) return { ok: true, group: 'wholesale', division };
  if (division === 52) return { ok: true, group: 'retail', division };
  if (division === 53) return problem('railway', { value });
  if (division <= 58) return { ok: true, group: 'transport', division };
  if (division === 59) return { ok: true, group: 'warehousing', division };
  if (division === 60) return { ok: true, group: 'postal', division };
  if (division === 61) return { ok: true, group: 'accommodation', division };
  if (division === 62) return { ok: true, group: 'catering', division };
  if (division <= 64) return { ok: true, group: 'information_transmission', division };
  if (division === 65) return { ok: true, group: 'software_it', division };
  if (division <= 69) return problem('finance', { value });
  if (division === 70) return realEstate(value, rest);
  if (division <= 72) return { ok: true, group: 'leasing_business_services', division };
  if (division <= 81) return { ok: true, group: 'other', division };
  if (division === 82) return outside(value, SECTORS.P);
  if (division === 83) return outside(value, SECTORS.Q83);
  if (division <= 89) return { ok: true, group: 'other', division }; // 84 社会工作; 85–89 文化、体育和娱乐业
  if (division <= 95) return outside(value, SECTORS.S);
  if (division === 96) return outside(value, SECTORS.T);
  return problem('not_a_code', { value });
}

/** Real estate (division 70) splits across groups at the group level (701, 702, 703, 704, 709). */
function realEstate(value: string, rest: string): IndustryReading {
  if (rest === '') {
    return problem('ambiguous', {
      value,
      groups: 'real_estate_development, property_management, other',
      hint: '7010, 7020, 7030, 7090',
    });
  }
  const group = rest[0];
  if (rest.length === 2 && rest[1] !== '0') return problem('unknown_real_estate', { value });
  if (group === '1') return { ok: true, group: 'real_estate_development', division: 70 };
  if (group === '2') return { ok: true, group: 'property_management', division: 70 };
  if (group === '3' || group === '9') return { ok: true, group: 'other', division: 70 };
  if (group === '4') return problem('own_real_estate', { value });
  return problem('unknown_real_estate', { value });
}

const AMBIGUOUS_SECTIONS: Readonly<Record<string, { groups: string; hint: string }>> = {
  F: { groups: 'wholesale, retail', hint: '51, 52' },
  G: { groups: 'transport, warehousing, postal', hint: '54–58, 59, 60' },
  H: { groups: 'accommodation, catering', hint: '61, 62' },
  I: { groups: 'information_transmission, software_it', hint: '63, 64, 65' },
  K: { groups: 'real_estate_development, property_management, other', hint: '7010, 7020, 7030, 7090' },
  Q: { groups: 'other', hint: '84' },
};

const CODE = /^([A-Za-z])?\s*(\d{2})(\d{1,2})?$/;
const GROUP_SET = new Set<string>(INDUSTRY_GROUPS);

/**
 * Reads an `industry` value.
 * @example readIndustry('C3311') // { ok: true, group: 'industry', section: 'C', division: 33 }
 * @example readIndustry('J66').ok // false: finance is outside the standard
 */
export function readIndustry(raw: string): IndustryReading {
  let reading = readings.get(raw);
  if (reading === undefined) {
    reading = read(raw);
    // Registries repeat a few thousand codes: remembered, with the memory bounded.
    if (readings.size > 50_000) readings.clear();
    readings.set(raw, reading);
  }
  return reading;
}

const readings = new Map<string, IndustryReading>();

function read(raw: string): IndustryReading {
  const value = raw.trim();
  if (GROUP_SET.has(value)) return { ok: true, group: value as IndustryGroup };
  if (/^[A-Za-z]$/.test(value)) {
    const section = value.toUpperCase();
    if (SECTION_GROUP[section]) return { ok: true, group: SECTION_GROUP[section], section };
    if (section === 'J') return problem('finance', { value });
    if (section === 'P' || section === 'S' || section === 'T') return outside(value, SECTORS[section]);
    const amb = AMBIGUOUS_SECTIONS[section];
    if (amb) return problem('ambiguous', { value, ...amb });
    return problem('not_a_code', { value });
  }
  const m = CODE.exec(value);
  if (!m) return problem('not_a_code', { value });
  const division = Number(m[2]);
  const section = sectionOf(division);
  if (section === undefined) return problem('not_a_code', { value });
  const given = m[1]?.toUpperCase();
  if (given !== undefined && given !== section) return problem('section_mismatch', { value, division: m[2], actual: section, given });
  const reading = groupOfDivision(value, division, m[3] ?? '');
  return reading.ok ? { ...reading, section } : reading;
}

/**
 * Whether an `industry` value is 工业 — mining, manufacturing, and electricity, heat, gas and water
 * (GB/T 4754-2011 sections B, C, D; the size standard's `industry` group) — read from the code itself,
 * so that codes outside the size standard (finance, education…) are answered too: 1 industrial, 0 not,
 * −1 not a code.
 */
export function industrialCode(raw: string): number {
  const value = raw.trim();
  if (GROUP_SET.has(value)) return value === 'industry' ? 1 : 0;
  if (/^[A-Za-z]$/.test(value)) {
    const section = value.toUpperCase();
    return SECTIONS[section] === undefined ? -1 : Number(section === 'B' || section === 'C' || section === 'D');
  }
  const m = CODE.exec(value);
  const section = m ? sectionOf(Number(m[2])) : undefined;
  if (m === null || section === undefined || (m[1] !== undefined && m[1].toUpperCase() !== section)) return -1;
  return Number(section === 'B' || section === 'C' || section === 'D');
}

/** Problems of a reading that are about the size standard only: the code itself is a GB/T 4754-2011 code. */
const OUTSIDE_THE_STANDARD = new Set([
  'industry.finance',
  'industry.railway',
  'industry.outside',
  'industry.own_real_estate',
  'industry.ambiguous',
]);

/**
 * Reads an `industry` value as an input: a group code or any GB/T 4754-2011 code, including industries the
 * size standard does not cover (finance, education, health, public administration…) — the income-tax rules
 * (EIT Regulations art. 92) apply to every industry. Only what is not a code at all is a problem here; the
 * size class of a code outside the standard is refused by `industry_group` with the reason.
 * @example readIndustryInput('J66') // undefined: a code, though outside the size standard
 */
export function readIndustryInput(raw: string): ValueProblem | undefined {
  const reading = readIndustry(raw);
  return reading.ok || OUTSIDE_THE_STANDARD.has(reading.problem.code) ? undefined : reading.problem;
}
