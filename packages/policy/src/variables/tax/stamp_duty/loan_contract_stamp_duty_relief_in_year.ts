import { dayNumber } from '@xiaowei/engine';
import { defineVariable, vector } from '../../../model-api.ts';
import { EXEMPTION_LINEAGE } from './stamp-duty-references.ts';

const { and, gte, lte, where } = vector;

/**
 * The relief counted in the year the contract was signed, 0 in any other year: stamp duty is paid once,
 * on signing, so a borrower's yearly saving counts only the contracts it signed that year.
 */
export const loan_contract_stamp_duty_relief_in_year = defineVariable({
  id: 'loan_contract_stamp_duty_relief_in_year',
  entity: 'loan_contract',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '当年签订借款合同免征的印花税（每方）',
    ko: '당해 연도 체결 대출계약의 면제 인지세(당사자별)',
    en: 'Stamp duty exempted on a contract signed in the year (each party)',
  },
  reference: EXEMPTION_LINEAGE,
  measures: ['gf2012-14/02.4'],
  unit: 'yuan',
  formulas: [
    {
      from: '2011-06-18',
      fromInsidePeriod: true,
      formula: (ctx) => {
        const signed = ctx.date('signed');
        const inYear = and(gte(signed, dayNumber(ctx.period.start)), lte(signed, dayNumber(ctx.period.stop)));
        return where(inYear, ctx.number('loan_contract_stamp_duty_relief'), 0);
      },
    },
  ],
});
