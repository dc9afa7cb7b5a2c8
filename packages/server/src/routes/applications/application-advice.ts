/**
 * The engine's answer for an application (advice to the reviewer): the enterprise's registry figures of the
 * application's year (or the latest recorded year before it), with the form's policy values laid over them, run
 * through `@xiaowei/app`'s `applicationAdvice`. Also the registry figures themselves, for the review page.
 */
import { applicationAdvice, conditionIn, RecordsError } from '@xiaowei/app';
import { formatMoney, type Lang } from '@xiaowei/engine';
import type { Application, EnterpriseDetail, EnterpriseYear } from '@xiaowei/store';
import type { EngineService } from '../../engine/engine-service.ts';
import { Yuan } from '../../http/json.ts';

const yuan = (fen: number | null) => (fen === null ? null : formatMoney(fen));

/** The registry year the advice reads: the application's, else the latest before it, else none. */
export function figuresYear(detail: EnterpriseDetail, year: number): EnterpriseYear | undefined {
  return [...detail.years].filter((y) => y.year <= year).sort((a, b) => b.year - a.year)[0];
}

/** The registry as a record of the policy's inputs (money in yuan text), the year's other inputs included. */
export function registryRecord(detail: EnterpriseDetail, y: EnterpriseYear | undefined): Record<string, string | number | boolean | null> {
  const record: Record<string, string | number | boolean | null> = {
    id: detail.id,
    industry: detail.industry,
    region: detail.regionCode,
    ...(detail.founded ? { founded: detail.founded } : {}),
  };
  if (y === undefined) return record;
  const figures: [string, string | number | boolean | null][] = [
    ['employees', y.employees],
    ['revenue', yuan(y.revenueFen)],
    ['total_assets', yuan(y.totalAssetsFen)],
    ['taxable_income', yuan(y.taxableIncomeFen)],
    ['total_profit', yuan(y.totalProfitFen)],
    ['restricted_industry', y.restrictedIndustry],
  ];
  for (const [k, v] of figures) if (v !== null) record[k] = v;
  for (const [k, v] of Object.entries(y.inputs ?? {}))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') record[k] = v;
  return record;
}

export function adviceJson(engine: EngineService, app: Application, detail: EnterpriseDetail, lang: Lang): Record<string, unknown> {
  const y = figuresYear(detail, app.year);
  const record = { ...registryRecord(detail, y), ...app.values };
  delete record.requested_amount;
  delete record.purpose;
  const head = { year: app.year, figures_year: y?.year ?? null };
  try {
    const outcomes = applicationAdvice(engine, app.measure, app.year, record);
    return {
      ...head,
      outcomes: outcomes.map((o) => ({
        measure: o.measure,
        title: o.title?.[lang] ?? o.measure,
        eligible: o.eligible,
        value: o.pending ? null : new Yuan(o.value),
        conditions: o.conditions.map((c) => conditionIn(c, lang, (fen) => new Yuan(fen), false)),
        ...(o.pending ? { pending: o.pending.message[lang] } : {}),
      })),
    };
  } catch (e) {
    if (!(e instanceof RecordsError)) throw e;
    return { ...head, outcomes: [], problem: e.problems.map((p) => p.message[lang]).join('; ') };
  }
}
