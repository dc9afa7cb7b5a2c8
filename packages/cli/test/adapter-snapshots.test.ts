import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.ts';

/**
 * The CLI's outputs (stdout, stderr, exit code) for the examples and a few bad or unusual inputs, in every
 * format and language: recorded before the records → outcomes path moved into @xiaowei/app (issue 12) and
 * compared after it, so that the move changes no output. A legitimate change updates the snapshot in the
 * same commit, with the reason in its message.
 */

const LANGS = ['zh-CN', 'ko', 'en'] as const;
const FIXTURES = 'packages/cli/test/fixtures/snapshots';

/** Runs the CLI in this process and returns what it printed. */
async function run(argv: readonly string[]): Promise<string> {
  let out = '';
  let err = '';
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  let code: number;
  try {
    process.exitCode = undefined;
    code = await runCli(argv);
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
    process.exitCode = undefined;
  }
  return `$ xiaowei ${argv.join(' ')}\nexit ${code}\n--- stdout\n${out}\n--- stderr\n${err}\n`;
}

async function all(cases: readonly (readonly string[])[]): Promise<string> {
  const parts: string[] = [];
  for (const argv of cases) parts.push(await run(argv));
  return parts.join('\n');
}

const each = <T>(list: readonly T[], f: (x: T) => (readonly string[])[]) => list.flatMap(f);

describe('CLI outputs stay the same (snapshots)', () => {
  for (const file of ['examples/enterprises.csv', 'examples/enterprises.json']) {
    const name = file.replace(/^examples\//, '').replace('.', '-');
    it(`classify ${file}`, async () => {
      const cases = each(LANGS, (lang) =>
        each(['table', 'json', 'csv'], (format) => [
          ['classify', file, '--period', '2015', '--format', format, '--lang', lang],
          ['classify', file, '--period', '2013', '--format', format, '--lang', lang, '--explain'],
        ]),
      );
      await expect(await all(cases)).toMatchFileSnapshot(`./__snapshots__/adapters/classify-${name}.txt`);
    });
    it(`evaluate ${file}`, async () => {
      const vars = 'corporate_income_tax,is_small_low_profit,size_class';
      const cases = each(LANGS, (lang) =>
        each(['table', 'json', 'csv'], (format) => [
          ['evaluate', file, '--period', '2015', '--variables', vars, '--format', format, '--lang', lang],
          // The traces are long: those of the JSON file's records are enough.
          ...(file.endsWith('.json')
            ? [
                [
                  'evaluate',
                  file,
                  '--period',
                  '2015',
                  '--variables',
                  'corporate_income_tax',
                  '--format',
                  format,
                  '--lang',
                  lang,
                  '--explain',
                ],
              ]
            : []),
        ]),
      );
      await expect(await all(cases)).toMatchFileSnapshot(`./__snapshots__/adapters/evaluate-${name}.txt`);
    });
    it(`entitlements ${file}`, async () => {
      const cases = each(LANGS, (lang) =>
        each(['table', 'json'], (format) => [['entitlements', file, '--period', '2015', '--format', format, '--lang', lang]]),
      );
      await expect(await all(cases)).toMatchFileSnapshot(`./__snapshots__/adapters/entitlements-${name}.txt`);
    });
  }

  it('unusual and bad inputs', async () => {
    const f = (name: string) => `${FIXTURES}/${name}`;
    const cases = each(LANGS, (lang) => [
      [
        'evaluate',
        f('loans.json'),
        '--entity',
        'loan_contract',
        '--period',
        '2013',
        '--variables',
        'loan_contract_stamp_duty_exempt,loan_contract_stamp_duty',
        '--format',
        'json',
        '--lang',
        lang,
      ],
      [
        'evaluate',
        f('loans.json'),
        '--entity',
        'loan_contract',
        '--period',
        '2013',
        '--variables',
        'loan_contract_stamp_duty',
        '--format',
        'table',
        '--lang',
        lang,
        '--explain',
      ],
      [
        'evaluate',
        f('periods.json'),
        '--period',
        '2014-10',
        '--variables',
        'vat_filing_period_sales,small_scale_vat_exempt',
        '--format',
        'json',
        '--lang',
        lang,
      ],
      [
        'evaluate',
        f('periods.json'),
        '--period',
        '2014-10',
        '--variables',
        'small_scale_vat_exempt',
        '--format',
        'json',
        '--lang',
        lang,
        '--explain',
      ],
      ['classify', f('bad.json'), '--period', '2015', '--lang', lang],
      ['classify', f('bad.csv'), '--period', '2015', '--lang', lang],
      ['evaluate', f('bad.json'), '--period', '2015', '--variables', 'size_class', '--lang', lang],
      ['entitlements', f('bad.json'), '--period', '2015', '--lang', lang],
      ['entitlements', f('missing.json'), '--period', '2015', '--lang', lang],
      ['evaluate', f('missing.json'), '--period', '2015', '--variables', 'size_class', '--lang', lang],
      ['classify', f('exact.json'), '--period', '2015', '--format', 'json', '--lang', lang, '--explain'],
      [
        'evaluate',
        f('exact.json'),
        '--period',
        '2015',
        '--variables',
        'corporate_income_tax',
        '--format',
        'json',
        '--lang',
        lang,
        '--explain',
      ],
      ['entitlements', f('exact.json'), '--period', '2015', '--format', 'json', '--lang', lang],
      ['evaluate', 'examples/enterprises.csv', '--period', '2015', '--variables', 'size_clas', '--lang', lang],
      ['evaluate', 'examples/enterprises.csv', '--period', '2015', '--variables', 'loan_contract_stamp_duty', '--lang', lang],
      ['evaluate', 'examples/enterprises.csv', '--period', '2015', '--variables', 'size_class', '--entity', 'planet', '--lang', lang],
      ['evaluate', 'examples/enterprises.csv', '--period', '1990', '--variables', 'corporate_income_tax', '--lang', lang],
      ['classify', 'examples/enterprises.csv', '--period', '20x5', '--lang', lang],
      ['entitlements', 'examples/enterprises.csv', '--period', '1990', '--lang', lang],
      ['evaluate', 'examples/enterprises.csv', '--period', '2015', '--variables', ' , ', '--lang', lang],
    ]);
    await expect(await all(cases)).toMatchFileSnapshot('./__snapshots__/adapters/unusual-inputs.txt');
  });
});
