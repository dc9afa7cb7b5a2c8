import type { Lang, Period, TaxBenefitSystem } from '@xiaowei/engine';
import { explainSizeClass, getSystem, type IndustryGroup, readIndustry } from '@xiaowei/policy';
import type { Command } from 'commander';
import { moneyJson, textCell, variableCell } from '../cells.ts';
import { compilePlan, requiredInputs } from '../compile-plan.ts';
import { type DecodedInput, decodeInput } from '../decode-input.ts';
import { identityCells, identityColumns } from '../identity-columns.ts';
import type { JsonValue } from '../json-text.ts';
import { message } from '../messages.ts';
import { currentYear, type Format, formatOption, langOption } from '../options.ts';
import type { Cell, OutputColumn, OutputRow, OutputTable } from '../output-table.ts';
import { readRecords } from '../read-records.ts';
import { renderOutput } from '../render-output.ts';
import { runPlan } from '../run-plan.ts';

export interface ClassifyOptions {
  readonly format: Format;
  readonly explain?: boolean;
  readonly period: string;
  readonly lang: Lang;
}

const ENTITY = 'enterprise';

/** An industry of the size standard (工信部联企业〔2011〕300号), or the reason it is not. */
const sizeStandardIndustry = (code: string) => {
  const reading = readIndustry(code);
  return reading.ok ? undefined : reading.problem;
};
const OUTPUTS = ['industry_group', 'size_class', 'is_small_or_micro'] as const;

/** Why record `i` has its class: the text in `lang` and the deciding checks (money in exact yuan). */
function explanation(system: TaxBenefitSystem, input: DecodedInput, group: string, i: number, period: Period, lang: Lang) {
  const figures = {
    employees: input.columns.employees[i] as number,
    revenue: input.columns.revenue[i] as number,
    total_assets: input.columns.total_assets[i] as number,
  };
  const result = explainSizeClass(system, group as IndustryGroup, figures, period);
  const amount = (indicator: string, value: number): JsonValue => (indicator === 'employees' ? value : moneyJson(value));
  const deciding: JsonValue = result.checks.map((c) => ({
    indicator: c.indicator,
    value: amount(c.indicator, c.value),
    bound: amount(c.indicator, c.bound),
    met: c.met,
  }));
  return { text: result.text[lang], deciding };
}

/**
 * `xiaowei classify FILE`: the size class of every enterprise of FILE under the 2011 size standard,
 * with `--explain` the bounds that decided it. Returns the output text.
 * @example await classify('examples/enterprises.csv', { format: 'json', period: '2013', lang: 'en' })
 */
export async function classify(file: string, options: ClassifyOptions): Promise<string> {
  const { lang, period } = options;
  const system = getSystem();
  const plan = compilePlan(system, ENTITY, period, OUTPUTS);
  // The size class exists only for the standard's industries: a code outside it is a bad value of the file.
  const input = decodeInput(system, ENTITY, await readRecords(file), requiredInputs(plan), { industry: sizeStandardIndustry });
  const outputs = runPlan(plan, input);
  const industry = system.variable('industry');
  const shown = [industry, ...OUTPUTS.map((id) => system.variable(id))];
  const columns: OutputColumn[] = [...identityColumns(input, lang), ...shown.map((v) => ({ key: v.id, header: v.label[lang] }))];
  if (options.explain) columns.push({ key: 'explanation', header: message('header_explanation', lang) });
  const groups = system.variable('industry_group');
  const rows: OutputRow[] = [];
  for (let i = 0; i < input.n; i++) {
    const cells: Record<string, Cell> = { ...identityCells(input, i), industry: variableCell(industry, input.columns.industry, i, lang) };
    for (const id of OUTPUTS) cells[id] = variableCell(system.variable(id), outputs[id], i, lang);
    if (!options.explain) {
      rows.push({ cells });
      continue;
    }
    const group = groups.possibleValues?.[outputs.industry_group[i] as number] ?? '';
    const { text, deciding } = explanation(system, input, group, i, plan.period, lang);
    cells.explanation = textCell(text);
    rows.push({ cells, extra: { deciding } });
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
