/**
 * GB/T 2260 administrative divisions seeded by migration 0002: the 31 provincial-level divisions of
 * the mainland, and the cities and districts the demo registry uses. Real codes only. The 市辖区
 * pseudo-level of the municipalities (110100, 310100) is folded: their districts hang off the
 * municipality itself.
 */
export interface RegionSeed {
  readonly code: string;
  readonly parent: string | null;
  readonly level: 'province' | 'city' | 'county';
  readonly zh: string;
  readonly ko: string;
  readonly en: string;
}

const province = (code: string, zh: string, ko: string, en: string): RegionSeed => ({ code, parent: null, level: 'province', zh, ko, en });
const city = (code: string, zh: string, ko: string, en: string): RegionSeed => ({
  code,
  parent: `${code.slice(0, 2)}0000`,
  level: 'city',
  zh,
  ko,
  en,
});
const county = (code: string, parent: string, zh: string, ko: string, en: string): RegionSeed => ({
  code,
  parent,
  level: 'county',
  zh,
  ko,
  en,
});

export const REGION_SEED: readonly RegionSeed[] = [
  province('110000', '北京市', '베이징시', 'Beijing'),
  province('120000', '天津市', '톈진시', 'Tianjin'),
  province('130000', '河北省', '허베이성', 'Hebei'),
  province('140000', '山西省', '산시성(山西)', 'Shanxi'),
  province('150000', '内蒙古自治区', '네이멍구 자치구', 'Inner Mongolia'),
  province('210000', '辽宁省', '랴오닝성', 'Liaoning'),
  province('220000', '吉林省', '지린성', 'Jilin'),
  province('230000', '黑龙江省', '헤이룽장성', 'Heilongjiang'),
  province('310000', '上海市', '상하이시', 'Shanghai'),
  province('320000', '江苏省', '장쑤성', 'Jiangsu'),
  province('330000', '浙江省', '저장성', 'Zhejiang'),
  province('340000', '安徽省', '안후이성', 'Anhui'),
  province('350000', '福建省', '푸젠성', 'Fujian'),
  province('360000', '江西省', '장시성', 'Jiangxi'),
  province('370000', '山东省', '산둥성', 'Shandong'),
  province('410000', '河南省', '허난성', 'Henan'),
  province('420000', '湖北省', '후베이성', 'Hubei'),
  province('430000', '湖南省', '후난성', 'Hunan'),
  province('440000', '广东省', '광둥성', 'Guangdong'),
  province('450000', '广西壮族自治区', '광시 좡족 자치구', 'Guangxi'),
  province('460000', '海南省', '하이난성', 'Hainan'),
  province('500000', '重庆市', '충칭시', 'Chongqing'),
  province('510000', '四川省', '쓰촨성', 'Sichuan'),
  province('520000', '贵州省', '구이저우성', 'Guizhou'),
  province('530000', '云南省', '윈난성', 'Yunnan'),
  province('540000', '西藏自治区', '시짱 자치구', 'Xizang (Tibet)'),
  province('610000', '陕西省', '산시성(陕西)', 'Shaanxi'),
  province('620000', '甘肃省', '간쑤성', 'Gansu'),
  province('630000', '青海省', '칭하이성', 'Qinghai'),
  province('640000', '宁夏回族自治区', '닝샤 후이족 자치구', 'Ningxia'),
  province('650000', '新疆维吾尔自治区', '신장 위구르 자치구', 'Xinjiang'),

  city('370100', '济南市', '지난시', 'Jinan'),
  city('370200', '青岛市', '칭다오시', 'Qingdao'),
  city('440100', '广州市', '광저우시', 'Guangzhou'),
  city('440300', '深圳市', '선전시', 'Shenzhen'),
  city('330100', '杭州市', '항저우시', 'Hangzhou'),
  city('330200', '宁波市', '닝보시', 'Ningbo'),
  city('510100', '成都市', '청두시', 'Chengdu'),
  city('320100', '南京市', '난징시', 'Nanjing'),
  city('320500', '苏州市', '쑤저우시', 'Suzhou'),
  city('420100', '武汉市', '우한시', 'Wuhan'),

  county('370202', '370200', '市南区', '스난구', 'Shinan District'),
  county('370211', '370200', '黄岛区', '황다오구', 'Huangdao District'),
  county('440305', '440300', '南山区', '난산구', 'Nanshan District'),
  county('330106', '330100', '西湖区', '시후구', 'Xihu District'),
  county('510104', '510100', '锦江区', '진장구', 'Jinjiang District'),
  county('110105', '110000', '朝阳区', '차오양구', 'Chaoyang District'),
  county('310115', '310000', '浦东新区', '푸둥신구', 'Pudong New Area'),
];
