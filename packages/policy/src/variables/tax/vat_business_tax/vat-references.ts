/** The documents of the VAT and business-tax thresholds and exemptions (POLICY-FACTS §4). */

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
/** 财税〔2014〕71号 (secondary source): ≤ 30,000 a month, ≤ 90,000 a quarter, 2014-10-01 … 2015-12-31. */
export const CAISHUI_2014_71 = {
  document: '财税〔2014〕71号',
  title: '财政部 国家税务总局关于进一步支持小微企业增值税和营业税政策的通知',
} as const;
/** 中华人民共和国增值税暂行条例 (small-scale rate, art. 12 — not in POLICY-FACTS). */
export const VAT_REGULATIONS = { document: '中华人民共和国增值税暂行条例' } as const;
/** 中华人民共和国营业税暂行条例 (taxable items and rates — not in POLICY-FACTS). */
export const BUSINESS_TAX_REGULATIONS = { document: '中华人民共和国营业税暂行条例' } as const;
/** GB/T 2260, the administrative division codes. */
export const GBT_2260 = { document: 'GB/T 2260', title: '中华人民共和国行政区划代码' } as const;
