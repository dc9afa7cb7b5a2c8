import { defineVariable, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { exemptionInForceAtSigning } from './stamp-duty-at-signing.ts';
import { CAISHUI_2011_105, CAISHUI_2014_78 } from './stamp-duty-references.ts';

const { and, eq } = vector;

/**
 * The contract is exempt from stamp duty: a financial institution lends to a small or micro enterprise
 * (300号 test) under a contract signed 2011-11-01 … 2014-10-31 (财税〔2011〕105号) or 2014-11-01 …
 * 2017-12-31 (财税〔2014〕78号). The signing date picks the notice; the borrower's size class is the one of
 * the year evaluated — evaluate a contract in the year it was signed. A contract signed in 2011 can only
 * be judged on a later year's class: the size standard, in force from 2011-06-18, classifies years from
 * 2012 (ADR 0002). With no borrower linked the contract is not exempt.
 */
export const loan_contract_stamp_duty_exempt = defineVariable({
  id: 'loan_contract_stamp_duty_exempt',
  entity: 'loan_contract',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '借款合同免征印花税', ko: '대출계약 인지세 면제', en: 'Loan contract exempt from stamp duty' },
  reference: [CAISHUI_2011_105, CAISHUI_2014_78, { ...SIZE_STANDARD, article: '第四条' }],
  measures: ['gf2012-14/02.4'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        and(
          ctx.bool('lender_is_financial_institution'),
          ctx.link('borrower').bool('is_small_or_micro'),
          eq(exemptionInForceAtSigning(ctx, ctx.date('signed')), 1),
        ),
    },
  ],
});
