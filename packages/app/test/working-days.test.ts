/**
 * Working days on the Chinese calendar at the bounds of the 2026 National Day holiday (10-01 to 10-07 off;
 * Sunday 09-20 and Saturday 10-10 make-up workdays) and of a year the calendar has no notice for yet.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarCovers, chinaDay, isWorkingDay, workingDaysBetween } from '../src/index.ts';

describe('working days', () => {
  it('knows the 2026 National Day holiday and its make-up workdays, day before, of and after', () => {
    expect(isWorkingDay('2026-09-30')).toBe(true); // Wednesday before
    expect(isWorkingDay('2026-10-01')).toBe(false); // National Day
    expect(isWorkingDay('2026-10-07')).toBe(false); // last day off
    expect(isWorkingDay('2026-10-08')).toBe(true); // Thursday after
    expect(isWorkingDay('2026-10-10')).toBe(true); // make-up Saturday
    expect(isWorkingDay('2026-10-11')).toBe(false); // an ordinary Sunday
    expect(isWorkingDay('2026-09-20')).toBe(true); // make-up Sunday
    expect(isWorkingDay('2026-09-19')).toBe(false); // an ordinary Saturday
  });

  it('counts N working days from the day after the start, over the holiday', () => {
    expect(addWorkingDays('2026-09-29', 1)).toEqual({ date: '2026-09-30', estimated: false });
    expect(addWorkingDays('2026-09-30', 1)).toEqual({ date: '2026-10-08', estimated: false });
    expect(addWorkingDays('2026-09-30', 2)).toEqual({ date: '2026-10-09', estimated: false });
    expect(addWorkingDays('2026-09-30', 3)).toEqual({ date: '2026-10-10', estimated: false });
    expect(addWorkingDays('2026-09-30', 4)).toEqual({ date: '2026-10-12', estimated: false });
    expect(addWorkingDays('2026-10-01', 1)).toEqual({ date: '2026-10-08', estimated: false });
    expect(addWorkingDays('2026-09-30', 0)).toEqual({ date: '2026-09-30', estimated: false });
    expect(workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(workingDaysBetween('2026-10-10', '2026-09-30')).toBe(-3);
    expect(workingDaysBetween('2026-10-01', '2026-10-07')).toBe(0);
  });

  it('counts Monday to Friday in a year without the notice, and says the deadline is estimated', () => {
    expect(calendarCovers(2026)).toBe(true);
    expect(calendarCovers(2099)).toBe(false);
    expect(addWorkingDays('2026-12-30', 1)).toEqual({ date: '2026-12-31', estimated: false });
    // 2027 is not in the calendar yet: Friday 01-01 counted as a working day, flagged.
    expect(addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-01', estimated: true });
    expect(addWorkingDays('2026-12-31', 2)).toEqual({ date: '2027-01-04', estimated: true });
  });

  it('refuses days that are not calendar days and negative counts', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-10-01', -1)).toThrow(RangeError);
  });

  it('takes the day in China for an instant', () => {
    expect(chinaDay('2026-09-30T15:59:59.999Z')).toBe('2026-09-30');
    expect(chinaDay('2026-09-30T16:00:00.000Z')).toBe('2026-10-01');
  });
});
