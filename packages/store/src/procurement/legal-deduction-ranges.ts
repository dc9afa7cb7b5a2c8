/**
 * The legal ranges of the price deductions in force on a tender's date, read from the policy's dated
 * parameters: 6%–10% for small/micro enterprises (财库〔2011〕181号 art. 5) and 2%–3% for a consortium whose
 * small/micro members hold at least 30% of the contract amount, from 2012-01-01, then the ranges of
 * 财库〔2020〕46号 (from 2021-01-01) and 财库〔2022〕19号 (from 2022-07-01) as the policy encodes them. Where
 * the policy encodes no range for the date (after its last encoded day), there is no range, and a tender
 * of that date cannot be evaluated — never a guessed one.
 */
import { interpolate, isInstant, type Labels, ParameterNotFoundError, type TaxBenefitSystem } from '@xiaowei/engine';
import { getSystem, percent, TENDER_RULE_MESSAGES } from '@xiaowei/policy';
import { ValidationError } from '../errors.ts';
import { isDecimalIn } from './tender-fields.ts';

export interface DeductionRange {
  /** Lowest rate, inclusive (0.06 = 6%). */
  readonly min: number;
  /** Highest rate, inclusive. */
  readonly max: number;
}

export interface LegalDeductionRanges {
  readonly date: string;
  readonly smallMicro: DeductionRange;
  readonly consortium: DeductionRange;
  /** The small/micro members' least share of a consortium's contract amount for the consortium deduction (0.3). */
  readonly consortiumShare: number;
}

const PATH = 'procurement.price_deduction';

/**
 * The ranges in force on `date` (`YYYY-MM-DD`), or undefined when no rule is encoded for it.
 * @example legalDeductionRanges('2013-05-10')?.smallMicro // { min: 0.06, max: 0.1 }
 */
export function legalDeductionRanges(date: string, system: TaxBenefitSystem = getSystem()): LegalDeductionRanges | undefined {
  if (!isInstant(date)) return undefined;
  const value = (path: string) => system.parameterAt(`${PATH}.${path}`, date).value as number;
  try {
    return {
      date,
      smallMicro: { min: value('small_micro.min'), max: value('small_micro.max') },
      consortium: { min: value('consortium.min'), max: value('consortium.max') },
      consortiumShare: value('consortium.small_micro_share'),
    };
  } catch (e) {
    if (e instanceof ParameterNotFoundError) return undefined;
    throw e;
  }
}

/**
 * Checks a tender's rates against the ranges of its date before it is evaluated: the rate the purchaser
 * fixes must lie inside the legal range (181号 art. 5; never clamped), except in a project reserved for
 * SMEs, where no deduction is given; a consortium rate, where one is fixed, inside the consortium range.
 * Throws a {@link ValidationError} naming the range, in every language.
 */
export function checkTenderRates(tender: {
  tenderDate: string;
  reservedForSme: boolean;
  deductionRate: string | null;
  consortiumDeductionRate: string | null;
}): LegalDeductionRanges {
  const ranges = legalDeductionRanges(tender.tenderDate);
  if (ranges === undefined) throw new ValidationError('tenderDate', interpolate(TENDER_RULE_MESSAGES.no_rule, { date: tender.tenderDate }));
  const check = (field: string, rate: string | null, range: DeductionRange, required: boolean) => {
    if (rate === null ? !required : isDecimalIn(rate, range.min, range.max)) return;
    const params = { rate: rate ?? '—', min: percent(range.min), max: percent(range.max), date: tender.tenderDate };
    const message: Labels =
      rate === null
        ? interpolate(RATE_REQUIRED, params)
        : interpolate(TENDER_RULE_MESSAGES.rate_outside, { ...params, rate: `${rate} (${percent(Number(rate))})` });
    throw new ValidationError(field, message);
  };
  if (!tender.reservedForSme) {
    check('deductionRate', tender.deductionRate, ranges.smallMicro, true);
    check('consortiumDeductionRate', tender.consortiumDeductionRate, ranges.consortium, false);
  }
  return ranges;
}

const RATE_REQUIRED: Labels = {
  'zh-CN': '请在 {date} 适用的法定范围 {min}–{max} 内确定价格扣除比例',
  ko: '{date}에 적용되는 법정 범위 {min}–{max} 안에서 가격 공제율을 정하십시오',
  en: 'fix the deduction rate inside the legal range {min}–{max} in force on {date}',
};
