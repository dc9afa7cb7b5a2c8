import { fromDayNumber } from '@xiaowei/engine';
import { type FormulaContext, vector } from '../../../model-api.ts';
import { failWhere } from '../fail-where.ts';
import { mulRates } from '../mul-rates.ts';

const P = 'tax.stamp_duty.loan_contract';

/**
 * Whether the small/micro exemption was in force on the day each contract was signed (1/0), from the
 * dated parameter, so that the trace cites 财税〔2011〕105号 or 财税〔2014〕78号 for each contract. A contract
 * signed after the encoded end (2017-12-31) is an error naming its date, not "not exempt".
 */
export function exemptionInForceAtSigning(ctx: FormulaContext, signed: Int32Array): Float64Array {
  const inForce = ctx.paramAtDates(`${P}.small_micro_exemption`, signed, Number.NaN);
  const unknown = vector.fillBool(signed.length, false);
  for (let i = 0; i < signed.length; i++) unknown[i] = Number.isNaN(inForce[i]) ? 1 : 0;
  failWhere(
    ctx,
    unknown,
    (row) =>
      `loan contract signed ${fromDayNumber(signed[row])}: the stamp-duty exemption is encoded for contracts signed until 2017-12-31 (财税〔2014〕78号); later documents are not encoded`,
  );
  return inForce;
}

/**
 * The duty each party pays on its own copy of each contract, without any exemption: the amount × the
 * rate in force on the signing day (0.05‰), rounded once to the fen.
 */
export function dutyPerParty(ctx: FormulaContext): Float64Array {
  const signed = ctx.date('signed');
  return mulRates(ctx.number('loan_contract_amount'), ctx.paramAtDates(`${P}.rate`, signed));
}
