/** Documents the procurement chapter (Guofa [2012] No. 14 item 05) cites. */

/** 财库〔2011〕181号, in force from 2012-01-01 (POLICY-FACTS §6). */
export const CAIKU_2011_181 = { document: '财库〔2011〕181号', title: '政府采购促进中小企业发展暂行办法' } as const;
/** 财库〔2007〕2号, price evaluation of goods and services (comprehensive scoring; secondary source). */
export const CAIKU_2007_2 = { document: '财库〔2007〕2号', title: '财政部关于加强政府采购货物和服务项目价格评审管理的通知' } as const;

/** First day of the encoded rules: 181号 took effect on 2012-01-01. */
export const PROCUREMENT_FROM = '2012-01-01';
/**
 * First day not encoded. POLICY-FACTS §6 names later versions (财库〔2020〕46号; a 2022 rule) without their
 * start dates, so the encoded history stops before the first day the 2020 document could have applied.
 */
export const PROCUREMENT_UNTIL = '2020-01-01';
export const PROCUREMENT_END_NOTE =
  '财库〔2011〕181号 is encoded up to 2019-12-31: POLICY-FACTS §6 names 财库〔2020〕46号 and a 2022 rule without their start dates';

/** Parameter paths of the chapter. */
export const P = {
  smallMicroMin: 'procurement.price_deduction.small_micro.min',
  smallMicroMax: 'procurement.price_deduction.small_micro.max',
  consortiumMin: 'procurement.price_deduction.consortium.min',
  consortiumMax: 'procurement.price_deduction.consortium.max',
  consortiumShare: 'procurement.price_deduction.consortium.small_micro_share',
  setAsideSme: 'procurement.set_aside.sme_share',
  setAsideSmallMicro: 'procurement.set_aside.small_micro_share_of_sme',
  deductedBenchmark: 'procurement.comprehensive_scoring.deducted_benchmark',
} as const;

/** Evaluation methods, in the order of the `tender_evaluation_method` enum. */
export const EVALUATION_METHODS = ['lowest_price', 'comprehensive'] as const;
export const COMPREHENSIVE = EVALUATION_METHODS.indexOf('comprehensive');
