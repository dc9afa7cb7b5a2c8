/** The documents of the R&D super-deduction after the EIT Implementation Regulations (art. 95). */
export const CAISHUI_2017_34 = {
  document: '财税〔2017〕34号',
  title: '财政部 税务总局 科技部关于提高科技型中小企业研究开发费用税前加计扣除比例的通知',
} as const;
export const CAISHUI_2018_99 = {
  document: '财税〔2018〕99号',
  title: '财政部 税务总局 科技部关于提高研究开发费用税前加计扣除比例的通知',
} as const;
export const MOF_SAT_2021_6 = {
  document: '财政部 税务总局公告2021年第6号',
  title: '财政部 税务总局关于延长部分税收优惠政策执行期限的公告',
} as const;
export const MOF_SAT_2021_13 = {
  document: '财政部 税务总局公告2021年第13号',
  title: '财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告',
} as const;
export const MOF_SAT_MOST_2022_16 = {
  document: '财政部 税务总局 科技部公告2022年第16号',
  title: '财政部 税务总局 科技部关于进一步提高科技型中小企业研发费用税前加计扣除比例的公告',
} as const;
export const MOF_SAT_MOST_2022_28 = {
  document: '财政部 税务总局 科技部公告2022年第28号',
  title: '财政部 税务总局 科技部关于加大支持科技创新税前扣除力度的公告',
} as const;
export const MOF_SAT_2023_7 = {
  document: '财政部 税务总局公告2023年第7号',
  title: '财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告',
} as const;
