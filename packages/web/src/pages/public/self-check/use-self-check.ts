import { apiPost } from '../../../api/client.ts';
import { oneResult } from '../../../api/one-result.ts';
import type { ClassifyAnswer, ClassifyResponse } from '../../../api/types.ts';
import { type ApiState, useApi } from '../../../api/use-api.ts';
import type { Lang } from '../../../i18n/languages.ts';
import type { SelfCheckInput } from './self-check-query.ts';

/** The size class of the entered figures, with the server's explanation in `lang` (POST /api/v1/classify); `attempt` retries. */
export function useSelfCheck(input: SelfCheckInput | null, lang: Lang, attempt = 0): ApiState<ClassifyResponse> {
  const key = input === null ? null : JSON.stringify([input, lang, attempt]);
  return useApi(key, (signal) => {
    const { period, ...body } = input as SelfCheckInput;
    return apiPost<ClassifyAnswer>('/api/v1/classify', body, { lang, signal, query: { period } }).then(oneResult);
  });
}
