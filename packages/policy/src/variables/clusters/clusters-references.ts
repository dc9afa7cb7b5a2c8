/** The documents and parameters item 26 (premises for small and micro enterprises) uses. */
import { GUOFA_2012_14 } from '../../model-api.ts';

/** The Opinions, item 26: "对创办三年内租用经营场地和店铺的小型微型企业，符合条件的，给予一定比例的租金补贴". */
export const ITEM_26 = { ...GUOFA_2012_14, article: '（二十六）' } as const;

/** Parameter root of the rent subsidy. */
export const RENT_SUBSIDY = 'clusters.rent_subsidy';
