import type { Lang } from '@xiaowei/engine';
import { loadCatalogue, MEASURE_KINDS, type Measure, type MeasureBase, VARIABLES } from '@xiaowei/policy';
import { type Command, Option } from 'commander';
import { textCell } from '../cells.ts';
import { CliError } from '../cli-error.ts';
import type { JsonValue } from '../json-text.ts';
import { messageLabels } from '../messages.ts';
import { formatOption, langOption } from '../options.ts';
import type { OutputRow } from '../output-table.ts';
import { renderOutput } from '../render-output.ts';

export interface MeasuresOptions {
  readonly lang: Lang;
  readonly format: 'table' | 'json';
  readonly kind?: string;
  readonly inForce?: string;
}

/** Whether a measure (or one of its sub-measures) is in force on `date`. */
function inForce(m: MeasureBase, date: string): boolean {
  return m.effective.from <= date && (m.effective.to === null || date <= m.effective.to);
}

function base(m: MeasureBase, lang: Lang): Record<string, JsonValue> {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title[lang],
    summary: m.summary[lang],
    beneficiaries: [...m.beneficiaries],
    effective: { from: m.effective.from, to: m.effective.to },
    documents: m.documents.map((d) => ({ number: d.number, title: d.title[lang], confidence: d.confidence })),
    variables: [...m.variables],
  };
}

function entry(m: Measure, lang: Lang): Record<string, JsonValue> {
  return {
    ...base(m, lang),
    chapter: m.chapter,
    kinds: [...m.kinds],
    tags: [...m.tags],
    sub_measures: m.subMeasures.map((s) => base(s, lang)),
  };
}

/**
 * `xiaowei measures`: the catalogue of the 29 items of Guofa [2012] No. 14, in the chosen language,
 * optionally only of one kind or only those in force on a date.
 * @example measures({ lang: 'en', format: 'json' }) // '[{"id":"gf2012-14/01", …}]'
 */
export function measures(options: MeasuresOptions): string {
  const { lang } = options;
  if (options.inForce !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.inForce)) {
    throw new CliError(messageLabels('bad_date', { value: options.inForce }));
  }
  const all = loadCatalogue(VARIABLES).measures;
  const selected = all.filter(
    (m) =>
      (options.kind === undefined || m.kinds.includes(options.kind as Measure['kind'])) &&
      (options.inForce === undefined || inForce(m, options.inForce) || m.subMeasures.some((s) => inForce(s, options.inForce as string))),
  );
  const rows: OutputRow[] = selected.map((m) => ({
    cells: {
      id: textCell(m.id),
      chapter: textCell(String(m.chapter)),
      kind: textCell(m.kinds.join(', ')),
      title: textCell(m.title[lang]),
      variables: textCell(String(m.variables.length)),
    },
    extra: entry(m, lang),
  }));
  const header = (key: Parameters<typeof messageLabels>[0]) => messageLabels(key)[lang];
  return renderOutput(
    {
      columns: [
        { key: 'id', header: header('header_measure'), only: 'table' },
        { key: 'chapter', header: header('header_chapter'), only: 'table' },
        { key: 'kind', header: header('header_kind'), only: 'table' },
        { key: 'title', header: header('header_title'), only: 'table' },
        { key: 'variables', header: header('header_variables'), only: 'table' },
      ],
      rows,
    },
    options.format,
  );
}

/** Registers `measures` on the program. */
export function registerMeasures(program: Command): void {
  program
    .command('measures')
    .description('list the measures of Guofa [2012] No. 14 (the 29 items and their sub-measures)')
    .addOption(formatOption(['table', 'json']))
    .addOption(new Option('--kind <kind>', 'only measures of this kind').choices(MEASURE_KINDS))
    .option('--in-force <date>', 'only measures in force on this date (YYYY-MM-DD)')
    .addOption(langOption())
    .action((options: MeasuresOptions) => {
      process.stdout.write(measures(options));
    });
}
