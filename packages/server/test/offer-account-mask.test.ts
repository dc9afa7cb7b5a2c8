import { describe, expect, it } from 'vitest';
import { maskedAccountNumber } from '../src/routes/offers/offer-json.ts';

describe('an account number shown to a reader who does not pay', () => {
  it('keeps the last four characters and hides the rest, whatever the length', () => {
    expect(maskedAccountNumber('6216610000002222333')).toBe('***************2333');
    expect(maskedAccountNumber('12345')).toBe('*2345');
    expect(maskedAccountNumber('1234')).toBe('****');
    expect(maskedAccountNumber('')).toBe('');
  });
});
