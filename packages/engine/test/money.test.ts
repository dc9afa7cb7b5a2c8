import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyGrouped, MAX_MONEY_MAJOR, mulRational, parseMoney, toRational, vector } from '../src/index.ts';
import { mulberry32, randInt } from './helpers/toy.ts';

/** `amount × num / den` rounded half away from zero, computed with BigInt (the reference). */
function reference(amount: number, num: number, den: number): number {
  const product = BigInt(amount) * BigInt(num);
  const negative = product < 0n;
  const abs = negative ? -product : product;
  const d = BigInt(den);
  const q = (2n * abs + d) / (2n * d);
  return Number(negative ? -q : q);
}

/** A random integer amount of fen up to about 10^15 (10^13 yuan), any magnitude, either sign. */
function randomAmount(rand: () => number): number {
  const digits = randInt(rand, 0, 15);
  const big = Math.floor(rand() * 1e7) * 1e8 + Math.floor(rand() * 1e8);
  const a = big % 10 ** digits;
  return a !== 0 && rand() < 0.3 ? -a : a;
}

describe('parseMoney', () => {
  it.each([
    ['399999999.99', 39_999_999_999],
    ['1,000.5', 100_050],
    ['1,000', 100_000],
    ['0.05', 5],
    ['0.5', 50],
    ['12', 1200],
    ['1.230', 123],
    ['  7.1  ', 710],
    ['+3', 300],
    ['-12.34', -1234],
    ['-0.01', -1],
    ['1000000000000', 100_000_000_000_000],
    ['999999999999.99', 99_999_999_999_999],
    ['10000000000000', 1_000_000_000_000_000],
  ])('%j → %d fen', (text, fen) => {
    expect(parseMoney(text)).toBe(fen);
  });

  it('takes numbers as written in YAML and JSON', () => {
    expect(parseMoney(0.05)).toBe(5);
    expect(parseMoney(1234.5)).toBe(123_450);
    expect(parseMoney(399_999_999.99)).toBe(39_999_999_999);
    expect(parseMoney(1e12)).toBe(1e14);
    expect(parseMoney(-2.5)).toBe(-250);
    expect(parseMoney(1e5)).toBe(10_000_000);
  });

  it.each(['1.234', '0.001', '1e5', '1E5', 'abc', '', '.5', '5.', '1.2.3', '¥5', '5元', '--5', '10000000000001', 'NaN', 'Infinity'])(
    '%j is not an amount',
    (text) => {
      expect(parseMoney(text)).toBeUndefined();
    },
  );

  it('rejects numbers that are not two-decimal amounts', () => {
    expect(parseMoney(0.1 + 0.2)).toBeUndefined();
    expect(parseMoney(1e21)).toBeUndefined();
    expect(parseMoney(Number.NaN)).toBeUndefined();
    expect(parseMoney(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(parseMoney(MAX_MONEY_MAJOR * 10)).toBeUndefined();
  });

  it('is exact for 10^12 yuan and every cent below it', () => {
    expect(parseMoney('1000000000000.01')).toBe(100_000_000_000_001);
    expect(parseMoney('999999999999.99') ?? 0).toBe(1e14 - 1);
    expect(Number.isSafeInteger(parseMoney('10000000000000.99'))).toBe(true);
  });
});

describe('formatMoney', () => {
  it.each([
    [0, '0'],
    [5, '0.05'],
    [10, '0.1'],
    [50, '0.5'],
    [100, '1'],
    [123_450, '1234.5'],
    [123_456, '1234.56'],
    [-5, '-0.05'],
    [-123_450, '-1234.5'],
    [39_999_999_999, '399999999.99'],
    [1e14, '1000000000000'],
    [1e15 + 1, '10000000000000.01'],
  ])('%d fen → %j', (fen, text) => {
    expect(formatMoney(fen)).toBe(text);
  });

  it('groups thousands with two decimals for people', () => {
    expect(formatMoneyGrouped(1_234_567)).toBe('12,345.67');
    expect(formatMoneyGrouped(5)).toBe('0.05');
    expect(formatMoneyGrouped(-100_000_000)).toBe('-1,000,000.00');
  });

  it('round-trips with parseMoney, and reads back as the exact JSON number', () => {
    const rand = mulberry32(7);
    for (let k = 0; k < 3000; k++) {
      const fen = randomAmount(rand);
      const text = formatMoney(fen);
      expect(parseMoney(text)).toBe(fen);
      expect(/\.\d?0$/.test(text)).toBe(false);
      // Both are the double nearest to the same decimal, so equal exactly.
      expect(Number(text)).toBe(fen / 100);
    }
  });
});

describe('toRational', () => {
  it.each([
    [0.2, [2, 10]],
    [0.00005, [5, 100_000]],
    [0.0000001, [1, 10_000_000]],
    [0.15, [15, 100]],
    [0.025, [25, 1000]],
    [1, [1, 1]],
    [3, [3, 1]],
    [1.5, [15, 10]],
    [0, [0, 1]],
    [-0.2, [-2, 10]],
  ] as const)('%d → %j', (rate, expected) => {
    expect(toRational(rate)).toEqual(expected);
  });

  it('is exact for any decimal literal with up to 7 decimals', () => {
    const rand = mulberry32(11);
    for (let k = 0; k < 2000; k++) {
      const decimals = randInt(rand, 1, 7);
      const num = randInt(rand, 1, 10 ** decimals);
      const literal = Number(`${Math.floor(num / 10 ** decimals)}.${String(num % 10 ** decimals).padStart(decimals, '0')}`);
      const [n, d] = toRational(literal);
      // n/d is the literal: cross-multiplied over the common denominator.
      expect(n * (10 ** decimals / d)).toBe(num);
    }
  });
});

describe('mulRational', () => {
  it('rounds half away from zero', () => {
    expect(mulRational(5, 1, 10)).toBe(1);
    expect(mulRational(4, 1, 10)).toBe(0);
    expect(mulRational(15, 1, 10)).toBe(2);
    expect(mulRational(25, 1, 10)).toBe(3);
    expect(mulRational(-5, 1, 10)).toBe(-1);
    expect(mulRational(-4, 1, 10)).toBe(0);
    expect(mulRational(-15, 1, 10)).toBe(-2);
    expect(mulRational(5, -1, 10)).toBe(-1);
    expect(mulRational(-5, -1, 10)).toBe(1);
    expect(mulRational(1, 1, 3)).toBe(0);
    expect(mulRational(2, 1, 3)).toBe(1);
    expect(mulRational(200_050, 1, 3)).toBe(66_683);
    expect(mulRational(12_345, 2, 10)).toBe(2469);
    expect(mulRational(12_345, 0, 10)).toBe(0);
    expect(Object.is(mulRational(-1, 1, 10), 0)).toBe(true);
    expect(mulRational(1_000_000, 5, 100_000)).toBe(50);
    expect(mulRational(10_000, 5, 100_000)).toBe(1); // 0.5 fen
    expect(mulRational(9_999, 5, 100_000)).toBe(0); // 0.49995 fen
  });

  it('is exact near 10^14 fen', () => {
    expect(mulRational(99_999_999_999_999, 2, 10)).toBe(20_000_000_000_000);
    expect(mulRational(99_999_999_999_995, 1, 10)).toBe(10_000_000_000_000);
    expect(mulRational(99_999_999_999_994, 1, 10)).toBe(9_999_999_999_999);
    expect(mulRational(-99_999_999_999_995, 1, 10)).toBe(-10_000_000_000_000);
    expect(mulRational(100_000_000_000_003, 2_500_001, 10_000_000)).toBe(reference(100_000_000_000_003, 2_500_001, 10_000_000));
    expect(mulRational(2 ** 53 - 1, 1, 2)).toBe(2 ** 52);
    expect(mulRational(2 ** 53 - 1, 9_999_999, 10_000_000)).toBe(reference(2 ** 53 - 1, 9_999_999, 10_000_000));
  });

  it('agrees with a BigInt reference on thousands of random cases', () => {
    const rand = mulberry32(42);
    for (let k = 0; k < 5000; k++) {
      const amount = randomAmount(rand);
      const decimals = randInt(rand, 0, 7);
      const den = 10 ** decimals;
      const num = (rand() < 0.1 ? -1 : 1) * randInt(rand, 0, 3 * den);
      const got = mulRational(amount, num, den);
      const want = reference(amount, num, den);
      if (got !== want) expect({ amount, num, den, got }).toEqual({ amount, num, den, got: want });
    }
  });

  it('agrees with the reference for odd denominators (ratios)', () => {
    const rand = mulberry32(43);
    for (let k = 0; k < 3000; k++) {
      const amount = randomAmount(rand);
      const den = randInt(rand, 1, 1_000_000);
      const num = randInt(rand, 0, den);
      const got = mulRational(amount, num, den);
      const want = reference(amount, num, den);
      if (got !== want) expect({ amount, num, den, got }).toEqual({ amount, num, den, got: want });
    }
  });

  it('mulRate applies a float rate literal exactly', () => {
    const rand = mulberry32(44);
    for (let k = 0; k < 2000; k++) {
      const decimals = randInt(rand, 1, 7);
      const num = randInt(rand, 0, 10 ** decimals);
      const rate = Number((num / 10 ** decimals).toFixed(decimals));
      const amount = randomAmount(rand);
      const out = vector.mulRate(Float64Array.of(amount), rate);
      expect(out[0]).toBe(reference(amount, num, 10 ** decimals));
    }
  });
});
