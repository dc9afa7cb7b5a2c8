/** The documents the finance chapter cites most. */

/** 财税〔2009〕99号: pre-tax deduction of loan-loss provisions on agricultural and SME loans (rates, art. 1). */
export const CAISHUI_2009_99 = {
  document: '财税〔2009〕99号',
  title: '关于金融企业涉农贷款和中小企业贷款损失准备金税前扣除有关问题的通知',
} as const;

/** 财税〔2011〕104号: extends 财税〔2009〕99号 to 2013-12-31. */
export const CAISHUI_2011_104 = {
  document: '财税〔2011〕104号',
  title: '关于延长金融企业涉农贷款和中小企业贷款损失准备金税前扣除政策执行期限的通知',
} as const;

/** 银监发〔2011〕94号: small-enterprise lending targets and the loan-fee rules (art. 6). */
export const CBRC_2011_94 = {
  document: '银监发〔2011〕94号',
  title: '中国银监会关于支持商业银行进一步改进小型微型企业金融服务的补充通知',
} as const;

/** 银监发〔2012〕3号: the "seven prohibitions" (七不准) on banks' business conduct. */
export const CBRC_2012_3 = {
  document: '银监发〔2012〕3号',
  title: '中国银监会关于整治银行业金融机构不规范经营的通知',
} as const;

/** 财税〔2015〕3号: the same rates 2014-01-01 … 2018-12-31. */
export const CAISHUI_2015_3 = {
  document: '财税〔2015〕3号',
  title: '财政部 国家税务总局关于金融企业涉农贷款和中小企业贷款损失准备金税前扣除有关问题的通知',
} as const;

/** 财政部 税务总局公告2019年第85号: the same rates 2019-01-01 … 2023-12-31. */
export const MOF_SAT_2019_85 = {
  document: '财政部 税务总局公告2019年第85号',
  title: '财政部 税务总局关于延续实施金融企业涉农贷款和中小企业贷款损失准备金税前扣除有关政策的公告',
} as const;
