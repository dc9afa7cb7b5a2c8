/** The documents of the stamp-duty exemption on loan contracts (POLICY-FACTS §3). */

/** 财税〔2011〕105号: contracts signed 2011-11-01 … 2014-10-31 exempt. */
export const CAISHUI_2011_105 = {
  document: '财税〔2011〕105号',
  title: '财政部 国家税务总局关于金融机构与小型微型企业签订借款合同免征印花税的通知',
} as const;
/** 财税〔2014〕78号: extended to contracts signed 2014-11-01 … 2017-12-31. */
export const CAISHUI_2014_78 = {
  document: '财税〔2014〕78号',
  title: '财政部 国家税务总局关于金融机构与小型微型企业签订借款合同免征印花税的通知',
} as const;
/** 中华人民共和国印花税暂行条例: the duty on loan contracts (0.05‰, secondary source) and who pays it. */
export const STAMP_DUTY_REGULATIONS = { document: '中华人民共和国印花税暂行条例' } as const;
