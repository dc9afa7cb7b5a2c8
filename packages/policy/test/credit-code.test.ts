import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_WEIGHTS, creditCodeCheckCharacter, isCreditCode, readCreditCode } from '../src/identifiers/index.ts';

// Codes in the published format of GB 32100-2015 (registration authority 9 = market regulation, type 1 =
// enterprise, region, organisation code, check character).
const VALID = ['91350100M000100Y43', '91350200776049653A', '913502000728319549', '9135021359498494XQ', '91440101MA5CJQ4N59'];

describe('unified social credit code (GB 32100-2015)', () => {
  it('weights are 3^(i-1) mod 31', () => {
    expect(CREDIT_CODE_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });

  it('accepts codes with a right check character', () => {
    for (const code of VALID) expect(readCreditCode(code)).toEqual({ ok: true, code });
  });

  it('computes the check character of 91350100M000100Y4: 31 − (1640 mod 31) = 3', () => {
    // 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24 + 0·10 + Y(30)·30 + 4·28
    // = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → '3'
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('a check result of 31 is 0', () => {
    // Find a 17-character body whose weighted sum is a multiple of 31 by varying the 17th character.
    const body = '9137020000000000';
    const zero = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].find((c) => creditCodeCheckCharacter(body + c) === '0');
    expect(zero).toBeDefined();
    expect(isCreditCode(`${body}${zero}0`)).toBe(true);
  });

  it('refuses every wrong check character, naming the right one', () => {
    for (const code of VALID) {
      for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
        if (c === code[17]) continue;
        const reading = readCreditCode(code.slice(0, 17) + c);
        expect(reading.ok).toBe(false);
        if (!reading.ok) {
          expect(reading.problem.code).toBe('credit_code_check');
          expect(reading.problem.message.en).toContain(`gives "${code[17]}"`);
          expect(reading.problem.message['zh-CN']).toContain('校验码');
          expect(reading.problem.message.ko).toContain('검증');
        }
      }
    }
  });

  it('reads lower case and full-width characters as the capitals, trimmed', () => {
    expect(readCreditCode('91350100m000100y43')).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(readCreditCode('  ９１３５０１００Ｍ０００１００Ｙ４３ ')).toEqual({ ok: true, code: '91350100M000100Y43' });
  });

  it('refuses I, O, Z, S and V (not in the character set) at their position', () => {
    for (const bad of ['I', 'O', 'Z', 'S', 'V', 'i', 'o']) {
      const reading = readCreditCode(`91350100${bad}000100Y43`);
      expect(reading.ok).toBe(false);
      if (!reading.ok) {
        expect(reading.problem.code).toBe('credit_code_character');
        expect(reading.problem.message.en).toContain(`character 9, "${bad.toUpperCase()}"`);
      }
    }
    const hyphen = readCreditCode('91350100-000100Y43');
    expect(!hyphen.ok && hyphen.problem.code).toBe('credit_code_character');
  });

  it('refuses 17 and 19 characters, and nothing', () => {
    const short = readCreditCode('91350100M000100Y4');
    expect(!short.ok && short.problem.code).toBe('credit_code_length');
    expect(!short.ok && short.problem.message.en).toContain('has 17');
    const long = readCreditCode('91350100M000100Y433');
    expect(!long.ok && long.problem.code).toBe('credit_code_length');
    expect(!long.ok && long.problem.message['zh-CN']).toContain('19 位');
    for (const empty of ['', '   ', undefined, null, 42]) expect(readCreditCode(empty).ok).toBe(false);
  });

  it('refuses letters where the region code goes', () => {
    const body = '91A50100M000100Y4';
    const reading = readCreditCode(body + creditCodeCheckCharacter(body));
    expect(!reading.ok && reading.problem.code).toBe('credit_code_region');
  });
});
