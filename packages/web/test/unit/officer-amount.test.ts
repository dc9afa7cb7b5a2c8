import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/pages/officer/shared/format.ts';

describe("the officer pages' amounts", () => {
  it('show fen whenever there are any, exactly, and a dash for none', () => {
    expect(formatAmount(1842.7, 'en')).toBe('1,842.70');
    expect(formatAmount(1842.01, 'zh-CN')).toBe('1,842.01');
    expect(formatAmount(800000, 'zh-CN')).toBe('800,000');
    expect(formatAmount(0.1 + 0.2, 'ko')).toBe('0.30');
    expect(formatAmount(null, 'en')).toBe('—');
    expect(formatAmount(undefined, 'en')).toBe('—');
  });
});
