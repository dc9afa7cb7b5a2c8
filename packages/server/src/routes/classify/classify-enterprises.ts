import { classify, type RecordId } from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import type { EngineService } from '../../engine/engine-service.ts';
import { recordsOf } from '../../engine/records-body.ts';
import { Yuan } from '../../http/json.ts';

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
 * The size class of every enterprise of `body` at `period` (the app's `classify`), each with its
 * explanation in `lang` (as `xiaowei classify --explain`).
 * @example classifyEnterprises(engine, { period: '2013', lang: 'en', body: { industry: 'C3311', employees: 300, revenue: 19999999 } })
 */
export function classifyEnterprises(engine: EngineService, request: { period: string; lang: Lang; body: unknown }): ClassifyResult {
  const { records, batchKey } = recordsOf(request.body, 'enterprises');
  const outcome = classify(engine, { period: request.period, records, explain: true });
  const classes = engine.system.variable('size_class').possibleValues ?? [];
  const input = outcome.records;
  const industry = input.columns.industry as string[];
  const amount = (indicator: string, v: number) => (indicator === 'employees' ? v : new Yuan(v));
  const rows: ClassifiedEnterprise[] = new Array(input.n);
  for (let i = 0; i < input.n; i++) {
    const why = outcome.explanations?.[i];
    if (why === undefined) throw new Error('classify was asked to explain');
    const name = input.names?.[i];
    rows[i] = {
      id: input.ids[i],
      ...(name ? { name } : {}),
      industry: industry[i],
      industry_group: outcome.groups[i],
      size_class: classes[outcome.outputs.size_class[i] as number],
      is_small_or_micro: outcome.outputs.is_small_or_micro[i] === 1,
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
  const head = { period: outcome.period.key, ...engine.version };
  return batchKey === undefined ? { ...head, result: rows[0] } : { ...head, results: rows };
}
