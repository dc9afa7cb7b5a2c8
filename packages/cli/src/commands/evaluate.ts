import { type Evaluation, evaluate as evaluateRecords, Rules, traceOf } from '@xiaowei/app';
import { type Lang, renderTrace } from '@xiaowei/engine';
import type { Command } from 'commander';
import { fromApp } from '../app-errors.ts';
import { textCell, variableCell } from '../cells.ts';
import { CliError } from '../cli-error.ts';
import { HEADER_ALIASES } from '../header-aliases.ts';
import { identityCells, identityColumns } from '../identity-columns.ts';
import type { JsonValue } from '../json-text.ts';
import { messageLabels } from '../messages.ts';
import { currentYear, type Format, formatOption, langOption } from '../options.ts';
import type { Cell, OutputColumn, OutputRow } from '../output-table.ts';
import { readRecords } from '../read-records.ts';
import { renderOutput } from '../render-output.ts';
import { traceJson } from '../trace-json.ts';

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
 * `xiaowei evaluate FILE`: the requested variables for every record of FILE at the period (the app's
 * `evaluate`: a compiled plan, or a simulation for outputs and records that follow links); with
 * `--explain`, the trace of each value (JSON tree by variable in JSON, rendered text under each row in
 * tables). Returns the output text.
 * @example await evaluate('examples/enterprises.csv', { period: '2015', variables: 'corporate_income_tax', entity: 'enterprise', format: 'json', lang: 'en' })
 */
export async function evaluate(file: string, options: EvaluateOptions): Promise<string> {
  const rules = new Rules();
  const variables = variableList(options.variables);
  if (variables.length === 0) {
    fromApp(() => rules.entity(options.entity));
    throw new CliError(messageLabels('no_variables'));
  }
  // The names and the period are checked before the file is read.
  fromApp(() => rules.plan(options.entity, options.period, variables));
  const records = await readRecords(file);
  const outcome = fromApp(() =>
    evaluateRecords(rules, {
      entity: options.entity,
      period: options.period,
      variables,
      records,
      trace: options.explain === true,
      aliases: HEADER_ALIASES,
    }),
  );
  return render(outcome, options);
}

/** The output table: identity columns, one column per variable, and traces when asked for. */
function render(outcome: Evaluation, options: EvaluateOptions): string {
  const { lang } = options;
  const { variables, records: input, outputs, simulation: sim } = outcome;
  const period = outcome.period.key;
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
    const traces = variables.map((v) => fromApp(() => traceOf(sim, v.id, period, i)));
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
