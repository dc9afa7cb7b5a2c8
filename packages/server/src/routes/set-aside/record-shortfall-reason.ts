import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { STATUS, UNIT_YEAR_PARAMS } from './set-aside.schema.ts';
import { withApiFields } from './set-aside-context.ts';
import { statusJson } from './set-aside-json.ts';

export const recordShortfallReasonSchema = {
  summary: 'Record why the unit stays below the set-aside line this year (only when the policy says it is below; null clears it)',
  description:
    '财库〔2011〕181号: a unit that reserves less than 30% of its annual procurement budget for SMEs, or less than 60% of that (18% of the total) for small and micro enterprises, records why. The reason is audited with who and when; the yearly report marks units below the line without one.',
  tags: ['set-aside'],
  params: UNIT_YEAR_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { reason: { type: ['string', 'null'], maxLength: 2000 } },
    required: ['reason'],
  },
  response: { 200: STATUS, ...ERROR_RESPONSES },
} as const;

/** PUT /api/v1/budget-units/{id}/years/{year}/shortfall-reason */
export async function recordShortfallReason(
  store: Store,
  scope: DataScope,
  actor: string,
  id: string,
  year: number,
  reason: string | null,
  lang: Lang,
): Promise<Record<string, unknown>> {
  const status = await withApiFields(() => store.setAside.recordShortfallReason(id, year, reason, { actor, scope }));
  return statusJson(status, lang);
}
