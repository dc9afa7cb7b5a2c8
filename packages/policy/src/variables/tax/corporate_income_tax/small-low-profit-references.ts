import type { DatedFormula, Reference } from '../../../model-api.ts';

/** 财税〔2019〕13号: one small low-profit definition for every industry, and income counted by portion. */
export const SLP_2019: Reference = { document: '财税〔2019〕13号', title: '关于实施小微企业普惠性税收减免政策的通知', article: '第二条' };

/** 公告2023年第12号, the last encoded document: its measures run to 2027-12-31. */
export const SLP_2023: Reference = {
  document: '财政部 税务总局公告2023年第12号',
  title: '关于进一步支持小微企业和个体工商户发展有关税费政策的公告',
  article: '第三条、第五条',
};

/** The end of the encoded small low-profit rules: asking for a later year is an error that says so. */
export const NOT_ENCODED_AFTER_2027: DatedFormula = {
  from: '2028-01-01',
  formula: null,
  note: 'not encoded after 2027-12-31: the last encoded document, 财政部 税务总局公告2023年第12号, runs to 2027-12-31',
  reference: [SLP_2023],
};
