import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatOfficialMoney,
  formatPercent,
  formatWan,
  formatYuan,
  inputFromYuan,
  yuanFromInput,
} from '../../src/i18n/format.ts';

describe('money and numbers per locale', () => {
  it('yuan with thousands separators, fen only when there are any', () => {
    expect(formatYuan(30000, 'zh-CN')).toBe('30,000 元');
    expect(formatYuan(30000, 'ko')).toBe('30,000위안');
    expect(formatYuan(30000, 'en')).toBe('30,000 yuan');
    expect(formatYuan(1234567.5, 'zh-CN')).toBe('1,234,567.50 元');
    expect(formatYuan(0.1 + 0.2, 'en')).toBe('0.30 yuan');
    expect(formatYuan(0, 'zh-CN')).toBe('0 元');
  });

  it('万元 where officials expect it, exact to the yuan; English keeps yuan', () => {
    expect(formatWan(20_000_000, 'zh-CN')).toBe('2,000 万元');
    expect(formatWan(19_999_999, 'zh-CN')).toBe('1,999.9999 万元');
    expect(formatWan(123.45, 'zh-CN')).toBe('0.012345 万元');
    expect(formatWan(3_000_000, 'ko')).toBe('300만 위안');
    expect(formatWan(20_000_000, 'en')).toBe('20,000,000 yuan');
    expect(formatOfficialMoney(9_999, 'zh-CN')).toBe('9,999 元');
    expect(formatOfficialMoney(50_000, 'zh-CN')).toBe('5 万元');
  });

  it('counts, dates and shares', () => {
    expect(formatCount(1000, 'zh-CN')).toBe('1,000 人');
    expect(formatCount(20, 'ko')).toBe('20명');
    expect(formatCount(20, 'en')).toBe('20');
    expect(formatCount(12.5, 'zh-CN')).toBe('12.5 人');
    expect(formatCount(25 / 24, 'ko')).toBe('1.04명');
    expect(formatDate('2015-10-01', 'zh-CN')).toBe('2015年10月1日');
    expect(formatDate('2015-10-01', 'en')).toBe('October 1, 2015');
    expect(formatDate('2015-10-01', 'ko')).toBe('2015년 10월 1일');
    expect(formatPercent(0.2, 'en')).toBe('20%');
  });

  it('reads typed amounts exactly, in yuan or in 万元 (no binary-float multiplication)', () => {
    expect(yuanFromInput('1999.9999', 'wan')).toBe(19_999_999);
    expect(yuanFromInput('0.01', 'wan')).toBe(100);
    expect(yuanFromInput('12.345678', 'wan')).toBe(123456.78);
    expect(yuanFromInput('1,234.5', 'yuan')).toBe(1234.5);
    expect(yuanFromInput('2,000', 'wan')).toBe(20_000_000);
    expect(yuanFromInput('abc', 'yuan')).toBeUndefined();
    expect(yuanFromInput('-5', 'yuan')).toBeUndefined();
    expect(yuanFromInput('', 'yuan')).toBeUndefined();
    expect(inputFromYuan(19_999_999, 'wan')).toBe('1999.9999');
    expect(inputFromYuan(500, 'wan')).toBe('0.05');
    expect(inputFromYuan(20_000_000, 'wan')).toBe('2000');
    expect(inputFromYuan(123456.78, 'wan')).toBe('12.345678');
    for (const y of [0, 1, 99.99, 10_000, 123_456_789.12]) expect(yuanFromInput(inputFromYuan(y, 'wan'), 'wan')).toBe(y);
  });
});
