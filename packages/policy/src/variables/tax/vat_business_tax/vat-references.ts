import type { DatedFormula, Period } from '../../../model-api.ts';

/** The documents of the VAT and business-tax thresholds and exemptions. */

/** 财政部令第65号: thresholds for individuals, from 2011-11-01, amending both implementing rules. */
export const MOF_DECREE_65 = {
  document: '财政部令第65号',
  title: '关于修改《中华人民共和国增值税暂行条例实施细则》和《中华人民共和国营业税暂行条例实施细则》的决定',
} as const;
/** 财税〔2013〕52号: small enterprises with monthly sales ≤ 20,000 exempt from 2013-08-01. */
export const CAISHUI_2013_52 = {
  document: '财税〔2013〕52号',
  title: '财政部 国家税务总局关于暂免征收部分小微企业增值税和营业税的通知',
} as const;
/** 国家税务总局公告2013年第49号: ≤ includes 20,000; above it taxed in full; quarterly filers ≤ 60,000. */
export const SAT_2013_49 = {
  document: '国家税务总局公告2013年第49号',
  title: '国家税务总局关于暂免征收部分小微企业增值税和营业税政策有关问题的公告',
} as const;
/** 财税〔2014〕71号 (secondary source): ≤ 30,000 a month, 2014-10-01 … 2015-12-31. */
export const CAISHUI_2014_71 = {
  document: '财税〔2014〕71号',
  title: '财政部 国家税务总局关于进一步支持小微企业增值税和营业税政策的通知',
} as const;
/** 国家税务总局公告2014年第57号 (secondary source): quarterly filers ≤ 90,000 from 2014-10-01. */
export const SAT_2014_57 = {
  document: '国家税务总局公告2014年第57号',
  title: '国家税务总局关于小微企业免征增值税和营业税有关问题的公告',
} as const;
/** 财税〔2016〕36号 (read): business tax replaced by VAT in every sector from 2016-05-01. */
export const CAISHUI_2016_36 = {
  document: '财税〔2016〕36号',
  title: '财政部 国家税务总局关于全面推开营业税改征增值税试点的通知',
} as const;
/** 财税〔2019〕13号: 100,000 a month from 2019-01-01 (with 国家税务总局公告2019年第4号: 300,000 a quarter). */
export const CAISHUI_2019_13 = {
  document: '财税〔2019〕13号',
  title: '财政部 税务总局关于实施小微企业普惠性税收减免政策的通知',
} as const;
/** 财政部 税务总局公告2023年第19号 (read): 100,000 a month, 3% sales at 1%, to 2027-12-31. */
export const MOF_SAT_2023_19 = {
  document: '财政部 税务总局公告2023年第19号',
  title: '财政部 税务总局关于增值税小规模纳税人减免增值税政策的公告',
} as const;

/** The first day business tax no longer exists (财税〔2016〕36号). */
export const BUSINESS_TAX_ENDED = '2016-05-01';

/** The end of the small-scale VAT lineage encoded: 公告2023年第19号 runs to 2027-12-31. */
export const VAT_END: DatedFormula = {
  from: '2028-01-01',
  formula: null,
  note: '财政部 税务总局公告2023年第19号 runs to 2027-12-31: nothing is encoded after',
};

/** The months of a year in which business tax existed: all of them before 2016, January to April in 2016. */
export function businessTaxMonths(year: Period): Period[] {
  return year.split('month').filter((month) => month.start < BUSINESS_TAX_ENDED);
}

/** Business tax ended: every business-tax rule stops on 2016-05-01, a clear answer rather than a guess. */
export const BUSINESS_TAX_END: DatedFormula = {
  from: BUSINESS_TAX_ENDED,
  formula: null,
  note: 'business tax was replaced by VAT from 2016-05-01 (财税〔2016〕36号): there is no business tax after 2016-04-30',
};

/**
 * 2022-04-01 … 2022-12-31: 财政部 税务总局公告2022年第15号 exempted all sales of small-scale taxpayers at the 3%
 * rate whatever their amount (secondary pages). Which sales are at 3% is not an input, so the exemption of
 * those months is not encoded rather than answered by the threshold alone.
 */
export const VAT_2022_NOTE: DatedFormula = {
  from: '2022-04-01',
  formula: null,
  note: '2022-04-01 … 2022-12-31: 财政部 税务总局公告2022年第15号 exempted all 3% sales of small-scale taxpayers; not encoded',
};
/** 中华人民共和国增值税暂行条例 (small-scale rate, art. 12 — not in the documents read). */
export const VAT_REGULATIONS = { document: '中华人民共和国增值税暂行条例' } as const;
/** 中华人民共和国营业税暂行条例 (taxable items and rates — not in the documents read). */
export const BUSINESS_TAX_REGULATIONS = { document: '中华人民共和国营业税暂行条例' } as const;
/** GB/T 2260, the administrative division codes. */
export const GBT_2260 = { document: 'GB/T 2260', title: '中华人民共和国行政区划代码' } as const;

/**
 * The individual thresholds of 财政部令第65号 amend the implementing rules of the VAT Provisional Regulations.
 * The 中华人民共和国增值税法 replaces those regulations from 2026-01-01 (general knowledge, its text not read):
 * the thresholds are not encoded from then rather than assumed to continue.
 */
export const VAT_REGULATIONS_END: DatedFormula = {
  from: '2026-01-01',
  formula: null,
  note: 'the VAT Provisional Regulations and their implementing rules (amended by 财政部令第65号) are replaced by the 中华人民共和国增值税法 from 2026-01-01, whose thresholds are not encoded',
};
