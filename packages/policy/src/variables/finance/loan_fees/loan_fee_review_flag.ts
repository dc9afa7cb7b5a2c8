import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { CBRC_2011_94, CBRC_2012_3 } from '../finance-references.ts';
import { feeRuleApplies } from './fee-rules.ts';

const { and, gt, or } = vector;

/**
 * Financial-advisory or consulting fees charged in the year on a loan to a small or micro enterprise.
 * 银监发〔2011〕94号 art. 6 "strictly limits" them (严格限制) without banning them or setting a ceiling,
 * so a contract with any such fee is flagged for review, not counted as a violation. The syndicated-loan
 * exception of art. 6 is worded for the ban on commitment and fund-management fees; the limit on these
 * fees is applied to syndicated loans too (a review flag, the cautious reading).
 */
export const loan_fee_review_flag = defineVariable({
  id: 'loan_fee_review_flag',
  entity: 'loan_contract',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '财务顾问费、咨询费待审查',
    ko: '재무고문비·자문비 검토 필요',
    en: 'Advisory or consulting fees to review',
  },
  description: {
    'zh-CN':
      '对小型微型企业贷款收取财务顾问费、咨询费的合同（银监发〔2011〕94号第六条“严格限制”）。审查时另对照银监发〔2012〕3号“七不准”：不得以贷转存、不得存贷挂钩、不得以贷收费、不得浮利分费、不得借贷搭售、不得一浮到顶、不得转嫁成本（仅供参考，不作计算）。',
    ko: '소규모 기업 대출에 재무고문비·자문비를 수취한 계약(银监发〔2011〕94号 제6조 "엄격 제한"). 검토 시 银监发〔2012〕3号 "7대 금지(七不准)"도 함께 확인한다: 대출의 예금 전환 금지, 예금·대출 연계 금지, 대출을 빌미로 한 수수료 수취 금지, 금리의 수수료 분할 금지, 끼워팔기 금지, 일률적 최고 금리 적용 금지, 비용 전가 금지(참고용, 계산하지 않음).',
    en: 'Contracts on which financial-advisory or consulting fees were charged to a small or micro borrower (94号 art. 6: "strictly limited"). Reviewers also check the "seven prohibitions" of 银监发〔2012〕3号: no loans turned into deposits, no deposit-loan linkage, no fees for lending, no splitting interest into fees, no tied sales, no maximum markup by default, no passing on costs (for information; not computed).',
  },
  reference: [{ ...CBRC_2011_94, article: '第六条' }, { ...GUOFA_2012_14, article: '（十一）' }, { ...CBRC_2012_3 }],
  measures: ['gf2012-14/11.2'],
  permanent: '银监发〔2011〕94号 第六条 (strictly limit advisory fees) has no end date, and no document read repeals it',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        and(
          feeRuleApplies(ctx, 'finance.loan_fees.fee_ban.advisory_fees_restricted'),
          or(gt(ctx.number('advisory_fee'), 0), gt(ctx.number('consulting_fee'), 0)),
        ),
    },
  ],
});
