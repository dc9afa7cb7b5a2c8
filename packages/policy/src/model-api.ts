/**
 * The one module formula authors import (PolicyEngine's `model_api` idea): variable definitions,
 * periods, the vector helpers and the references of the documents this package cites most.
 * Formulas work on whole columns; a code-health test rejects per-member control flow in formula bodies.
 */
export {
  type DatedFormula,
  defineVariable,
  type FormulaContext,
  type Labels,
  Period,
  type Reference,
  type Variable,
  vector,
} from '@xiaowei/engine';

/** 工信部联企业〔2011〕300号, the 2011 SME size standard. */
export const SIZE_STANDARD = { document: '工信部联企业〔2011〕300号', title: '中小企业划型标准规定' } as const;
/** 中华人民共和国企业所得税法 (EIT Law). */
export const EIT_LAW = { document: '中华人民共和国企业所得税法' } as const;
/** 中华人民共和国企业所得税法实施条例 (EIT Implementation Regulations). */
export const EIT_REGULATIONS = { document: '中华人民共和国企业所得税法实施条例' } as const;
/** The Opinions themselves. */
export const GUOFA_2012_14 = { document: '国发〔2012〕14号', title: '国务院关于进一步支持小型微型企业健康发展的意见' } as const;

/** Size classes of the 2011 standard, in the order of the `size_class` enum. */
export const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** The 16 industry groups of the 2011 standard (DESIGN.md codes), in the order of the `industry_group` enum. */
export const INDUSTRY_GROUPS = [
  'agriculture',
  'industry',
  'construction',
  'wholesale',
  'retail',
  'transport',
  'warehousing',
  'postal',
  'accommodation',
  'catering',
  'information_transmission',
  'software_it',
  'real_estate_development',
  'property_management',
  'leasing_business_services',
  'other',
] as const;
export type IndustryGroup = (typeof INDUSTRY_GROUPS)[number];
