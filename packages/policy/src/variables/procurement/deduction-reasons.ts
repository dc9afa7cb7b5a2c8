import type { Labels } from '../../model-api.ts';

/**
 * Why a bid gets (or does not get) a price deduction, in the order of the `bid_deduction_reason` enum.
 * The first three give a deduction; the others say why not.
 */
export const DEDUCTION_REASONS = [
  'small_micro',
  'consortium_all_small_micro',
  'consortium_share',
  'reserved_project',
  'consortium_share_below',
  'large_trademark',
  'large_product',
  'medium_product',
  'not_small_micro',
  'no_size_class',
] as const;
export type DeductionReason = (typeof DEDUCTION_REASONS)[number];

/** Index of a reason in the enum. */
export const reason = (name: DeductionReason): number => DEDUCTION_REASONS.indexOf(name);

/** One sentence per reason, for explanations (the CLI's --explain, the web application). */
export const DEDUCTION_REASON_LABELS: Readonly<Record<DeductionReason, Labels>> = {
  small_micro: {
    'zh-CN': '小型或微型企业提供本企业或其他中小企业制造的产品：给予小型微型企业价格扣除',
    ko: '소형 또는 영세기업이 자사 또는 다른 중소기업이 제조한 제품을 제공: 소형·영세기업 가격 공제 적용',
    en: 'A small or micro enterprise offering its own products or products made by other SMEs: small/micro price deduction',
  },
  consortium_all_small_micro: {
    'zh-CN': '联合体成员均为小型微型企业，视同小型微型企业：给予小型微型企业价格扣除',
    ko: '컨소시엄 구성원이 모두 소형·영세기업으로 소형·영세기업과 동일하게 취급: 소형·영세기업 가격 공제 적용',
    en: 'Every consortium member is small or micro, so the consortium counts as small/micro: small/micro price deduction',
  },
  consortium_share: {
    'zh-CN': '小型微型企业占联合体协议合同金额30%以上：给予联合体价格扣除',
    ko: '소형·영세기업이 컨소시엄 계약금액의 30% 이상 차지: 컨소시엄 가격 공제 적용',
    en: 'Small/micro members hold at least 30% of the consortium contract amount: consortium price deduction',
  },
  reserved_project: {
    'zh-CN': '专门面向中小企业的采购项目不再给予价格扣除',
    ko: '중소기업 전용 구매 프로젝트에는 가격 공제를 하지 않음',
    en: 'No price deduction in a project reserved for SMEs',
  },
  consortium_share_below: {
    'zh-CN': '小型微型企业占联合体协议合同金额不足30%：不给予价格扣除',
    ko: '소형·영세기업의 컨소시엄 계약금액 비중이 30% 미만: 가격 공제 없음',
    en: 'Small/micro members hold less than 30% of the consortium contract amount: no deduction',
  },
  large_trademark: {
    'zh-CN': '投标产品使用大型企业注册商标：不享受中小企业政策',
    ko: '입찰 제품이 대기업 등록상표를 사용: 중소기업 정책 대상 아님',
    en: "A product carries a large enterprise's registered trademark: no SME preference",
  },
  large_product: {
    'zh-CN': '投标产品由大型企业制造：不享受中小企业政策',
    ko: '입찰 제품이 대기업 제조품: 중소기업 정책 대상 아님',
    en: 'A product is made by a large enterprise: no SME preference',
  },
  medium_product: {
    'zh-CN': '投标产品由中型企业制造，投标视同中型企业：不给予小型微型企业价格扣除',
    ko: '입찰 제품이 중기업 제조품으로 입찰이 중기업으로 취급: 소형·영세기업 가격 공제 없음',
    en: 'A product is made by a medium enterprise, so the bid counts as medium: no small/micro deduction',
  },
  not_small_micro: {
    'zh-CN': '供应商不是小型或微型企业：不给予价格扣除',
    ko: '공급자가 소형 또는 영세기업이 아님: 가격 공제 없음',
    en: 'The supplier is not a small or micro enterprise: no deduction',
  },
  no_size_class: {
    'zh-CN': '未提交中小企业声明函，也无可划型的企业数据：不给予价格扣除',
    ko: '중소기업 신고서 미제출 및 규모 분류 가능한 기업 자료 없음: 가격 공제 없음',
    en: 'No SME declaration and no enterprise figures to classify the supplier: no deduction',
  },
};

/** Size classes a bid can state for its supplier: the 2011 standard's, then `undeclared`. */
export const BID_SIZE_CLASSES = ['large', 'medium', 'small', 'micro', 'undeclared'] as const;
