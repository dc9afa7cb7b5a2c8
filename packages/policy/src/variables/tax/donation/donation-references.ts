import { EIT_LAW, GUOFA_2012_14 } from '../../../model-api.ts';

/** Guofa [2012] No. 14 item 04: donations to the SME Development Fund are deductible within the limits below. */
export const FUND_ITEM = { ...GUOFA_2012_14, article: '（四）' } as const;
/** EIT Law art. 9: public-welfare donations deductible within 12% of the annual total profit. */
export const EIT_ART_9 = { ...EIT_LAW, article: '第九条' } as const;
/** IIT Implementation Regulations art. 24: donations deductible within 30% of the declared taxable income. */
export const IIT_REGULATIONS_ART_24 = { document: '中华人民共和国个人所得税法实施条例', article: '第二十四条' } as const;
