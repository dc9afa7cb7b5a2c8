import type { Lang } from '@xiaowei/engine';
import { explainSizeClass, type IndustryGroup } from '@xiaowei/policy';
import { decodeRecords, type RecordId } from '../../engine/decode-records.ts';
import type { EngineService } from '../../engine/engine-service.ts';
import { recordsOf } from '../../engine/records-body.ts';
import { runPlan } from '../../engine/run-plan.ts';
import { Yuan } from '../../http/json.ts';

const OUTPUTS = ['industry_group', 'size_class', 'is_small_or_micro'] as const;

export interface ClassifiedEnterprise {
  readonly id: RecordId | null;
  readonly name?: string;
  readonly industry: string;
  readonly industry_group: string;
  readonly size_class: string;
  readonly is_small_or_micro: boolean;
  readonly explanation: {
    readonly text: string;
    readonly deciding_tier: string;
    readonly checks: readonly { indicator: string; value: number | Yuan; bound: number | Yuan; met: boolean }[];
  };
}

export interface ClassifyResult {
  readonly period: string;
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly result?: ClassifiedEnterprise;
  readonly results?: ClassifiedEnterprise[];
}

/**
 * The size class of every enterprise of `body` at `period` through the compiled plan, each with
 * `explainSizeClass`'s explanation in `lang` (as `xiaowei classify --explain`).
 * @example classifyEnterprises(engine, { period: '2013', lang: 'en', body: { industry: 'C3311', employees: 300, revenue: 19999999 } })
 */
export function classifyEnterprises(engine: EngineService, request: { period: string; lang: Lang; body: unknown }): ClassifyResult {
  const plan = engine.plan('enterprise', request.period, OUTPUTS);
  if (plan === 'links') throw new Error('size_class must be plannable');
  const { records, batchKey, places } = recordsOf(request.body, 'enterprises');
  const input = decodeRecords(engine, 'enterprise', records, places);
  const out = runPlan(plan, input, places);
  const system = engine.system;
  const groups = system.variable('industry_group').possibleValues ?? [];
  const classes = system.variable('size_class').possibleValues ?? [];
  const { employees, revenue, total_assets, industry } = input.columns as Record<string, Float64Array> & { industry: string[] };
  const rows: ClassifiedEnterprise[] = new Array(input.n);
  for (let i = 0; i < input.n; i++) {
    const group = groups[out.industry_group[i] as number] as IndustryGroup;
    const why = explainSizeClass(
      system,
      group,
      { employees: employees[i], revenue: revenue[i], total_assets: total_assets[i] },
      plan.period,
    );
    const amount = (indicator: string, v: number) => (indicator === 'employees' ? v : new Yuan(v));
    const name = input.names?.[i];
    rows[i] = {
      id: input.ids[i],
      ...(name ? { name } : {}),
      industry: industry[i],
      industry_group: group,
      size_class: classes[out.size_class[i] as number],
      is_small_or_micro: out.is_small_or_micro[i] === 1,
      explanation: {
        text: why.text[request.lang],
        deciding_tier: why.decidingTier,
        checks: why.checks.map((c) => ({
          indicator: c.indicator,
          value: amount(c.indicator, c.value),
          bound: amount(c.indicator, c.bound),
          met: c.met,
        })),
      },
    };
  }
  const head = { period: plan.period.key, ...engine.version };
  return batchKey === undefined ? { ...head, result: rows[0] } : { ...head, results: rows };
}
