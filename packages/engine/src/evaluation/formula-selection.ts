import { PeriodError } from '../errors.ts';
import { addDays, type Instant } from '../periods/instant.ts';
import { PERIOD_MESSAGES, periodMessage, UNIT_NAMES } from '../periods/messages.ts';
import { Period } from '../periods/period.ts';
import type { Labels } from '../text/labels.ts';
import type { DatedFormula, Variable } from '../variables/variable.ts';

/**
 * The period a variable is asked for, checked against its definition period: a yearly variable takes
 * a year, an eternal one any period (it has one value for all time).
 */
export function periodFor(variable: Variable, period: Period): Period {
  if (variable.definitionPeriod === 'eternity') return Period.ETERNITY;
  if (period.unit !== variable.definitionPeriod || period.size !== 1) {
    throw periodError(
      PERIOD_MESSAGES.wrong_unit,
      { variable: variable.id, unit: UNIT_NAMES[variable.definitionPeriod], period: period.key },
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
    throw periodError(
      PERIOD_MESSAGES.before_rules,
      { variable: variable.id, period: period.key, from: formulas[0]?.from },
      variable.id,
      period.key,
    );
  }
  if (chosen.formula === null) {
    // The covered range is the whole run of formulas just before this end, not only the last one.
    let first = formulas.indexOf(chosen);
    while (first > 0 && formulas[first - 1].formula !== null) first--;
    const covered = first < formulas.indexOf(chosen) ? formulas[first].from : undefined;
    const params = {
      variable: variable.id,
      period: period.key,
      from: covered ?? '?',
      to: addDays(chosen.from, -1),
      note: chosen.note ? ` (${chosen.note})` : '',
    };
    throw periodError(PERIOD_MESSAGES.after_rules, params, variable.id, period.key);
  }
  // A formula must hold for the whole period; one that changes inside it is split by the policy itself.
  if (nextFrom !== undefined && nextFrom <= period.stop) {
    throw periodError(
      PERIOD_MESSAGES.formula_changes,
      { variable: variable.id, on: nextFrom, period: period.key },
      variable.id,
      period.key,
    );
  }
  return chosen as DatedFormula & { formula: NonNullable<DatedFormula['formula']> };
}

/** A {@link PeriodError} whose message is `template` filled in, in every language (English as the error's message). */
function periodError(template: Labels, params: Readonly<Record<string, unknown>>, variable: string, period: string): PeriodError {
  const labels = periodMessage(template, params);
  return new PeriodError(labels.en, variable, period, labels);
}
