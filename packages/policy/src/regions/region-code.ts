/**
 * Region codes: the 6-digit administrative division codes of GB/T 2260 (中华人民共和国行政区划代码),
 * e.g. 370000 Shandong province, 370200 Qingdao city, 370211 one of its districts. Local rules (rates,
 * standards, proportions) are set by a province or a city and apply to everything below it, so a code
 * is looked up at its own level, then its prefecture (xxxx00), then its province (xx0000), then the
 * `national` default where the law gives one.
 */
import { interpolate, type Labels, type ValueProblem } from '@xiaowei/engine';

/** The province-level divisions of GB/T 2260, by their two leading digits. */
const PROVINCES: Readonly<Record<string, string>> = {
  '11': '北京',
  '12': '天津',
  '13': '河北',
  '14': '山西',
  '15': '内蒙古',
  '21': '辽宁',
  '22': '吉林',
  '23': '黑龙江',
  '31': '上海',
  '32': '江苏',
  '33': '浙江',
  '34': '安徽',
  '35': '福建',
  '36': '江西',
  '37': '山东',
  '41': '河南',
  '42': '湖北',
  '43': '湖南',
  '44': '广东',
  '45': '广西',
  '46': '海南',
  '50': '重庆',
  '51': '四川',
  '52': '贵州',
  '53': '云南',
  '54': '西藏',
  '61': '陕西',
  '62': '甘肃',
  '63': '青海',
  '64': '宁夏',
  '65': '新疆',
  '71': '台湾',
  '81': '香港',
  '82': '澳门',
};

const MESSAGES = {
  not_a_code: {
    'zh-CN': '“{value}”不是 GB/T 2260 行政区划代码（6 位数字，如 370200 青岛市）',
    ko: '“{value}”은(는) GB/T 2260 행정구역 코드(6자리 숫자, 예: 370200 칭다오시)가 아닙니다',
    en: '"{value}" is not a GB/T 2260 region code (6 digits, e.g. 370200 for Qingdao)',
  },
  unknown_province: {
    'zh-CN': '“{value}”：{province} 不是 GB/T 2260 的省级代码',
    ko: '“{value}”: {province}은(는) GB/T 2260의 성급 코드가 아닙니다',
    en: '"{value}": {province} is not a GB/T 2260 province code',
  },
} as const satisfies Record<string, Labels>;

/**
 * Checks a region code: six digits whose first two name a province. Below the province level the
 * code is not checked against the (yearly revised) list of divisions.
 * @example checkRegion('370200') // undefined: fine
 * @example checkRegion('990000')?.code // 'region.unknown_province'
 */
export function checkRegion(raw: string | number | boolean): ValueProblem | undefined {
  const value = String(raw).trim();
  if (!/^\d{6}$/.test(value)) return { code: 'region.not_a_code', message: interpolate(MESSAGES.not_a_code, { value }) };
  const province = value.slice(0, 2);
  return Object.hasOwn(PROVINCES, province)
    ? undefined
    : { code: 'region.unknown_province', message: interpolate(MESSAGES.unknown_province, { value, province: `${province}0000` }) };
}

/**
 * The keys a regional parameter is looked up by for `code`, most specific first: the code itself, its
 * prefecture, its province, then `national`. An empty code (region not given) has only `national`.
 * @example regionKeys('370211') // ['370211', '370200', '370000', 'national']
 */
export function regionKeys(code: string): string[] {
  const value = code.trim();
  if (!/^\d{6}$/.test(value)) return ['national'];
  return [...new Set([value, `${value.slice(0, 4)}00`, `${value.slice(0, 2)}0000`, 'national'])];
}
