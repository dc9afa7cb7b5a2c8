import { MESSAGES } from './messages.ts';

/** The headers the CLI prints for `id` and `name`, in every language: a table it printed can be read back. */
export const HEADER_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  (['zh-CN', 'ko', 'en'] as const).flatMap((lang) => [
    [MESSAGES.header_id[lang], 'id'],
    [MESSAGES.header_name[lang], 'name'],
  ]),
);
