import { assessEntitlements as assess, conditionIn, type RecordId } from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import type { EngineService } from '../../engine/engine-service.ts';
import { recordsOf } from '../../engine/records-body.ts';
import { Yuan } from '../../http/json.ts';

export interface AssessedEnterprise {
  readonly id: RecordId | null;
  readonly name?: string;
  readonly total_support_value: Yuan;
  readonly entitlements: readonly {
    measure: string;
    title: string | null;
    eligible: boolean;
    value: Yuan;
    counted: boolean;
    conditions: readonly Record<string, unknown>[];
    pending?: { for: 'eligibility' | 'amount'; input: string; label: string; message: string };
  }[];
  readonly not_encoded: readonly string[];
  readonly total_excludes: readonly string[];
}

export interface EntitlementsResult {
  readonly period: string;
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly result?: AssessedEnterprise;
  readonly results?: AssessedEnterprise[];
}

/**
 * The entitlement assessment of every enterprise of `body` for the year `period` (the app's
 * `assessEntitlements`, as `xiaowei entitlements`): every entitlement in force, its value, the conditions
 * with why-not and what-would-change in `lang`, and the whole-package total.
 */
export function assessEntitlements(engine: EngineService, request: { period: string; lang: Lang; body: unknown }): EntitlementsResult {
  const { lang } = request;
  engine.period(request.period);
  const { records, batchKey } = recordsOf(request.body, 'enterprises');
  const outcome = assess(engine, { period: request.period, records });
  const input = outcome.records;
  const rows: AssessedEnterprise[] = outcome.enterprises.map((a, i) => {
    const name = input.names?.[i];
    return {
      id: input.ids[i],
      ...(name ? { name } : {}),
      total_support_value: new Yuan(a.total),
      entitlements: a.entitlements.map((e) => ({
        measure: e.measure,
        title: e.title?.[lang] ?? null,
        eligible: e.eligible,
        value: new Yuan(e.value),
        counted: e.counted,
        conditions: e.conditions.map((c) => conditionIn(c, lang, (fen) => new Yuan(fen), false)),
        ...(e.pending
          ? { pending: { for: e.pending.for, input: e.pending.input, label: e.pending.label[lang], message: e.pending.message[lang] } }
          : {}),
      })),
      not_encoded: [...a.notEncoded],
      total_excludes: [...a.totalExcludes],
    };
  });
  const head = { period: outcome.period.key, ...engine.version };
  return batchKey === undefined ? { ...head, result: rows[0] } : { ...head, results: rows };
}
