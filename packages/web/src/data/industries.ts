/**
 * GB/T 4754-2011 国民经济行业分类 (Industrial classification for national economic activities): the 20
 * sections (门类) and 96 divisions (大类), with the five classes of real estate (70) that the SME size
 * standard splits across groups. Names: zh-CN as published by the National Bureau of Statistics; en after
 * the NBS English edition; ko translated for this application.
 *
 * `group` is the size-standard industry group (工信部联企业〔2011〕300号 art. 3) a code maps to, or null
 * when the standard does not cover it (finance, railway transport, education, health, public
 * administration, international organisations, own real-estate operation) or the code spans several
 * groups (the server says which finer code to give). The server's reading of the code is authoritative;
 * this table only helps people find their code.
 */
import type { IndustryGroup } from './industry-groups.ts';

export interface Names {
  readonly 'zh-CN': string;
  readonly ko: string;
  readonly en: string;
}

export interface IndustryCode {
  /** `A`–`T` for a section, two digits for a division, four for a class. */
  readonly code: string;
  readonly level: 'section' | 'division' | 'class';
  /** The section letter a division or class belongs to. */
  readonly section: string;
  readonly names: Names;
  readonly group: IndustryGroup | null;
}

type Row = readonly [code: string, zh: string, ko: string, en: string, group: IndustryGroup | null];

const SECTIONS: readonly Row[] = [
  ['A', '农、林、牧、渔业', '농업, 임업, 목축업 및 어업', 'Agriculture, forestry, animal husbandry and fishery', 'agriculture'],
  ['B', '采矿业', '광업', 'Mining', 'industry'],
  ['C', '制造业', '제조업', 'Manufacturing', 'industry'],
  [
    'D',
    '电力、热力、燃气及水生产和供应业',
    '전력, 열, 가스 및 수도 생산·공급업',
    'Production and supply of electricity, heat, gas and water',
    'industry',
  ],
  ['E', '建筑业', '건축업', 'Construction', 'construction'],
  ['F', '批发和零售业', '도매 및 소매업', 'Wholesale and retail trades', null],
  ['G', '交通运输、仓储和邮政业', '교통운수, 창고 및 우정업', 'Transport, storage and post', null],
  ['H', '住宿和餐饮业', '숙박 및 요식업', 'Accommodation and catering', null],
  [
    'I',
    '信息传输、软件和信息技术服务业',
    '정보전송, 소프트웨어 및 정보기술 서비스업',
    'Information transmission, software and information technology services',
    null,
  ],
  ['J', '金融业', '금융업', 'Finance', null],
  ['K', '房地产业', '부동산업', 'Real estate', null],
  ['L', '租赁和商务服务业', '임대 및 비즈니스 서비스업', 'Leasing and business services', 'leasing_business_services'],
  ['M', '科学研究和技术服务业', '과학연구 및 기술 서비스업', 'Scientific research and technical services', 'other'],
  [
    'N',
    '水利、环境和公共设施管理业',
    '수리, 환경 및 공공시설 관리업',
    'Management of water conservancy, environment and public facilities',
    'other',
  ],
  ['O', '居民服务、修理和其他服务业', '주민 서비스, 수리 및 기타 서비스업', 'Resident services, repair and other services', 'other'],
  ['P', '教育', '교육', 'Education', null],
  ['Q', '卫生和社会工作', '보건 및 사회복지', 'Health and social work', null],
  ['R', '文化、体育和娱乐业', '문화, 체육 및 오락업', 'Culture, sports and entertainment', 'other'],
  [
    'S',
    '公共管理、社会保障和社会组织',
    '공공관리, 사회보장 및 사회조직',
    'Public management, social security and social organisations',
    null,
  ],
  ['T', '国际组织', '국제기구', 'International organisations', null],
];

const DIVISIONS: readonly Row[] = [
  ['01', '农业', '농업', 'Agriculture', 'agriculture'],
  ['02', '林业', '임업', 'Forestry', 'agriculture'],
  ['03', '畜牧业', '목축업', 'Animal husbandry', 'agriculture'],
  ['04', '渔业', '어업', 'Fishery', 'agriculture'],
  [
    '05',
    '农、林、牧、渔服务业',
    '농업, 임업, 목축업 및 어업 서비스업',
    'Services in support of agriculture, forestry, animal husbandry and fishery',
    'agriculture',
  ],
  ['06', '煤炭开采和洗选业', '석탄 채굴 및 선별업', 'Mining and washing of coal', 'industry'],
  ['07', '石油和天然气开采业', '석유 및 천연가스 채굴업', 'Extraction of petroleum and natural gas', 'industry'],
  ['08', '黑色金属矿采选业', '철금속 광석 채굴·선광업', 'Mining and processing of ferrous metal ores', 'industry'],
  ['09', '有色金属矿采选业', '비철금속 광석 채굴·선광업', 'Mining and processing of non-ferrous metal ores', 'industry'],
  ['10', '非金属矿采选业', '비금속 광물 채굴·선광업', 'Mining and processing of non-metal ores', 'industry'],
  ['11', '开采辅助活动', '채굴 보조 활동', 'Support activities for mining', 'industry'],
  ['12', '其他采矿业', '기타 광업', 'Other mining', 'industry'],
  ['13', '农副食品加工业', '농산 부식품 가공업', 'Processing of food from agricultural products', 'industry'],
  ['14', '食品制造业', '식품 제조업', 'Manufacture of foods', 'industry'],
  ['15', '酒、饮料和精制茶制造业', '주류, 음료 및 정제차 제조업', 'Manufacture of liquor, beverages and refined tea', 'industry'],
  ['16', '烟草制品业', '담배 제품 제조업', 'Manufacture of tobacco', 'industry'],
  ['17', '纺织业', '방직업', 'Manufacture of textiles', 'industry'],
  ['18', '纺织服装、服饰业', '방직 의류 및 복식 제조업', 'Manufacture of textile wearing apparel and clothing', 'industry'],
  [
    '19',
    '皮革、毛皮、羽毛及其制品和制鞋业',
    '가죽, 모피, 깃털 및 그 제품과 신발 제조업',
    'Manufacture of leather, fur, feather and related products, and footwear',
    'industry',
  ],
  [
    '20',
    '木材加工和木、竹、藤、棕、草制品业',
    '목재 가공 및 나무·대나무·등나무·종려·짚 제품 제조업',
    'Processing of timber, manufacture of wood, bamboo, rattan, palm and straw products',
    'industry',
  ],
  ['21', '家具制造业', '가구 제조업', 'Manufacture of furniture', 'industry'],
  ['22', '造纸和纸制品业', '제지 및 종이제품 제조업', 'Manufacture of paper and paper products', 'industry'],
  ['23', '印刷和记录媒介复制业', '인쇄 및 기록매체 복제업', 'Printing and reproduction of recording media', 'industry'],
  [
    '24',
    '文教、工美、体育和娱乐用品制造业',
    '문구·교육, 공예미술, 체육 및 오락용품 제조업',
    'Manufacture of articles for culture, education, arts and crafts, sport and entertainment',
    'industry',
  ],
  [
    '25',
    '石油加工、炼焦和核燃料加工业',
    '석유 가공, 코크스 제조 및 핵연료 가공업',
    'Processing of petroleum, coking and processing of nuclear fuel',
    'industry',
  ],
  [
    '26',
    '化学原料和化学制品制造业',
    '화학원료 및 화학제품 제조업',
    'Manufacture of raw chemical materials and chemical products',
    'industry',
  ],
  ['27', '医药制造业', '의약품 제조업', 'Manufacture of medicines', 'industry'],
  ['28', '化学纤维制造业', '화학섬유 제조업', 'Manufacture of chemical fibres', 'industry'],
  ['29', '橡胶和塑料制品业', '고무 및 플라스틱 제품 제조업', 'Manufacture of rubber and plastics products', 'industry'],
  ['30', '非金属矿物制品业', '비금속 광물제품 제조업', 'Manufacture of non-metallic mineral products', 'industry'],
  ['31', '黑色金属冶炼和压延加工业', '철금속 제련 및 압연 가공업', 'Smelting and pressing of ferrous metals', 'industry'],
  ['32', '有色金属冶炼和压延加工业', '비철금속 제련 및 압연 가공업', 'Smelting and pressing of non-ferrous metals', 'industry'],
  ['33', '金属制品业', '금속제품 제조업', 'Manufacture of metal products', 'industry'],
  ['34', '通用设备制造业', '범용 설비 제조업', 'Manufacture of general-purpose machinery', 'industry'],
  ['35', '专用设备制造业', '전용 설비 제조업', 'Manufacture of special-purpose machinery', 'industry'],
  ['36', '汽车制造业', '자동차 제조업', 'Manufacture of automobiles', 'industry'],
  [
    '37',
    '铁路、船舶、航空航天和其他运输设备制造业',
    '철도, 선박, 항공우주 및 기타 운송설비 제조업',
    'Manufacture of railway, ship, aerospace and other transport equipment',
    'industry',
  ],
  ['38', '电气机械和器材制造业', '전기기계 및 기자재 제조업', 'Manufacture of electrical machinery and apparatus', 'industry'],
  [
    '39',
    '计算机、通信和其他电子设备制造业',
    '컴퓨터, 통신 및 기타 전자설비 제조업',
    'Manufacture of computers, communication and other electronic equipment',
    'industry',
  ],
  ['40', '仪器仪表制造业', '계측기기 제조업', 'Manufacture of measuring instruments and meters', 'industry'],
  ['41', '其他制造业', '기타 제조업', 'Other manufacturing', 'industry'],
  ['42', '废弃资源综合利用业', '폐자원 종합이용업', 'Comprehensive use of waste resources', 'industry'],
  ['43', '金属制品、机械和设备修理业', '금속제품, 기계 및 설비 수리업', 'Repair of metal products, machinery and equipment', 'industry'],
  ['44', '电力、热力生产和供应业', '전력 및 열 생산·공급업', 'Production and supply of electricity and heat', 'industry'],
  ['45', '燃气生产和供应业', '가스 생산·공급업', 'Production and supply of gas', 'industry'],
  ['46', '水的生产和供应业', '수도 생산·공급업', 'Production and supply of water', 'industry'],
  ['47', '房屋建筑业', '건물 건축업', 'Construction of buildings', 'construction'],
  ['48', '土木工程建筑业', '토목공사업', 'Civil engineering', 'construction'],
  ['49', '建筑安装业', '건축 설치업', 'Construction installation', 'construction'],
  ['50', '建筑装饰和其他建筑业', '건축 장식 및 기타 건축업', 'Building decoration and other construction', 'construction'],
  ['51', '批发业', '도매업', 'Wholesale trade', 'wholesale'],
  ['52', '零售业', '소매업', 'Retail trade', 'retail'],
  ['53', '铁路运输业', '철도운수업', 'Rail transport', null],
  ['54', '道路运输业', '도로운수업', 'Road transport', 'transport'],
  ['55', '水上运输业', '수상운수업', 'Water transport', 'transport'],
  ['56', '航空运输业', '항공운수업', 'Air transport', 'transport'],
  ['57', '管道运输业', '파이프라인 운송업', 'Pipeline transport', 'transport'],
  ['58', '装卸搬运和运输代理业', '하역·운반 및 운송대리업', 'Loading, unloading and transport agency services', 'transport'],
  ['59', '仓储业', '창고업', 'Warehousing', 'warehousing'],
  ['60', '邮政业', '우정업', 'Postal services', 'postal'],
  ['61', '住宿业', '숙박업', 'Accommodation', 'accommodation'],
  ['62', '餐饮业', '요식업', 'Catering services', 'catering'],
  [
    '63',
    '电信、广播电视和卫星传输服务',
    '전기통신, 방송 및 위성 전송 서비스',
    'Telecommunications, broadcasting and satellite transmission services',
    'information_transmission',
  ],
  ['64', '互联网和相关服务', '인터넷 및 관련 서비스', 'Internet and related services', 'information_transmission'],
  ['65', '软件和信息技术服务业', '소프트웨어 및 정보기술 서비스업', 'Software and information technology services', 'software_it'],
  ['66', '货币金融服务', '통화금융 서비스', 'Monetary and financial services', null],
  ['67', '资本市场服务', '자본시장 서비스', 'Capital market services', null],
  ['68', '保险业', '보험업', 'Insurance', null],
  ['69', '其他金融业', '기타 금융업', 'Other financial activities', null],
  ['70', '房地产业', '부동산업', 'Real estate', null],
  ['71', '租赁业', '임대업', 'Leasing', 'leasing_business_services'],
  ['72', '商务服务业', '비즈니스 서비스업', 'Business services', 'leasing_business_services'],
  ['73', '研究和试验发展', '연구 및 실험개발', 'Research and experimental development', 'other'],
  ['74', '专业技术服务业', '전문기술 서비스업', 'Professional technical services', 'other'],
  ['75', '科技推广和应用服务业', '과학기술 보급 및 응용 서비스업', 'Technology promotion and application services', 'other'],
  ['76', '水利管理业', '수리 관리업', 'Management of water conservancy', 'other'],
  ['77', '生态保护和环境治理业', '생태보호 및 환경관리업', 'Ecological protection and environmental management', 'other'],
  ['78', '公共设施管理业', '공공시설 관리업', 'Management of public facilities', 'other'],
  ['79', '居民服务业', '주민 서비스업', 'Resident services', 'other'],
  [
    '80',
    '机动车、电子产品和日用产品修理业',
    '자동차, 전자제품 및 생활용품 수리업',
    'Repair of motor vehicles, electronic products and household goods',
    'other',
  ],
  ['81', '其他服务业', '기타 서비스업', 'Other services', 'other'],
  ['82', '教育', '교육', 'Education', null],
  ['83', '卫生', '보건', 'Health', null],
  ['84', '社会工作', '사회복지', 'Social work', 'other'],
  ['85', '新闻和出版业', '신문 및 출판업', 'News and publishing', 'other'],
  [
    '86',
    '广播、电视、电影和影视录音制作业',
    '방송, 텔레비전, 영화 및 영상·음반 제작업',
    'Radio, television, film and sound recording production',
    'other',
  ],
  ['87', '文化艺术业', '문화예술업', 'Culture and arts', 'other'],
  ['88', '体育', '체육', 'Sports', 'other'],
  ['89', '娱乐业', '오락업', 'Entertainment', 'other'],
  ['90', '中国共产党机关', '중국공산당 기관', 'Organs of the Communist Party of China', null],
  ['91', '国家机构', '국가기구', 'State organs', null],
  [
    '92',
    '人民政协、民主党派',
    '인민정치협상회의 및 민주당파',
    "Chinese People's Political Consultative Conference and democratic parties",
    null,
  ],
  ['93', '社会保障', '사회보장', 'Social security', null],
  [
    '94',
    '群众团体、社会团体和其他成员组织',
    '대중단체, 사회단체 및 기타 회원조직',
    'Mass organisations, social organisations and other membership organisations',
    null,
  ],
  ['95', '基层群众自治组织', '기층 주민자치조직', 'Grass-roots self-governing organisations', null],
  ['96', '国际组织', '국제기구', 'International organisations', null],
];

const REAL_ESTATE_CLASSES: readonly Row[] = [
  ['7010', '房地产开发经营', '부동산 개발·경영', 'Real estate development and operation', 'real_estate_development'],
  ['7020', '物业管理', '부동산 관리', 'Property management', 'property_management'],
  ['7030', '房地产中介服务', '부동산 중개 서비스', 'Real estate agency services', 'other'],
  ['7040', '自有房地产经营活动', '자가 부동산 경영활동', 'Operation of own real estate', null],
  ['7090', '其他房地产业', '기타 부동산업', 'Other real estate activities', 'other'],
];

/** The section of each division (first, last), as in GB/T 4754-2011. */
const SECTION_RANGES: Readonly<Record<string, readonly [number, number]>> = {
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

/** The section letter of a division number (1–96). */
export function sectionOfDivision(division: number): string | undefined {
  return Object.keys(SECTION_RANGES).find((s) => division >= SECTION_RANGES[s][0] && division <= SECTION_RANGES[s][1]);
}

const entry =
  (level: IndustryCode['level']) =>
  ([code, zh, ko, en, group]: Row): IndustryCode => ({
    code,
    level,
    section: level === 'section' ? code : (sectionOfDivision(Number(code.slice(0, 2))) ?? ''),
    names: { 'zh-CN': zh, ko, en },
    group,
  });

export const INDUSTRY_SECTIONS: readonly IndustryCode[] = SECTIONS.map(entry('section'));
export const INDUSTRY_DIVISIONS: readonly IndustryCode[] = DIVISIONS.map(entry('division'));
export const INDUSTRY_CLASSES: readonly IndustryCode[] = REAL_ESTATE_CLASSES.map(entry('class'));
/** Every code, in classification order (a section, then its divisions, then any classes). */
export const INDUSTRY_CODES: readonly IndustryCode[] = INDUSTRY_SECTIONS.flatMap((s) => [
  s,
  ...INDUSTRY_DIVISIONS.filter((d) => d.section === s.code).flatMap((d) => [
    d,
    ...INDUSTRY_CLASSES.filter((c) => c.code.startsWith(d.code)),
  ]),
]);

/** The value the API takes for a code: a section letter, or the section letter and the digits (`C33`, `K7010`). */
export function apiIndustryCode(c: IndustryCode): string {
  return c.level === 'section' ? c.code : `${c.section}${c.code}`;
}

const normalise = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s、，,·]+/g, '');

/**
 * Codes matching a query typed by a person: a code (`33`, `C33`, `c3311` finds 33) or part of a name in
 * any of the three languages. Exact code matches come first.
 * @example searchIndustries('제조').some((c) => c.code === 'C') // true
 */
export function searchIndustries(query: string, limit = 30): IndustryCode[] {
  const q = normalise(query);
  if (q === '') return [];
  const codeQuery = /^([a-t])?(\d{2})(\d{0,2})$/i.exec(q);
  const scored: { c: IndustryCode; score: number }[] = [];
  for (const c of INDUSTRY_CODES) {
    let score = -1;
    if (codeQuery) {
      const digits = codeQuery[2] + codeQuery[3];
      if (
        c.level !== 'section' &&
        (c.code === digits || c.code === digits.slice(0, 2) || (c.code.startsWith(digits) && digits.length >= 2))
      ) {
        score = c.code === digits ? 0 : c.code.length === 4 ? 1 : 2;
        if (codeQuery[1] && codeQuery[1].toUpperCase() !== c.section) score = -1;
      }
    } else if (/^[a-z]$/i.test(q)) {
      // One letter is a section, never a fragment of a name.
      if (c.code === q.toUpperCase()) score = 0;
      else if (c.level !== 'section' && c.section === q.toUpperCase()) score = 3;
      if (score >= 0) scored.push({ c, score });
      continue;
    }
    if (score < 0) {
      const hit = Object.values(c.names).some((n) => normalise(n).includes(q));
      if (hit) score = 5 + (c.level === 'section' ? 0 : 1);
    }
    if (score >= 0) scored.push({ c, score });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.c);
}
