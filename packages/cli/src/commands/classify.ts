import { CLASSIFY_OUTPUTS, type Classification, classify as classifyRecords, Rules } from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import type { SizeExplanation } from '@xiaowei/policy';
import type { Command } from 'commander';
import { fromApp } from '../app-errors.ts';
import { moneyJson, textCell, variableCell } from '../cells.ts';
import { HEADER_ALIASES } from '../header-aliases.ts';
import { identityCells, identityColumns } from '../identity-columns.ts';
import type { JsonValue } from '../json-text.ts';
import { message } from '../messages.ts';
import { currentYear, type Format, formatOption, langOption } from '../options.ts';
import type { Cell, OutputColumn, OutputRow, OutputTable } from '../output-table.ts';
import { readRecords } from '../read-records.ts';
import { renderOutput } from '../render-output.ts';

export interface ClassifyOptions {
  readonly format: Format;
  readonly explain?: boolean;
  readonly period: string;
  readonly lang: Lang;
}

const OUTPUTS = ['industry_group', 'size_class', 'is_small_or_micro'] as const;

/** The deciding checks of an explanation as JSON (money in exact yuan). */
function deciding(why: SizeExplanation): JsonValue {
  const amount = (indicator: string, value: number): JsonValue => (indicator === 'employees' ? value : moneyJson(value));
  return why.checks.map((c) => ({
    indicator: c.indicator,
    value: amount(c.indicator, c.value),
    bound: amount(c.indicator, c.bound),
    met: c.met,
  }));
}

/**
 * `xiaowei classify FILE`: the size class of every enterprise of FILE under the 2011 size standard,
 * with `--explain` the bounds that decided it. Returns the output text.
 * @example await classify('examples/enterprises.csv', { format: 'json', period: '2013', lang: 'en' })
 */
export async function classify(file: string, options: ClassifyOptions): Promise<string> {
  const { lang } = options;
  const rules = new Rules();
  // The period is checked before the file is read.
  fromApp(() => rules.plan('enterprise', options.period, CLASSIFY_OUTPUTS));
  const records = await readRecords(file);
  const outcome: Classification = fromApp(() =>
    classifyRecords(rules, { period: options.period, records, explain: options.explain === true, aliases: HEADER_ALIASES }),
  );
  const { system } = rules;
  const input = outcome.records;
  const industry = system.variable('industry');
  const shown = [industry, ...OUTPUTS.map((id) => system.variable(id))];
  const columns: OutputColumn[] = [...identityColumns(input, lang), ...shown.map((v) => ({ key: v.id, header: v.label[lang] }))];
  if (options.explain) columns.push({ key: 'explanation', header: message('header_explanation', lang) });
  const rows: OutputRow[] = [];
  for (let i = 0; i < input.n; i++) {
    const cells: Record<string, Cell> = { ...identityCells(input, i), industry: variableCell(industry, input.columns.industry, i, lang) };
    for (const id of OUTPUTS) cells[id] = variableCell(system.variable(id), outcome.outputs[id], i, lang);
    const why = outcome.explanations?.[i];
    if (why === undefined) {
      rows.push({ cells });
      continue;
    }
    cells.explanation = textCell(why.text[lang]);
    rows.push({ cells, extra: { deciding: deciding(why) } });
  }
  return renderOutput({ columns, rows } satisfies OutputTable, options.format);
}

/** Registers `classify` on the program. */
export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('size class of each enterprise under the 2011 SME size standard (工信部联企业〔2011〕300号)')
    .argument('<file>', 'a .csv or .json file of enterprises, or - for a JSON array on standard input')
    .addOption(formatOption(['table', 'json', 'csv']))
    .option('--explain', 'add the bounds that decided each size class')
    .option('--period <year>', 'year of the figures', currentYear())
    .addOption(langOption())
    .action(async (file: string, options: ClassifyOptions) => {
      process.stdout.write(await classify(file, options));
    });
}
