import { interpolate } from '@xiaowei/engine';
import { TENDER_RULE_MESSAGES } from '@xiaowei/policy';
import { legalDeductionRanges } from '@xiaowei/store';
import { AppError } from '../../errors/app-error.ts';

/** The legal deduction ranges in force on `date` (the tender editor shows them beside the rates); no rule: 404 naming the date. */
export function legalRange(date: string): Record<string, unknown> {
  const r = legalDeductionRanges(date);
  if (r === undefined) {
    const message = interpolate(TENDER_RULE_MESSAGES.no_rule, { date: date.slice(0, 10) });
    throw new AppError('XW_ERR_TENDER_RULE', {}, [{ path: 'query.date', field: 'date', message }]);
  }
  return { date: r.date, small_micro: r.smallMicro, consortium: r.consortium, consortium_share: r.consortiumShare };
}
