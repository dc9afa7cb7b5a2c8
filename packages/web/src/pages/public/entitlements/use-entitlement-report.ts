import { apiPost } from '../../../api/client.ts';
import { oneResult } from '../../../api/one-result.ts';
import type { EntitlementsAnswer, EntitlementsResponse } from '../../../api/types.ts';
import { type ApiState, useApi } from '../../../api/use-api.ts';
import type { Lang } from '../../../i18n/languages.ts';
import { type ReportInput, reportRecord } from './report-query.ts';

/** Every entitlement of the entered figures for the year (POST /api/v1/entitlements), in `lang`. */
export function useEntitlementReport(input: ReportInput | null, lang: Lang, attempt = 0): ApiState<EntitlementsResponse> {
  const key = input === null ? null : JSON.stringify([input, lang, attempt]);
  return useApi(key, (signal) =>
    apiPost<EntitlementsAnswer>('/api/v1/entitlements', reportRecord(input as ReportInput), {
      lang,
      signal,
      query: { period: (input as ReportInput).period },
    }).then(oneResult),
  );
}
