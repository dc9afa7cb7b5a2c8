import { describe, expect, it } from 'vitest';
import { percentTextFromRate, rateFromPercentText } from '../../src/pages/procurement/tenders/tender/percent.ts';

describe('tender rates typed as percentages', () => {
  it('reads a percentage as the decimal rate, exactly', () => {
    expect(rateFromPercentText('8')).toBe('0.08');
    expect(rateFromPercentText('8%')).toBe('0.08');
    expect(rateFromPercentText(' 10 ')).toBe('0.1');
    expect(rateFromPercentText('6.5')).toBe('0.065');
    expect(rateFromPercentText('5.99')).toBe('0.0599');
    expect(rateFromPercentText('2,5')).toBe('0.025');
    expect(rateFromPercentText('100')).toBe('1');
    expect(rateFromPercentText('0')).toBe('0');
    // Not a number: passed on for the server to refuse with its own message.
    expect(rateFromPercentText('eight')).toBe('eight');
    expect(rateFromPercentText('-8')).toBe('-8');
  });
  it('shows a stored rate as the percentage to type', () => {
    expect(percentTextFromRate('0.08')).toBe('8');
    expect(percentTextFromRate('0.1')).toBe('10');
    expect(percentTextFromRate('0.065')).toBe('6.5');
    expect(percentTextFromRate('0.0599')).toBe('5.99');
    expect(percentTextFromRate('1')).toBe('100');
    expect(percentTextFromRate(null)).toBe('');
    for (const r of ['0.06', '0.0601', '0.1', '0.03', '0.025']) expect(rateFromPercentText(percentTextFromRate(r))).toBe(r);
  });
});
