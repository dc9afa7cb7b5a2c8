import { defineVariable, GUOFA_2012_14, vector } from '../../../model-api.ts';
import { sumOfRates } from '../exact-arithmetic.ts';
import { CAISHUI_2009_99, CAISHUI_2011_104, CAISHUI_2015_3, MOF_SAT_2019_85 } from '../finance-references.ts';

const { max } = vector;
const CLASSES = ['special_mention', 'substandard', 'doubtful', 'loss'] as const;

/**
 * The special loan-loss provision on agricultural and SME loans that a financial enterprise may deduct
 * before income tax, at the year end: each risk class's year-end balance × its rate (关注类 2%, 次级类 25%,
 * 可疑类 50%, 损失类 100%), 财税〔2009〕99号 art. 1 — "按照以下比例计提的贷款损失专项准备金，准予在计算
 * 应纳税所得额时扣除" — extended to 2013-12-31 by 财税〔2011〕104号, restated by Guofa [2012] No. 14 item 02, and
 * continued with the same rates by 财税〔2015〕3号 (to 2018) and 公告2019年第85号 (to 2023). This is the deductible provision balance (the ceiling set by the rates), not the year's
 * movement in the tax return: how it nets against provisions deducted in earlier years and against
 * losses written off is not encoded. Computed as one exact fraction and
 * rounded once to the fen.
 */
export const agri_sme_loan_loss_provision_deductible = defineVariable({
  id: 'agri_sme_loan_loss_provision_deductible',
  entity: 'bank',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '涉农贷款和中小企业贷款损失专项准备金税前扣除额',
    ko: '농업 관련·중소기업 대출 손실 특별충당금 세전공제액',
    en: 'Deductible loan-loss provision on agricultural and SME loans',
  },
  reference: [
    { ...CAISHUI_2009_99, article: '第一条' },
    { ...CAISHUI_2011_104 },
    { ...CAISHUI_2015_3, article: '第一条' },
    { ...MOF_SAT_2019_85 },
    { ...GUOFA_2012_14, article: '（二）' },
  ],
  unit: 'yuan',
  measures: ['gf2012-14/02.5'],
  formulas: [
    {
      // 2012 is the first year encoded: the date from which 104号 continued 99号 was not read.
      from: '2012-01-01',
      formula: (ctx) =>
        sumOfRates(
          CLASSES.map((c) => max(ctx.number(`agri_sme_loan_balance_${c}`), 0)),
          CLASSES.map((c) => ctx.param(`finance.loan_loss_provisions.rate.${c}`)),
        ),
    },
    {
      from: '2024-01-01',
      formula: null,
      note: '财税〔2015〕3号 and 公告2019年第85号 continue the deduction to 2023-12-31; no later document was read: not encoded after',
    },
  ],
});
