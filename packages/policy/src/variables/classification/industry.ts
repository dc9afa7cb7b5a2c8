import { defineVariable, SIZE_STANDARD } from '../../model-api.ts';
import { readIndustryInput } from './industry-code.ts';

/** The enterprise's industry: a size-standard group code or a GB/T 4754-2011 code (see industry-code.ts). */
export const industry = defineVariable({
  id: 'industry',
  entity: 'enterprise',
  valueType: 'string',
  definitionPeriod: 'year',
  label: { 'zh-CN': '所属行业', ko: '업종', en: 'Industry' },
  description: {
    'zh-CN': '划型标准的行业组代码，或 GB/T 4754-2011 行业代码（门类字母，或 2–4 位大类/中类/小类代码）',
    ko: '규모 기준의 업종 그룹 코드 또는 GB/T 4754-2011 업종 코드(부문 문자 또는 2~4자리 대·중·소분류 코드)',
    en: 'A size-standard industry group code, or a GB/T 4754-2011 code (section letter, or 2- to 4-digit division/group/class)',
  },
  reference: [
    { ...SIZE_STANDARD, article: '第三条' },
    { document: 'GB/T 4754-2011', title: '国民经济行业分类' },
  ],
  default: '',
  required: true,
  // Any GB/T 4754-2011 code: the tax rules cover every industry; the size class of a code outside the
  // standard is refused by industry_group, with the reason.
  validate: (value) => readIndustryInput(String(value)),
});
