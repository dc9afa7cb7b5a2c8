/** The documents of the stamp duty on loan contracts and of its small/micro exemption (item 02.4). */

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
/** 财税〔2017〕77号 第二条: contracts signed 2018-01-01 … 2020-12-31 exempt. */
export const CAISHUI_2017_77 = {
  document: '财税〔2017〕77号',
  title: '财政部 税务总局关于支持小微企业融资有关税收政策的通知',
} as const;
/** 财政部 税务总局公告2021年第6号: 财税〔2017〕77号 extended to 2023-12-31. */
export const ANNOUNCEMENT_2021_6 = {
  document: '财政部 税务总局公告2021年第6号',
  title: '财政部 税务总局关于延长部分税收优惠政策执行期限的公告',
} as const;
/** 财政部 税务总局公告2023年第13号: exempt until 2027-12-31. */
export const ANNOUNCEMENT_2023_13 = {
  document: '财政部 税务总局公告2023年第13号',
  title: '财政部 税务总局关于支持小微企业融资有关税收政策的公告',
} as const;
/** Every document of the exemption's lineage, in date order. */
export const EXEMPTION_LINEAGE = [CAISHUI_2011_105, CAISHUI_2014_78, CAISHUI_2017_77, ANNOUNCEMENT_2021_6, ANNOUNCEMENT_2023_13];
/** 中华人民共和国印花税暂行条例 (1988-10-01 … 2022-06-30): the duty on loan contracts and who pays it. */
export const STAMP_DUTY_REGULATIONS = { document: '中华人民共和国印花税暂行条例' } as const;
/** Its implementing rules: 第二十四条, the rounding to the jiao. */
export const STAMP_DUTY_RULES = { document: '中华人民共和国印花税暂行条例施行细则' } as const;
/** 中华人民共和国印花税法, in force from 2022-07-01 (第二十条), replacing the Regulations. */
export const STAMP_DUTY_LAW = { document: '中华人民共和国印花税法' } as const;
