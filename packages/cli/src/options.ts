import { DEFAULT_LANG, LANGS, type Lang } from '@xiaowei/engine';
import { Option } from 'commander';

/** Output formats of the commands that print results. */
export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** `--lang`: language of headers, explanations and messages. */
export function langOption(): Option {
  return new Option('--lang <lang>', 'language of headers, explanations and messages').choices(LANGS).default(DEFAULT_LANG);
}

/** `--format`, with the formats in the order the command prefers (the first is the default). */
export function formatOption(formats: readonly Format[]): Option {
  return new Option('--format <format>', 'output format').choices(formats).default(formats[0]);
}

/**
 * The language asked for anywhere on the command line (`--lang ko` or `--lang=ko`), so that errors
 * raised before or outside a command's own option parsing still speak it.
 * @example langFromArgv(['classify', 'a.csv', '--lang', 'en']) // 'en'
 */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) return value as Lang;
  }
  return DEFAULT_LANG;
}

/** The current calendar year: the default period of `classify` (the 2011 standard has no end date). */
export function currentYear(): string {
  return String(new Date().getFullYear());
}
