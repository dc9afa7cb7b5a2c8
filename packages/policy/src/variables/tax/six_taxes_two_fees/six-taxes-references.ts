/** The documents of the "六税两费" reduction. */
export const CAISHUI_2019_13 = {
  document: '财税〔2019〕13号',
  title: '财政部 税务总局关于实施小微企业普惠性税收减免政策的通知',
} as const;
export const MOF_SAT_2022_10 = {
  document: '财政部 税务总局公告2022年第10号',
  title: '财政部 税务总局关于进一步实施小微企业“六税两费”减免政策的公告',
} as const;
export const MOF_SAT_2023_12 = {
  document: '财政部 税务总局公告2023年第12号',
  title: '财政部 税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告',
} as const;
