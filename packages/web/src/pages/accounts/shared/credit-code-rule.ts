import { readCreditCode } from '@xiaowei/policy/identifiers';
import type { Lang } from '../../../i18n/languages.ts';

/**
 * An Ant Design form rule checking a unified social credit code as it is typed, with the same GB 32100-2015
 * check and message (in the page's language) as the server: a wrong check character is caught before sending.
 */
export function creditCodeRule(lang: Lang, required: string) {
  return {
    validator: async (_: unknown, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') throw new Error(required);
      const reading = readCreditCode(value);
      if (!reading.ok) throw new Error(reading.problem.message[lang]);
    },
  };
}
