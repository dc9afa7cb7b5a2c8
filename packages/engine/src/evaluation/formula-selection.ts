import { PeriodError } from '../errors.ts';
import { addDays, type Instant } from '../periods/instant.ts';
import { Period } from '../periods/period.ts';
import type { DatedFormula, Variable } from '../variables/variable.ts';

/**
 * The period a variable is asked for, checked against its definition period: a yearly variable takes
 * a year, an eternal one any period (it has one value for all time).
 */
export function periodFor(variable: Variable, period: Period): Period {
  if (variable.definitionPeriod === 'eternity') return Period.ETERNITY;
  if (period.unit !== variable.definitionPeriod || period.size !== 1) {
    throw new PeriodError(
      `${variable.id} is defined per ${variable.definitionPeriod}; '${period.key}' is not a single ${variable.definitionPeriod}`,
      variable.id,
      period.key,
    );
  }
  return period;
}

/**
 * The day a formula's parameters are read for `period`: the period's start, or the formula's own start
 * when it took effect inside the period and answers for all of it (`fromInsidePeriod`, ADR 0004).
 */
export function rulesInstant(dated: DatedFormula, period: Period): Instant {
  if (period.unit === 'eternity') return period.start;
  return dated.fromInsidePeriod && dated.from > period.start ? dated.from : period.start;
}

/** The dated formula in force at the start of `period`; a clear error before the first or after an end. */
export function formulaFor(variable: Variable, period: Period): DatedFormula & { formula: NonNullable<DatedFormula['formula']> } {
  const formulas = variable.formulas ?? [];
  const instant = period.unit === 'eternity' ? '9999-12-31' : period.start;
  let chosen: DatedFormula | undefined;
  let nextFrom: string | undefined;
  for (let i = 0; i < formulas.length; i++) {
    if (formulas[i].from <= instant) {
      chosen = formulas[i];
      nextFrom = formulas[i + 1]?.from;
    }
  }
  // A rule that took effect inside the period and says it answers for the whole of it (ADR 0004).
  if (period.unit !== 'eternity') {
    for (let i = 0; i < formulas.length; i++) {
      const f = formulas[i];
      if (f.fromInsidePeriod && f.formula !== null && f.from > period.start && f.from <= period.stop) {
        chosen = f;
        nextFrom = formulas[i + 1]?.from;
        break;
      }
    }
  }
  if (chosen === undefined) {
    throw new PeriodError(
      `${variable.id} is not defined for ${period.key}: its rules start on ${formulas[0]?.from}`,
      variable.id,
      period.key,
    );
  }
  if (chosen.formula === null) {
    // The covered range is the whole run of formulas just before this end, not only the last one.
    let first = formulas.indexOf(chosen);
    while (first > 0 && formulas[first - 1].formula !== null) first--;
    const covered = first < formulas.indexOf(chosen) ? formulas[first].from : undefined;
    throw new PeriodError(
      `${variable.id} is not defined for ${period.key}: the encoded rules cover ${covered ?? '?'} to ${addDays(chosen.from, -1)}${chosen.note ? ` (${chosen.note})` : ''}`,
      variable.id,
      period.key,
    );
  }
  // A formula must hold for the whole period; one that changes inside it is split by the policy itself.
  if (nextFrom !== undefined && nextFrom <= period.stop) {
    throw new PeriodError(`${variable.id}: its formula changes on ${nextFrom}, inside ${period.key}`, variable.id, period.key);
  }
  return chosen as DatedFormula & { formula: NonNullable<DatedFormula['formula']> };
}
