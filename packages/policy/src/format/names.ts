import type { Labels, Lang } from '@xiaowei/engine';
import type { IndustryGroup, SizeClass } from '../model-api.ts';

/** The size classes of 工信部联企业〔2011〕300号 art. 4 in each language. */
export const SIZE_CLASS_NAMES: Readonly<Record<SizeClass, Labels>> = {
  large: { 'zh-CN': '大型', ko: '대기업', en: 'large' },
  medium: { 'zh-CN': '中型', ko: '중기업', en: 'medium' },
  small: { 'zh-CN': '小型', ko: '소기업', en: 'small' },
  micro: { 'zh-CN': '微型', ko: '영세기업', en: 'micro' },
};

/** The 16 industry groups of 工信部联企业〔2011〕300号 art. 2 in each language (the standard's own words in Chinese). */
export const INDUSTRY_GROUP_NAMES: Readonly<Record<IndustryGroup, Labels>> = {
  agriculture: { 'zh-CN': '农、林、牧、渔业', ko: '농업·임업·목축업·어업', en: 'agriculture, forestry, animal husbandry and fishery' },
  industry: { 'zh-CN': '工业', ko: '공업', en: 'industry' },
  construction: { 'zh-CN': '建筑业', ko: '건축업', en: 'construction' },
  wholesale: { 'zh-CN': '批发业', ko: '도매업', en: 'wholesale' },
  retail: { 'zh-CN': '零售业', ko: '소매업', en: 'retail' },
  transport: { 'zh-CN': '交通运输业', ko: '교통운수업', en: 'transport' },
  warehousing: { 'zh-CN': '仓储业', ko: '창고업', en: 'warehousing' },
  postal: { 'zh-CN': '邮政业', ko: '우정업', en: 'postal services' },
  accommodation: { 'zh-CN': '住宿业', ko: '숙박업', en: 'accommodation' },
  catering: { 'zh-CN': '餐饮业', ko: '요식업', en: 'catering' },
  information_transmission: { 'zh-CN': '信息传输业', ko: '정보전송업', en: 'information transmission' },
  software_it: {
    'zh-CN': '软件和信息技术服务业',
    ko: '소프트웨어 및 정보기술 서비스업',
    en: 'software and information technology services',
  },
  real_estate_development: { 'zh-CN': '房地产开发经营', ko: '부동산 개발·경영', en: 'real estate development' },
  property_management: { 'zh-CN': '物业管理', ko: '부동산 관리', en: 'property management' },
  leasing_business_services: { 'zh-CN': '租赁和商务服务业', ko: '임대 및 비즈니스 서비스업', en: 'leasing and business services' },
  other: { 'zh-CN': '其他未列明行业', ko: '기타 미열거 업종', en: 'other industries not listed elsewhere' },
};

/** A size class in `lang`; an unknown value as it is. */
export function sizeClassName(value: string, lang: Lang): string {
  return (SIZE_CLASS_NAMES as Readonly<Record<string, Labels>>)[value]?.[lang] ?? value;
}

/** An industry group in `lang`; an unknown value as it is. */
export function industryGroupName(value: string, lang: Lang): string {
  return (INDUSTRY_GROUP_NAMES as Readonly<Record<string, Labels>>)[value]?.[lang] ?? value;
}
