import {
  type Column,
  EngineError,
  type Lang,
  Period,
  type Plan,
  renderTrace,
  type Simulation,
  type TaxBenefitSystem,
  type Variable,
} from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import type { Command } from 'commander';
import { textCell, variableCell } from '../cells.ts';
import { compilePlan, requiredInputs } from '../compile-plan.ts';
import { type DecodedInput, decodeInput } from '../decode-input.ts';
import { identityCells, identityColumns } from '../identity-columns.ts';
import type { JsonValue } from '../json-text.ts';
import { decodeWithLinks } from '../linked-input.ts';
import { currentYear, type Format, formatOption, langOption } from '../options.ts';
import type { Cell, OutputColumn, OutputRow } from '../output-table.ts';
import { readRecords } from '../read-records.ts';
import type { RecordSet } from '../record-set.ts';
import { renderOutput } from '../render-output.ts';
import { runPlan } from '../run-plan.ts';
import { linkedSimulation, simulateOutputs } from '../run-simulation.ts';
import { tracedSimulation, traceJson, traceOf } from '../trace-input.ts';

export interface EvaluateOptions {
  readonly period: string;
  readonly variables: string;
  readonly entity: string;
  readonly format: Format;
  readonly explain?: boolean;
  readonly lang: Lang;
}

/** `a, b,,c` → ['a', 'b', 'c'], each once. */
function variableList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

/**
 * `xiaowei evaluate FILE`: the requested variables for every record of FILE at the period, through a
 * compiled plan; with `--explain`, the trace of each value (JSON tree by variable in JSON, rendered
 * text under each row in tables). Returns the output text.
 * @example await evaluate('examples/enterprises.csv', { period: '2015', variables: 'corporate_income_tax', entity: 'enterprise', format: 'json', lang: 'en' })
 */
export async function evaluate(file: string, options: EvaluateOptions): Promise<string> {
  const { entity } = options;
  const system = getSystem();
  const ids = variableList(options.variables);
  const plan = compileIfPlannable(system, entity, options.period, ids);
  const linksOf = Object.keys(system.entity(entity).links ?? {});
  const records = await readRecords(file);
  // A plan is the fast path; outputs that follow links or aggregate other entities, and records that
  // carry linked members (a loan contract's borrower), go through a simulation.
  if (plan === undefined || linksOf.length > 0) return evaluateLinked(system, entity, Period.parse(options.period), ids, records, options);
  const input = decodeInput(system, entity, records, requiredInputs(plan));
  const outputs = runPlan(plan, input);
  const sim = options.explain ? tracedSimulation(plan, input) : undefined;
  return render(
    ids.map((id) => system.variable(id)),
    input,
    outputs,
    sim,
    plan.period.key,
    options,
  );
}

/** The plan for the outputs, or undefined when they follow links (names and periods are checked either way). */
function compileIfPlannable(system: TaxBenefitSystem, entity: string, period: string, ids: readonly string[]): Plan | undefined {
  try {
    return compilePlan(system, entity, period, ids);
  } catch (e) {
    if (e instanceof EngineError && e.code === 'plan_links') return undefined;
    throw e;
  }
}

function evaluateLinked(
  system: TaxBenefitSystem,
  entity: string,
  period: Period,
  ids: readonly string[],
  records: RecordSet,
  options: EvaluateOptions,
): string {
  const data = decodeWithLinks(system, entity, records, []);
  const sim = linkedSimulation(system, entity, period, data, options.explain === true);
  const outputs = simulateOutputs(sim, entity, period, ids, data);
  return render(
    ids.map((id) => system.variable(id)),
    data.main,
    outputs,
    options.explain ? sim : undefined,
    period.key,
    options,
  );
}

/** The output table: identity columns, one column per variable, and traces when asked for. */
function render(
  variables: readonly Variable[],
  input: DecodedInput,
  outputs: Record<string, Column>,
  sim: Simulation | undefined,
  period: string,
  options: EvaluateOptions,
): string {
  const { lang } = options;
  const columns: OutputColumn[] = [...identityColumns(input, lang), ...variables.map((v) => ({ key: v.id, header: v.label[lang] }))];
  if (options.explain) columns.push({ key: 'trace', header: 'trace', only: 'csv' });
  const rows: OutputRow[] = [];
  for (let i = 0; i < input.n; i++) {
    const cells: Record<string, Cell> = identityCells(input, i);
    for (const v of variables) cells[v.id] = variableCell(v, outputs[v.id], i, lang);
    if (sim === undefined) {
      rows.push({ cells });
      continue;
    }
    const traces = variables.map((v) => traceOf(sim, v.id, period, i));
    const notes = traces.map((node) => renderTrace(node, lang));
    const trace: Record<string, JsonValue> = {};
    traces.forEach((node, k) => {
      trace[variables[k].id] = traceJson(sim, node, i);
    });
    cells.trace = textCell(notes.join('\n'));
    rows.push({ cells, extra: { trace }, notes });
  }
  return renderOutput({ columns, rows }, options.format);
}

/** Registers `evaluate` on the program. */
export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('evaluate variables of the encoded policy for each record of a file')
    .argument('<file>', 'a .csv or .json file of records, or - for a JSON array on standard input')
    .option('--period <period>', 'period to evaluate: a year (2015), a month (2014-10), …; default the current year', currentYear())
    .requiredOption('--variables <list>', 'comma-separated variable ids (e.g. corporate_income_tax,is_small_low_profit)')
    .option('--entity <entity>', 'entity of the records', 'enterprise')
    .addOption(formatOption(['json', 'csv', 'table']))
    .option('--explain', 'add the trace of each value: formulas, parameters and their legal references')
    .addOption(langOption())
    .action(async (file: string, options: EvaluateOptions) => {
      process.stdout.write(await evaluate(file, options));
    });
}
