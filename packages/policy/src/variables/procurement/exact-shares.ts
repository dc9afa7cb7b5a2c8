import { toRational, type ValueProblem } from '@xiaowei/engine';

/**
 * Consortium shares are decimals (0.3 = 30%). Sums of floats drift (0.29 + 0.01 < 0.3 in binary), so
 * shares are counted in whole billionths: every share has at most {@link SHARE_DECIMALS} decimals, its
 * float is within far less than half a billionth of the decimal, and a sum of such floats rounded to
 * the billionth is the exact decimal sum. A share in billionths divided back gives the float of the
 * exact decimal, which compares with a decimal parameter (0.3) exactly.
 */
export const SHARE_DECIMALS = 9;
const SCALE = 10 ** SHARE_DECIMALS;

/** Input check: a share with more decimals than can be counted exactly is rejected. */
export function shareDecimalsProblem(value: string | number | boolean): ValueProblem | undefined {
  // toRational reads the shortest decimal of the float back: its denominator is 10^decimals.
  if (typeof value === 'number' && toRational(value)[1] <= SCALE) return undefined;
  return {
    code: 'share_precision',
    message: {
      'zh-CN': `份额 ${String(value)} 的小数位数超过 ${SHARE_DECIMALS} 位`,
      ko: `비중 ${String(value)}의 소수 자릿수가 ${SHARE_DECIMALS}자리를 초과합니다`,
      en: `share ${String(value)} has more than ${SHARE_DECIMALS} decimals`,
    },
  };
}

/** Sums of shares (floats) as exact decimals: rounded to the billionth. */
export function exactShares(sums: Float64Array): Float64Array {
  const out = new Float64Array(sums.length);
  for (let i = 0; i < sums.length; i++) out[i] = Math.round(sums[i] * SCALE) / SCALE;
  return out;
}
