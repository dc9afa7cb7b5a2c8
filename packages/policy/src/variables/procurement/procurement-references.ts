/** Documents the procurement chapter (Guofa [2012] No. 14 item 05) cites. */

/** 财库〔2011〕181号, in force from 2012-01-01; it still applied to procurement started before 2021-01-01. */
export const CAIKU_2011_181 = { document: '财库〔2011〕181号', title: '政府采购促进中小企业发展暂行办法' } as const;
/** 财库〔2020〕46号, in force from 2021-01-01 (it repealed 181号): goods and services apart from works. */
export const CAIKU_2020_46 = { document: '财库〔2020〕46号', title: '政府采购促进中小企业发展管理办法' } as const;
/** 财库〔2022〕19号, from 2022-07-01: higher deductions for goods and services and for consortia. */
export const CAIKU_2022_19 = { document: '财库〔2022〕19号', title: '财政部关于进一步加大政府采购支持中小企业力度的通知' } as const;
/** The documents of the price deduction, in date order. */
export const PRICE_DEDUCTION_LINEAGE = [CAIKU_2011_181, CAIKU_2020_46, CAIKU_2022_19];
/** 财库〔2007〕2号, price evaluation of goods and services (comprehensive scoring; secondary source). */
export const CAIKU_2007_2 = { document: '财库〔2007〕2号', title: '财政部关于加强政府采购货物和服务项目价格评审管理的通知' } as const;

/** First day of the encoded rules: 181号 took effect on 2012-01-01. */
export const PROCUREMENT_FROM = '2012-01-01';
/** First day not encoded: the lineage (181号, 46号, 19号) is encoded to 2027-12-31. */
export const PROCUREMENT_UNTIL = '2028-01-01';
export const PROCUREMENT_END_NOTE = 'the procurement rules (财库〔2011〕181号, 〔2020〕46号, 〔2022〕19号) are encoded up to 2027-12-31';
/**
 * First day the yearly set-aside of a budget unit is not encoded: 181号's share ends with the procurement
 * it governed (started before 2021-01-01); 46号 reserves by project, which is not encoded.
 */
export const SET_ASIDE_UNTIL = '2021-01-01';
export const SET_ASIDE_END_NOTE =
  "财库〔2011〕181号's yearly set-aside of a budget unit applies up to 2020-12-31; 财库〔2020〕46号 reserves by project, which is not encoded";

/** Parameter paths of the chapter. */
export const P = {
  byProcurementType: 'procurement.price_deduction.by_procurement_type',
  smallMicro: 'procurement.price_deduction.small_micro',
  smallMicroWorks: 'procurement.price_deduction.small_micro_works',
  consortium: 'procurement.price_deduction.consortium',
  consortiumWorks: 'procurement.price_deduction.consortium_works',
  consortiumShare: 'procurement.price_deduction.consortium.small_micro_share',
  setAsideSme: 'procurement.set_aside.sme_share',
  setAsideSmallMicro: 'procurement.set_aside.small_micro_share_of_sme',
  deductedBenchmark: 'procurement.comprehensive_scoring.deducted_benchmark',
} as const;

/** Evaluation methods, in the order of the `tender_evaluation_method` enum. */
export const EVALUATION_METHODS = ['lowest_price', 'comprehensive'] as const;
export const COMPREHENSIVE = EVALUATION_METHODS.indexOf('comprehensive');

/** Kinds of procurement, in the order of the `tender_procurement_type` enum; `unspecified` when not given. */
export const PROCUREMENT_TYPES = ['unspecified', 'goods', 'services', 'works'] as const;
export const WORKS = PROCUREMENT_TYPES.indexOf('works');
export const UNSPECIFIED_TYPE = PROCUREMENT_TYPES.indexOf('unspecified');
