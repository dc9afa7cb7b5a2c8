import { FormulaError, type Lang, Period, Population, Simulation } from '@xiaowei/engine';
import { assessEntitlements, ENTITLEMENTS, getSystem, loadCatalogue, VARIABLES } from '@xiaowei/policy';
import { formatFen } from '@xiaowei/policy/format';
import type { Command } from 'commander';
import { moneyJson, textCell } from '../cells.ts';
import { InputError, type InputProblem } from '../cli-error.ts';
import { periodFailure } from '../compile-plan.ts';
import { decodeInput } from '../decode-input.ts';
import { identityCells, identityColumns } from '../identity-columns.ts';
import type { JsonValue } from '../json-text.ts';
import { message } from '../messages.ts';
import { currentYear, formatOption, langOption } from '../options.ts';
import type { OutputRow } from '../output-table.ts';
import { periodInputs, setPeriodInputs } from '../period-inputs.ts';
import { readRecords } from '../read-records.ts';
import { renderOutput } from '../render-output.ts';
import { problemOf } from '../run-plan.ts';

export interface EntitlementsOptions {
  readonly period: string;
  readonly format: 'table' | 'json';
  readonly lang: Lang;
}

/**
 * `xiaowei entitlements FILE --period YYYY`: for each enterprise, every entitlement of the encoded
 * measures — eligible or not, its value, and for those missed the conditions that failed with the
 * distance to meeting them — and the whole-package total (schemes that cannot be combined counted once).
 */
export async function entitlements(file: string, options: EntitlementsOptions): Promise<string> {
  const { lang } = options;
  const system = getSystem();
  let period: Period;
  try {
    period = Period.parse(options.period);
  } catch (e) {
    throw periodFailure(e, options.period);
  }
  const input = decodeInput(system, 'enterprise', await readRecords(file), ['industry']);
  // One simulation per record: a figure one record lacks must not stop the others' answers.
  const given = periodInputs(system.variables.values(), input, period);
  const simulationOf = (i: number): Simulation => {
    const population = new Population(system);
    population.addEntity('enterprise', 1);
    setPeriodInputs(population, given, i);
    return new Simulation(system, population);
  };
  const problems: InputProblem[] = [];
  const titles = new Map(
    loadCatalogue(VARIABLES).measures.flatMap((m) => [[m.id, m.title] as const, ...m.subMeasures.map((s) => [s.id, s.title] as const)]),
  );
  const rows: OutputRow[] = [];
  for (let i = 0; i < input.n; i++) {
    let assessment: ReturnType<typeof assessEntitlements>;
    try {
      assessment = assessEntitlements(system, simulationOf(i), 0, period, ENTITLEMENTS);
    } catch (e) {
      if (!(e instanceof FormulaError)) throw periodFailure(e, options.period);
      problems.push(problemOf(e, input.rows[i]));
      continue;
    }
    const fen = Math.round(assessment.total * 100);
    const notes: string[] = [];
    for (const e of assessment.entitlements) {
      const title = titles.get(e.measure)?.[lang] ?? e.measure;
      const mark = e.eligible ? '✓' : '✗';
      // An amount (or an eligibility) pending an input not given says what to give, not 0 (ADR 0005).
      if (e.pending) {
        notes.push(`${e.eligible ? '✓' : '?'} ${e.measure} ${title} — ${e.pending.message[lang]}`);
        continue;
      }
      const value = e.eligible ? ` ${formatFen(Math.round(e.value * 100), lang, { unit: true })}` : '';
      notes.push(`${mark} ${e.measure} ${title}${value}${e.eligible && !e.counted ? ` ${message('not_counted', lang)}` : ''}`);
      for (const c of e.conditions) if (!c.met && c.advice) notes.push(`    ${c.advice[lang]}`);
    }
    const detail: JsonValue = assessment.entitlements.map((e) => ({
      measure: e.measure,
      title: titles.get(e.measure)?.[lang] ?? null,
      eligible: e.eligible,
      value: moneyJson(Math.round(e.value * 100)),
      counted: e.counted,
      conditions: e.conditions.map((c) => ({
        variable: c.variable,
        label: c.label[lang],
        met: c.met,
        ...(c.threshold
          ? { threshold: { quantity: c.threshold.quantity, op: c.threshold.op, value: c.threshold.value, bound: c.threshold.bound } }
          : {}),
        ...(c.advice ? { advice: c.advice[lang] } : {}),
        ...(c.missing ? { missing: c.missing } : {}),
      })),
      ...(e.pending ? { pending: { for: e.pending.for, input: e.pending.input, message: e.pending.message[lang] } } : {}),
    }));
    rows.push({
      cells: {
        ...identityCells(input, i),
        total_support_value: { ...textCell(formatFen(fen, lang)), json: moneyJson(fen), numeric: true },
      },
      extra: {
        period: period.key,
        entitlements: detail,
        not_encoded: [...assessment.notEncoded],
        total_excludes: [...assessment.totalExcludes],
      },
      notes,
    });
  }
  // Every record lacking a figure its answer needs is reported, like a bad row; nothing is printed then.
  if (problems.length > 0) throw new InputError(input.source, problems);
  return renderOutput(
    { columns: [...identityColumns(input, lang), { key: 'total_support_value', header: message('header_total', lang) }], rows },
    options.format,
  );
}

/** Registers `entitlements` on the program. */
export function registerEntitlements(program: Command): void {
  program
    .command('entitlements')
    .description('every entitlement of each enterprise for a year: value, why not, what would change, and the total')
    .argument('<file>', 'a .csv or .json file of enterprises, or - for a JSON array on standard input')
    .option('--period <year>', 'year to assess; default the current year', currentYear())
    .addOption(formatOption(['table', 'json']))
    .addOption(langOption())
    .action(async (file: string, options: EntitlementsOptions) => {
      process.stdout.write(await entitlements(file, options));
    });
}
