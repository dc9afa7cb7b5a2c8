import { type Lang, renderTrace, type TaxBenefitSystem } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import type { RuleVersion } from '../../engine/engine-service.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { traceJson } from '../trace/trace-json.ts';
import { STATUS_WITH_EXPLANATION, UNIT_YEAR_PARAMS } from './set-aside.schema.ts';
import { statusJson } from './set-aside-json.ts';

export const getSetAsideStatusSchema = {
  summary: 'The set-aside of a budget unit’s year, decided by the policy, with its explanation',
  description:
    'Reserved and awarded amounts summed from the unit’s projects (reserved for SMEs = projects reserved for SMEs + those reserved for small and micro enterprises; awarded to SMEs = awards to medium, small and micro suppliers), their shares of the annual procurement budget, and the policy’s decisions (财库〔2011〕181号: ≥ 30% for SMEs, of which ≥ 60% — 18% of the total — for small and micro). The explanation is the engine’s trace in the response language.',
  tags: ['set-aside'],
  params: UNIT_YEAR_PARAMS,
  querystring: querySchema({}),
  response: { 200: STATUS_WITH_EXPLANATION, ...ERROR_RESPONSES },
} as const;

/** GET /api/v1/budget-units/{id}/set-aside/{year} */
export async function getSetAsideStatus(
  store: Store,
  system: TaxBenefitSystem,
  version: RuleVersion,
  scope: DataScope,
  id: string,
  year: number,
  lang: Lang,
): Promise<Record<string, unknown>> {
  const { status, trace } = await store.setAside.explain(id, year, { scope });
  return {
    ...statusJson(status, lang),
    ...version,
    explanation: {
      trace: trace.map((node) => traceJson(system, node, lang)),
      text: trace.map((node) => renderTrace(node, lang)).join('\n'),
    },
  };
}
