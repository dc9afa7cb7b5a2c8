import { describe, expect, it } from 'vitest';
import {
  fenOf,
  formatCount,
  formatDate,
  formatDateTime,
  formatFen,
  formatNumber,
  formatPercent,
  formatYuan,
  industryGroupName,
  sizeClassName,
} from '../src/format/index.ts';
import { INDUSTRY_GROUPS, SIZE_CLASSES } from '../src/model-api.ts';

describe('money', () => {
  it('integer fen with separators, exact to the fen, in every language', () => {
    expect(formatFen(123456789, 'zh-CN')).toBe('1,234,567.89');
    expect(formatFen(123456789, 'ko')).toBe('1,234,567.89');
    expect(formatFen(123456789, 'en')).toBe('1,234,567.89');
    expect(formatFen(1, 'en')).toBe('0.01');
    expect(formatFen(99, 'en')).toBe('0.99');
    expect(formatFen(100, 'en')).toBe('1.00');
    expect(formatFen(-100001, 'en')).toBe('-1,000.01');
    // Beyond a float's exact cents: 2^53 - 1 fen keeps every digit.
    expect(formatFen(9007199254740991, 'en')).toBe('90,071,992,547,409.91');
    expect(() => formatFen(1.5, 'en')).toThrow(RangeError);
  });
  it('fen only when there are any, and the currency word, on request', () => {
    expect(formatFen(3000000, 'zh-CN', { fen: 'auto', unit: true })).toBe('30,000 元');
    expect(formatFen(3000001, 'ko', { fen: 'auto', unit: true })).toBe('30,000.01위안');
    expect(formatFen(3000000, 'en', { unit: true })).toBe('30,000.00 yuan');
  });
  it('yuan from the API (number or decimal text) rounded to the fen', () => {
    expect(formatYuan(0.1 + 0.2, 'en')).toBe('0.30');
    expect(formatYuan('1234.5', 'en')).toBe('1,234.50');
    expect(fenOf('-0.07')).toBe(-7);
    expect(fenOf('12')).toBe(1200);
    expect(() => fenOf('12,3')).toThrow(RangeError);
  });
});

describe('percent, numbers and counts', () => {
  it('at most two decimals, trailing zeros dropped', () => {
    expect(formatPercent(0.06, 'zh-CN')).toBe('6%');
    expect(formatPercent(0.0601, 'en')).toBe('6.01%');
    expect(formatPercent(0.123456, 'ko')).toBe('12.35%');
    expect(formatPercent('0.1', 'en')).toBe('10%');
    expect(formatPercent(null, 'en')).toBe('—');
    expect(formatPercent(0.123456, 'en', 4)).toBe('12.3456%');
  });
  it('scores and counts with separators', () => {
    expect(formatNumber(71.234567891, 'zh-CN', 2)).toBe('71.23');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(undefined, 'en')).toBe('—');
  });
  it('one and many in English, one form in Chinese and Korean', () => {
    const nouns = { 'zh-CN': '项', ko: '개', en: { one: 'measure', other: 'measures' } };
    expect(formatCount(0, 'en', nouns)).toBe('0 measures');
    expect(formatCount(1, 'en', nouns)).toBe('1 measure');
    expect(formatCount(2, 'en', nouns)).toBe('2 measures');
    expect(formatCount(1, 'zh-CN', nouns)).toBe('1 项');
    expect(formatCount(1200, 'ko', nouns)).toBe('1,200개');
  });
});

describe('dates and times', () => {
  it('a calendar date in the long form of the language', () => {
    expect(formatDate('2026-12-07', 'zh-CN')).toBe('2026年12月7日');
    expect(formatDate('2026-12-07', 'ko')).toBe('2026년 12월 7일');
    expect(formatDate('2026-12-07', 'en')).toBe('December 7, 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
  it('an instant in China Standard Time by default, in another zone on request — never the raw ISO text', () => {
    expect(formatDateTime('2026-12-07T08:28:43.349Z', 'zh-CN')).toBe('2026年12月7日 16:28');
    // The day turns at 16:00 UTC in Beijing: the minute before and of.
    expect(formatDateTime('2026-12-07T15:59:59Z', 'zh-CN')).toBe('2026年12月7日 23:59');
    expect(formatDateTime('2026-12-07T16:00:00Z', 'zh-CN')).toBe('2026年12月8日 00:00');
    expect(formatDateTime('2026-12-07T08:28:43.349Z', 'ko')).toBe('2026년 12월 7일 16:28');
    expect(formatDateTime('2026-12-07T08:28:43.349Z', 'en', 'UTC')).toBe('December 7, 2026 at 08:28');
    expect(formatDateTime(null, 'en')).toBe('—');
  });
});

describe('names', () => {
  it('every size class and industry group has a name in every language; Chinese and Korean names carry no Latin letter', () => {
    for (const lang of ['zh-CN', 'ko', 'en'] as const) {
      for (const c of SIZE_CLASSES) expect(sizeClassName(c, lang)).toBeTruthy();
      for (const g of INDUSTRY_GROUPS) expect(industryGroupName(g, lang)).toBeTruthy();
    }
    for (const lang of ['zh-CN', 'ko'] as const) {
      for (const c of SIZE_CLASSES) expect(sizeClassName(c, lang)).not.toMatch(/[A-Za-z]/);
      for (const g of INDUSTRY_GROUPS) expect(industryGroupName(g, lang)).not.toMatch(/[A-Za-z]/);
    }
    expect(sizeClassName('small', 'zh-CN')).toBe('小型');
    expect(industryGroupName('agriculture', 'zh-CN')).toBe('农、林、牧、渔业');
    expect(industryGroupName('unknown', 'zh-CN')).toBe('unknown');
  });
});
