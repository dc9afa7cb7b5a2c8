import { assessEntitlements, conditionIn, type EnterpriseEntitlements, Rules } from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import { formatFen } from '@xiaowei/policy/format';
import type { Command } from 'commander';
import { fromApp } from '../app-errors.ts';
import { moneyJson, textCell } from '../cells.ts';
import { HEADER_ALIASES } from '../header-aliases.ts';
import { identityCells, identityColumns } from '../identity-columns.ts';
import type { JsonValue } from '../json-text.ts';
import { message } from '../messages.ts';
import { currentYear, formatOption, langOption } from '../options.ts';
import type { OutputRow } from '../output-table.ts';
import { readRecords } from '../read-records.ts';
import { renderOutput } from '../render-output.ts';

export interface EntitlementsOptions {
  readonly period: string;
  readonly format: 'table' | 'json';
  readonly lang: Lang;
}

/** The lines printed under an enterprise in a table: each entitlement, ✓ or ✗, and for those missed what would change. */
function notesOf(a: EnterpriseEntitlements, lang: Lang): string[] {
  const notes: string[] = [];
  for (const e of a.entitlements) {
    const title = e.title?.[lang] ?? e.measure;
    const mark = e.eligible ? '✓' : '✗';
    // An amount (or an eligibility) pending an input not given says what to give, not 0 (ADR 0005).
    if (e.pending) {
      notes.push(`${e.eligible ? '✓' : '?'} ${e.measure} ${title} — ${e.pending.message[lang]}`);
      continue;
    }
    const value = e.eligible ? ` ${formatFen(e.value, lang, { unit: true })}` : '';
    notes.push(`${mark} ${e.measure} ${title}${value}${e.eligible && !e.counted ? ` ${message('not_counted', lang)}` : ''}`);
    for (const c of e.conditions) if (!c.met && c.advice) notes.push(`    ${c.advice[lang]}`);
  }
  return notes;
}

/** The entitlements as JSON, in `lang` (money in exact yuan). */
function detailOf(a: EnterpriseEntitlements, lang: Lang): JsonValue {
  return a.entitlements.map((e) => ({
    measure: e.measure,
    title: e.title?.[lang] ?? null,
    eligible: e.eligible,
    value: moneyJson(e.value),
    counted: e.counted,
    conditions: e.conditions.map((c) => conditionIn(c, lang, moneyJson, true) as JsonValue),
    ...(e.pending ? { pending: { for: e.pending.for, input: e.pending.input, message: e.pending.message[lang] } } : {}),
  }));
}

/**
 * `xiaowei entitlements FILE --period YYYY`: for each enterprise, every entitlement of the encoded
 * measures — eligible or not, its value, and for those missed the conditions that failed with the
 * distance to meeting them — and the whole-package total (schemes that cannot be combined counted once).
 */
export async function entitlements(file: string, options: EntitlementsOptions): Promise<string> {
  const { lang } = options;
  const rules = new Rules();
  fromApp(() => rules.period(options.period));
  const records = await readRecords(file);
  const outcome = fromApp(() => assessEntitlements(rules, { period: options.period, records, aliases: HEADER_ALIASES }));
  const input = outcome.records;
  const rows: OutputRow[] = outcome.enterprises.map((a, i) => ({
    cells: {
      ...identityCells(input, i),
      total_support_value: { ...textCell(formatFen(a.total, lang)), json: moneyJson(a.total), numeric: true },
    },
    extra: {
      period: outcome.period.key,
      entitlements: detailOf(a, lang),
      not_encoded: [...a.notEncoded],
      total_excludes: [...a.totalExcludes],
    },
    notes: notesOf(a, lang),
  }));
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
