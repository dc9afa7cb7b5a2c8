import { readFile } from 'node:fs/promises';
import {
  DIMENSION_LABELS,
  type Dimension,
  decodeRecords,
  OUTCOME_COLUMNS,
  parseScenario,
  periodError,
  periodInputs,
  Rules,
  recordIdText,
  runSimulation,
  type SimulationInput,
  type SimulationOutcome,
  type Tally,
  yuanText,
} from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import { getSystem, loadCatalogue, VARIABLES } from '@xiaowei/policy';
import { formatNumber, industryGroupName, sizeClassName } from '@xiaowei/policy/format';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { fromApp } from '../app-errors.ts';
import { CliError, InputError } from '../cli-error.ts';
import { HEADER_ALIASES } from '../header-aliases.ts';
import { RawJsonNumber } from '../json-text.ts';
import { message, messageLabels } from '../messages.ts';
import { currentYear, type Format, formatOption, langOption } from '../options.ts';
import type { Cell, OutputRow } from '../output-table.ts';
import { readRecords } from '../read-records.ts';
import { renderOutput } from '../render-output.ts';

export interface SimulateOptions {
  readonly reform: string;
  readonly period?: string;
  readonly format: Format;
  readonly lang: Lang;
}

/** Money as exact yuan: a JSON number written from the fen, CSV digits, table text with separators. */
function yuanCell(fen: bigint): Cell {
  const text = yuanText(fen);
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const grouped = `${fen < 0n ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0')}`;
  return { json: new RawJsonNumber(text), csv: text, table: grouped, numeric: true };
}

function countCell(n: number, lang: Lang): Cell {
  return { json: n, csv: String(n), table: formatNumber(n, lang), numeric: true };
}

const DIMENSIONS = ['region', 'industry_group', 'size_class', 'measure'] as const;

/** A tally field as a JSON / CSV key: `beneficiariesBaseline` → `beneficiaries_baseline`. */
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The scenario of a reform file (YAML or JSON), every problem reported with its change and field. */
async function readScenario(file: string) {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, 'utf8'));
  } catch (e) {
    throw new CliError(messageLabels('reform_unreadable', { file, detail: e instanceof Error ? e.message : String(e) }));
  }
  const parsed = parseScenario(getSystem(), raw);
  if (parsed.scenario === undefined) {
    throw new InputError(
      file,
      parsed.problems.map((p) => ({ row: p.row ?? 0, field: p.field, message: p.message })),
    );
  }
  return parsed.scenario;
}

/** The rows of the outcome: the total, then each group of each breakdown. */
function outcomeRows(o: SimulationOutcome, lang: Lang): OutputRow[] {
  const titles = new Map(
    loadCatalogue(VARIABLES).measures.flatMap((m) => [[m.id, m.title] as const, ...m.subMeasures.map((s) => [s.id, s.title] as const)]),
  );
  const name = (dimension: string, key: string): string => {
    if (dimension === 'industry_group') return key === 'unknown' ? key : industryGroupName(key, lang);
    if (dimension === 'size_class') return key === 'unknown' ? key : sizeClassName(key, lang);
    if (dimension === 'measure') return `${key} ${titles.get(key)?.[lang] ?? ''}`.trim();
    return key;
  };
  const row = (dimension: Dimension, key: string, t: Tally, extra?: OutputRow['extra']): OutputRow => {
    const cells: Record<string, Cell> = {
      dimension: { json: dimension, csv: dimension, table: DIMENSION_LABELS[dimension][lang] },
      group: { json: key, csv: key, table: name(dimension, key) },
    };
    for (const c of OUTCOME_COLUMNS) {
      if (c.kind === 'money') cells[c.key.replace(/Fen$/, '')] = yuanCell(t[c.key]);
      else if (c.kind === 'count') cells[snake(c.key)] = countCell(t[c.key], lang);
    }
    return { cells, ...(extra ? { extra } : {}) };
  };
  const groups = { region: o.byRegion, industry_group: o.byIndustryGroup, size_class: o.bySizeClass, measure: o.byMeasure };
  const total = row('total', '', o.totals, {
    scenario: o.scenario,
    period: o.period,
    policy_version: o.policyVersion,
    baseline_hash: o.baselineHash,
    reform_hash: o.reformHash,
    incomplete: o.incomplete,
    problems: o.problems.map((p) => ({ row: p.row ?? null, field: p.field, message: p.message[lang] })),
    largest_changes: o.top.map((c) => ({
      id: c.id,
      row: c.row,
      region: c.region,
      industry_group: c.industryGroup,
      size_class: c.sizeClass,
      baseline: new RawJsonNumber(yuanText(BigInt(c.baselineFen))),
      reform: new RawJsonNumber(yuanText(BigInt(c.reformFen))),
      change: new RawJsonNumber(yuanText(BigInt(c.changeFen))),
      explanations: JSON.parse(JSON.stringify(c.explanations)),
    })),
  });
  const rows = [o.incomplete > 0 ? { ...total, notes: [message('simulate_incomplete', lang, { count: o.incomplete })] } : total];
  for (const d of DIMENSIONS) for (const g of groups[d]) rows.push(row(d, g.key, g));
  return rows;
}

/**
 * `xiaowei simulate FILE --reform reform.yaml --period YYYY`: the enterprises of FILE under the law and under
 * the reform, side by side — cost, beneficiaries, gainers and losers, in total and by region, industry group,
 * size class and measure; JSON adds the largest changes with both traces.
 */
export async function simulate(file: string, options: SimulateOptions): Promise<string> {
  const { lang } = options;
  const rules = new Rules();
  const { system } = rules;
  const scenario = await readScenario(options.reform);
  const periodText = options.period ?? String(scenario.baseYear);
  const period = fromApp(() => rules.period(periodText));
  const records = await readRecords(file);
  const decoded = fromApp(() => decodeRecords(system, 'enterprise', records, { required: ['industry'], aliases: HEADER_ALIASES }));
  const columns: Record<string, SimulationInput['columns'][string]> = {};
  for (const { id, at, column } of periodInputs(system.variables.values(), decoded, period)) {
    columns[at.key === period.key || at.unit === 'eternity' ? id : `${id}@${at.key}`] = column;
  }
  const input: SimulationInput = {
    n: decoded.n,
    ids: decoded.ids.map((id, i) => recordIdText(id) ?? String(decoded.rows[i])),
    columns,
    rows: decoded.rows,
  };
  let outcome: SimulationOutcome;
  try {
    outcome = await runSimulation(scenario, period.key, input);
  } catch (e) {
    fromApp(() => {
      throw periodError(e, periodText);
    });
    throw e;
  }
  const outputColumns = OUTCOME_COLUMNS.map((c) => ({
    key: c.kind === 'money' ? c.key.replace(/Fen$/, '') : snake(c.key),
    header: c.label[lang],
  }));
  return renderOutput({ columns: outputColumns, rows: outcomeRows(outcome, lang) }, options.format);
}

/** Registers `simulate` on the program. */
export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('a what-if reform over the enterprises of a file: baseline and reform side by side, by region, industry, size and measure')
    .argument('<file>', 'a .csv or .json file of enterprises, or - for a JSON array on standard input')
    .requiredOption('--reform <file>', 'the reform: a YAML (or JSON) scenario with the parameter paths of the catalogue')
    .option('--period <year>', `year to simulate; default the scenario's base year (e.g. ${currentYear()})`)
    .addOption(formatOption(['table', 'json', 'csv']))
    .addOption(langOption())
    .action(async (file: string, options: SimulateOptions) => {
      process.stdout.write(await simulate(file, options));
    });
}
