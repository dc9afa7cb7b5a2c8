import { fromDayNumber, mulRational, toRational } from '@xiaowei/engine';
import { type FormulaContext, vector } from '../../../model-api.ts';
import { failWhere } from '../fail-where.ts';

const P = 'tax.stamp_duty.loan_contract';

/** States of the exemption on a signing day, as written in its dated parameter. */
export const EXEMPTION_STATES = ['not_yet_in_force', 'in_force'] as const;
const NOT_ENCODED = 255;

/**
 * Whether the small/micro exemption was in force on the day each contract was signed (an index into
 * {@link EXEMPTION_STATES}), read from the dated parameter so that the trace cites the notice that covers
 * each contract. A contract signed after the last encoded day is an error naming its date, never a guess.
 */
export function exemptionStateAtSigning(ctx: FormulaContext, signed: Int32Array): Uint8Array {
  const state = ctx.paramNameAtDates(`${P}.small_micro_exemption`, signed, EXEMPTION_STATES, NOT_ENCODED);
  failWhere(
    ctx,
    vector.enumIs(state, NOT_ENCODED),
    (row) =>
      `loan contract signed ${fromDayNumber(signed[row])}: the stamp-duty exemption is not encoded after 2027-12-31 (财政部 税务总局公告2023年第13号)`,
  );
  return state;
}

/** Rounding rules of the duty, as written in `rounding.yaml`. */
const ROUNDINGS = ['jiao', 'fen'] as const;
const JIAO = 10; // fen

/**
 * The duty each party pays on its own copy of each contract, without any exemption: the amount × the rate
 * in force on the signing day, rounded by the rule of that day — until 2022-06-30 印花税暂行条例施行细则
 * 第二十四条 (under one jiao not levied; the rest to the jiao, five fen and more up), from 2022-07-01 to the
 * fen (the Stamp Duty Law has no rounding rule). 0 where the lender is not a financial institution: such
 * a contract is not a 借款合同 of either tax table.
 */
export function dutyPerParty(ctx: FormulaContext): Float64Array {
  const signed = ctx.date('signed');
  const amount = ctx.number('loan_contract_amount');
  const taxable = ctx.bool('lender_is_financial_institution');
  const rates = ctx.paramAtDates(`${P}.rate`, signed);
  const rounding = ctx.paramNameAtDates(`${P}.rounding`, signed, ROUNDINGS);
  const out = vector.fill(ctx.n, 0);
  for (let i = 0; i < ctx.n; i++) out[i] = taxable[i] ? roundedDuty(amount[i], rates[i], ROUNDINGS[rounding[i]]) : 0;
  return out;
}

/** One party's duty in fen on `amount` fen at `rate`, exactly (the product of integers stays below 2^53). */
function roundedDuty(amount: number, rate: number, rounding: (typeof ROUNDINGS)[number]): number {
  const [num, den] = toRational(rate);
  if (rounding === 'fen') return mulRational(amount, num, den);
  // 第二十四条: a duty under one jiao (amount × rate < 10 fen, compared exactly) is not levied.
  if (amount * num < JIAO * den) return 0;
  return mulRational(amount, num, den * JIAO) * JIAO;
}
