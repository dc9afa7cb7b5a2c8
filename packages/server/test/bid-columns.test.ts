import { describe, expect, it } from 'vitest';
import { columnOf, percentToDecimal, readClass, readMembers, readProducts, readYesNo } from '../src/routes/tenders/bid-columns.ts';

/** The cells of a bid import that are more than text: headers in any language, classes, yes/no, declarations, shares. */
describe('bid import cells', () => {
  it('finds a column by its header in any of the three languages', () => {
    expect(columnOf('投标报价（元）')).toBe('price');
    expect(columnOf('입찰가(위안)')).toBe('price');
    expect(columnOf(' Price (yuan) ')).toBe('price');
    expect(columnOf('price')).toBe('price');
    expect(columnOf('价格')).toBeUndefined();
  });

  it('reads a class in any language, empty as no declaration', () => {
    expect(readClass('小型')).toEqual({ ok: true, value: 'small' });
    expect(readClass('영세기업')).toEqual({ ok: true, value: 'micro' });
    expect(readClass('Medium')).toEqual({ ok: true, value: 'medium' });
    expect(readClass('')).toEqual({ ok: true, value: null });
    expect(readClass('巨型')).toMatchObject({ ok: false });
    expect(readYesNo('否', true)).toEqual({ ok: true, value: false });
    expect(readYesNo('', true)).toEqual({ ok: true, value: true });
    expect(readYesNo('maybe', true)).toMatchObject({ ok: false });
  });

  it('turns percentages into exact decimals by moving the point, never through binary arithmetic', () => {
    expect(percentToDecimal('30%')).toBe('0.3');
    expect(percentToDecimal('29.99%')).toBe('0.2999');
    expect(percentToDecimal('30.01%')).toBe('0.3001');
    expect(percentToDecimal('7%')).toBe('0.07');
    expect(percentToDecimal('0.5%')).toBe('0.005');
    expect(percentToDecimal('100%')).toBe('1');
    expect(percentToDecimal('0.3')).toBe('0.3');
    expect(percentToDecimal('thirty')).toBeUndefined();
    expect(percentToDecimal('-5%')).toBeUndefined();
  });

  it('reads declarations of products and members, and names the entry that is wrong', () => {
    expect(readProducts('甲|XW-1|小型|否；乙||micro', 'en')).toEqual({
      ok: true,
      value: [
        { manufacturerName: '甲', manufacturerId: 'XW-1', sizeClass: 'small', largeTrademark: false },
        { manufacturerName: '乙', manufacturerId: null, sizeClass: 'micro', largeTrademark: false },
      ],
    });
    expect(readMembers('A|X|large|60%;B||micro|0.4', 'en')).toEqual({
      ok: true,
      value: [
        { name: 'A', memberId: 'X', sizeClass: 'large', share: '0.6' },
        { name: 'B', memberId: null, sizeClass: 'micro', share: '0.4' },
      ],
    });
    const bad = readMembers('A|X|large|60%;B||micro', 'en');
    expect(bad).toMatchObject({ ok: false });
    expect(bad.ok ? '' : bad.message.en).toMatch(/^entry 2 "B\|\|micro" must be written each "member name/);
    expect(readProducts('', 'en')).toEqual({ ok: true, value: [] });
  });
});
