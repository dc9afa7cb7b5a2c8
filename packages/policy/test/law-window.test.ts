import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayNumber, MissingValueError, Period, Population, Simulation, type Variable } from '@xiaowei/engine';
import { describe, expect, it } from 'vitest';
import { getSystem, VARIABLES } from '../src/index.ts';

/**
 * No variable answers for a period its rules do not cover. The documents encoded run at most to 2027-12-31
 * (the horizon of the latest extensions, e.g. 财政部 税务总局公告2023年第19号); a variable that still answers
 * for the first period after it either says why (`permanent`: a statute or a standing rule without an end
 * date) or answers for years no document covers. The check is generic: every computed variable is
 * evaluated, over an empty population, for the first period after the horizon, and must refuse — through its
 * own `formula: null`, an ended parameter, or a variable it reads that ended.
 */
const HORIZON_END = '2027-12-31';
const AFTER: Record<string, string> = { year: '2028', month: '2028-01', day: '2028-01-01' };
const VARIABLES_DIR = fileURLToPath(new URL('../src/variables', import.meta.url));
const system = getSystem();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}
const pathOf = new Map(files(VARIABLES_DIR).map((f) => [basename(f, '.ts'), relative(VARIABLES_DIR, f)]));

/** Whether the variable refuses to answer for the first period after the horizon (an error, not a value). */
function refusesAfterHorizon(v: Variable): { refuses: boolean; detail: string } {
  const population = new Population(system);
  for (const entity of system.entities.keys()) population.addEntity(entity, 0);
  const sim = new Simulation(system, population);
  const period = v.definitionPeriod === 'eternity' ? Period.ETERNITY : Period.parse(AFTER[v.definitionPeriod]);
  try {
    sim.calculate(v.id, period);
    return { refuses: false, detail: `answers for ${period.key}` };
  } catch (e) {
    return { refuses: true, detail: (e as Error).message };
  }
}

/** The first period after the horizon at which a variable of `v`'s definition period is asked. */
const periodAfter = (v: Variable): Period =>
  v.definitionPeriod === 'eternity' ? Period.ETERNITY : Period.parse(AFTER[v.definitionPeriod]);

/**
 * A variable of an entity with dated events (a loan contract's signing, a fee's day, a hire) is judged on
 * each event's own date (ADR 0004), so an empty population cannot show its horizon: it is asked again
 * with one member of every entity whose every date input is the day after the horizon. Only a refusal that
 * names the horizon counts: a missing figure or industry is not the date's answer.
 */
function refusesEventAfterHorizon(v: Variable): { refuses: boolean; detail: string } {
  const dates = VARIABLES.filter((x) => x.isInput && x.valueType === 'date');
  if (!dates.some((d) => d.entity === v.entity)) return { refuses: false, detail: 'no dated events' };
  const population = new Population(system);
  for (const entity of system.entities.keys()) population.addEntity(entity, 1);
  for (const d of dates) population.setInput(d.id, periodAfter(d), Int32Array.of(dayNumber(AFTER.day)));
  try {
    new Simulation(system, population).calculate(v.id, periodAfter(v));
    return { refuses: false, detail: `answers for an event on ${AFTER.day}` };
  } catch (e) {
    if (e instanceof MissingValueError)
      return { refuses: false, detail: `asks for ${e.field} instead of refusing an event on ${AFTER.day}` };
    const message = (e as Error).message;
    return message.includes(HORIZON_END)
      ? { refuses: true, detail: message }
      : { refuses: false, detail: `fails otherwise for an event on ${AFTER.day}: ${message}` };
  }
}

describe('no variable answers for a period its rules do not cover', () => {
  const computed = VARIABLES.filter((v) => !v.isInput);

  it('every computed variable ends by the horizon, or says why its rule is permanent', () => {
    const slipping: string[] = [];
    for (const v of computed) {
      const path = pathOf.get(v.id) ?? v.id;
      const period = refusesAfterHorizon(v);
      const { refuses, detail } = period.refuses ? period : refusesEventAfterHorizon(v);
      if (v.permanent !== undefined) {
        expect(v.permanent.trim().length, `${v.id}: a permanent rule needs its reason`).toBeGreaterThan(20);
        continue;
      }
      if (!refuses) slipping.push(`${path}: ${detail} (after ${HORIZON_END}) — end it or give its permanent reason`);
    }
    expect(slipping).toEqual([]);
  });

  it('a permanent variable says why, and still refuses before its first rule', () => {
    for (const v of computed.filter((x) => x.permanent !== undefined)) {
      const first = v.formulas?.[0]?.from as string;
      expect(first, v.id).toBeDefined();
      if (v.definitionPeriod === 'eternity') continue;
      const before = Period.parse(AFTER[v.definitionPeriod].replace('2028', String(Number(first.slice(0, 4)) - 1)));
      const population = new Population(system);
      for (const entity of system.entities.keys()) population.addEntity(entity, 0);
      expect(() => new Simulation(system, population).calculate(v.id, before), `${v.id} before ${first}`).toThrow();
    }
  });
});
