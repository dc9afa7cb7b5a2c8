import { type Lang, renderTrace } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import type { Command } from 'commander';
import { textCell, variableCell } from '../cells.ts';
import { compilePlan, requiredInputs } from '../compile-plan.ts';
import { decodeInput } from '../decode-input.ts';
import { identityCells, identityColumns } from '../identity-columns.ts';
import type { JsonValue } from '../json-text.ts';
import { type Format, formatOption, langOption } from '../options.ts';
import type { Cell, OutputColumn, OutputRow } from '../output-table.ts';
import { readRecords } from '../read-records.ts';
import { renderOutput } from '../render-output.ts';
import { runPlan } from '../run-plan.ts';
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
  const { lang, period, entity } = options;
  const system = getSystem();
  const ids = variableList(options.variables);
  const plan = compilePlan(system, entity, period, ids);
  const input = decodeInput(system, entity, await readRecords(file), requiredInputs(plan));
  const outputs = runPlan(plan, input);
  const variables = ids.map((id) => system.variable(id));
  const columns: OutputColumn[] = [...identityColumns(input, lang), ...variables.map((v) => ({ key: v.id, header: v.label[lang] }))];
  if (options.explain) columns.push({ key: 'trace', header: 'trace', only: 'csv' });
  const sim = options.explain ? tracedSimulation(plan, input) : undefined;
  const rows: OutputRow[] = [];
  for (let i = 0; i < input.n; i++) {
    const cells: Record<string, Cell> = identityCells(input, i);
    for (const v of variables) cells[v.id] = variableCell(v, outputs[v.id], i, lang);
    if (sim === undefined) {
      rows.push({ cells });
      continue;
    }
    const traces = ids.map((id) => traceOf(sim, id, plan.period.key, i));
    const notes = traces.map((node) => renderTrace(node, lang));
    const trace: Record<string, JsonValue> = {};
    traces.forEach((node, k) => {
      trace[ids[k]] = traceJson(sim, node, i);
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
    .requiredOption('--period <year>', 'period to evaluate (e.g. 2015)')
    .requiredOption('--variables <list>', 'comma-separated variable ids (e.g. corporate_income_tax,is_small_low_profit)')
    .option('--entity <entity>', 'entity of the records', 'enterprise')
    .addOption(formatOption(['json', 'csv', 'table']))
    .option('--explain', 'add the trace of each value: formulas, parameters and their legal references')
    .addOption(langOption())
    .action(async (file: string, options: EvaluateOptions) => {
      process.stdout.write(await evaluate(file, options));
    });
}
