/** The documents item 25 (college graduates) cites. */
import { GUOFA_2012_14 } from '../../model-api.ts';

/** 国发〔2011〕16号, where the graduate-hiring subsidies come from (secondary sources). */
export const GRADUATE_NOTICE = {
  document: '国发〔2011〕16号',
  title: '国务院关于进一步做好普通高等学校毕业生就业工作的通知',
} as const;

/** The Opinions, item 25. */
export const ITEM_25 = { ...GUOFA_2012_14, article: '（二十五）' } as const;

/** Parameter roots of the two subsidies. */
export const TRAINING = 'employment.graduate_training_subsidy';
export const SOCIAL_INSURANCE = 'employment.graduate_social_insurance_subsidy';
