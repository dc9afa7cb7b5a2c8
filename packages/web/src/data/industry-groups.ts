/**
 * The 16 industry groups of the SME size standard (工信部联企业〔2011〕300号 art. 3), in the standard's
 * order. The same list as the policy's `INDUSTRY_GROUPS` (a test keeps them equal); their names are in
 * `locales/<lang>/industry.json` under `group.<code>`.
 */
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

export const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
