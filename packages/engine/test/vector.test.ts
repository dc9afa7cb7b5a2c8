import { describe, expect, it } from 'vitest';
import { Arena, vector, withAllocator } from '../src/index.ts';

const f = (...xs: number[]) => Float64Array.from(xs);
const u = (...xs: number[]) => Uint8Array.from(xs);

describe('vector helpers', () => {
  const a = f(1, 5, 3, -2);
  const b = f(2, 5, 1, -2);

  it('comparisons against a column or a scalar', () => {
    expect(vector.gte(a, b)).toEqual(u(0, 1, 1, 1));
    expect(vector.gt(a, b)).toEqual(u(0, 0, 1, 0));
    expect(vector.lte(a, b)).toEqual(u(1, 1, 0, 1));
    expect(vector.lt(a, b)).toEqual(u(1, 0, 0, 0));
    expect(vector.eq(a, b)).toEqual(u(0, 1, 0, 1));
    expect(vector.gte(a, 3)).toEqual(u(0, 1, 1, 0));
    expect(vector.gt(a, 3)).toEqual(u(0, 1, 0, 0));
    expect(vector.lte(a, 3)).toEqual(u(1, 0, 1, 1));
    expect(vector.lt(a, 3)).toEqual(u(1, 0, 0, 1));
    expect(vector.eq(a, -2)).toEqual(u(0, 0, 0, 1));
  });

  it('logic', () => {
    const p = u(1, 1, 0, 0);
    const q = u(1, 0, 1, 0);
    const r = u(1, 1, 1, 0);
    expect(vector.and(p, q)).toEqual(u(1, 0, 0, 0));
    expect(vector.and(p, r, u(1, 1, 1, 1))).toEqual(u(1, 1, 0, 0));
    expect(vector.and(p)).toEqual(p);
    expect(vector.or(p, q)).toEqual(u(1, 1, 1, 0));
    expect(vector.or(u(0, 0, 0, 0), q, u(0, 0, 0, 0))).toEqual(q);
    expect(vector.not(p)).toEqual(u(0, 0, 1, 1));
    expect(vector.and(p, q)).not.toBe(p);
  });

  it('where and whereU8 with columns and scalars', () => {
    const c = u(1, 0, 1, 0);
    expect(vector.where(c, a, b)).toEqual(f(1, 5, 3, -2));
    expect(vector.where(c, 7, b)).toEqual(f(7, 5, 7, -2));
    expect(vector.where(c, a, 0)).toEqual(f(1, 0, 3, 0));
    expect(vector.where(c, 1.5, -1)).toEqual(f(1.5, -1, 1.5, -1));
    expect(vector.whereU8(c, u(9, 9, 9, 9), u(4, 5, 6, 7))).toEqual(u(9, 5, 9, 7));
    expect(vector.whereU8(c, 2, u(4, 5, 6, 7))).toEqual(u(2, 5, 2, 7));
    expect(vector.whereU8(c, u(9, 8, 7, 6), 0)).toEqual(u(9, 0, 7, 0));
    expect(vector.whereU8(c, 1, 0)).toEqual(c);
  });

  it('selectU8 takes the first condition that holds', () => {
    const large = u(1, 0, 0, 1, 0);
    const medium = u(1, 1, 0, 0, 0);
    const small = u(0, 1, 1, 1, 0);
    expect(vector.selectU8([large, medium, small], [0, 1, 2], 3)).toEqual(u(0, 1, 2, 0, 3));
    expect(vector.selectU8([], [], 3)).toEqual(u());
  });

  it('arithmetic, column with column and with scalars', () => {
    expect(vector.add(a, b)).toEqual(f(3, 10, 4, -4));
    expect(vector.add(a, 1)).toEqual(f(2, 6, 4, -1));
    expect(vector.add(1, a)).toEqual(f(2, 6, 4, -1));
    expect(vector.sub(a, b)).toEqual(f(-1, 0, 2, 0));
    expect(vector.sub(10, a)).toEqual(f(9, 5, 7, 12));
    expect(vector.sub(a, 10)).toEqual(f(-9, -5, -7, -12));
    expect(vector.mul(a, b)).toEqual(f(2, 25, 3, 4));
    expect(vector.mul(a, 3)).toEqual(f(3, 15, 9, -6));
    expect(vector.max(a, b)).toEqual(f(2, 5, 3, -2));
    expect(vector.max(a, 0)).toEqual(f(1, 5, 3, 0));
    expect(vector.min(a, b)).toEqual(f(1, 5, 1, -2));
    expect(vector.min(4, a)).toEqual(f(1, 4, 3, -2));
    // Money stays exact in fen: 0.1 + 0.2 yuan.
    expect(vector.add(f(10), f(20))).toEqual(f(30));
  });

  it('mulRate rounds once to the fen, half away from zero', () => {
    expect(vector.mulRate(f(12_345, 5, -5, 15, -15, 0, 99_999_999_999_999), 0.1)).toEqual(f(1235, 1, -1, 2, -2, 0, 10_000_000_000_000));
    expect(vector.mulRate(f(100_000), 0.00005)).toEqual(f(5));
    expect(vector.mulRate(f(333), 0.15)).toEqual(f(50));
    expect(vector.mulRate(f(3), 0.5)).toEqual(f(2));
    expect(vector.mulRate(f(1_000_000), 1.5)).toEqual(f(1_500_000));
  });

  it('mulRatio with scalar or per-member ratios', () => {
    expect(vector.mulRatio(f(100, 200, 300), 1, 3)).toEqual(f(33, 67, 100));
    expect(vector.mulRatio(f(100, 200, 300), f(1, 1, 2), f(2, 3, 3))).toEqual(f(50, 67, 200));
    expect(vector.mulRatio(f(-100, 5), 1, f(3, 2))).toEqual(f(-33, 3));
  });

  it('gather, isIn, enumIs, toNum, sum, fill, fillBool', () => {
    expect(vector.gather([10, 20, 30], u(2, 0, 1, 2))).toEqual(f(30, 10, 20, 30));
    expect(vector.gather(f(1.5, 2.5), u(1, 1, 0))).toEqual(f(2.5, 2.5, 1.5));
    expect(vector.isIn(u(0, 1, 2, 3, 255), [1, 3, 255])).toEqual(u(0, 1, 0, 1, 1));
    expect(vector.isIn(u(0, 1), [])).toEqual(u(0, 0));
    expect(vector.enumIs(u(0, 1, 2, 1), 1)).toEqual(u(0, 1, 0, 1));
    expect(vector.toNum(u(1, 0, 1))).toEqual(f(1, 0, 1));
    expect(vector.sum(f(1, 2, 3.5))).toBe(6.5);
    expect(vector.sum(u(1, 1, 0))).toBe(2);
    expect(vector.fill(3, 7)).toEqual(f(7, 7, 7));
    expect(vector.fillBool(2, true)).toEqual(u(1, 1));
    expect(vector.fillBool(2, false)).toEqual(u(0, 0));
  });

  it('encode codes texts once per distinct text and reports the row of a text it cannot code', () => {
    const seen: string[] = [];
    const lookup = (t: string) => {
      seen.push(t);
      return ['a', 'b', 'c'].indexOf(t);
    };
    const fail = (row: number, text: string): never => {
      throw new Error(`row ${row}: ${text}`);
    };
    expect(vector.encode(['b', 'a', 'b', 'c', 'a'], lookup, fail)).toEqual(u(1, 0, 1, 2, 0));
    expect(seen).toEqual(['b', 'a', 'c']);
    expect(() => vector.encode(['a', 'x', 'x'], lookup, fail)).toThrow('row 1: x');
  });

  it('never modify their inputs', () => {
    const x = f(1, 2, 3);
    const c = u(1, 0, 1);
    const copyX = x.slice();
    const copyC = c.slice();
    vector.add(x, 1);
    vector.where(c, x, 0);
    vector.and(c, u(0, 0, 0));
    vector.or(c, u(1, 1, 1));
    vector.not(c);
    vector.mulRate(x, 0.5);
    vector.max(x, 10);
    expect(x).toEqual(copyX);
    expect(c).toEqual(copyC);
  });

  it('work on empty columns', () => {
    expect(vector.add(f(), f())).toEqual(f());
    expect(vector.where(u(), 1, 0)).toEqual(f());
    expect(vector.and(u(), u())).toEqual(u());
    expect(vector.mulRate(f(), 0.2)).toEqual(f());
  });
});

describe('Arena', () => {
  it('hands out the same buffers again after reset, fresh ones for other lengths', () => {
    const arena = new Arena(3);
    const first = withAllocator(arena, () => [vector.fill(3, 1), vector.fill(3, 2), vector.fillBool(3, true)]);
    expect(first[0]).toEqual(f(1, 1, 1));
    expect(first[0]).not.toBe(first[1]);
    arena.reset();
    const second = withAllocator(arena, () => [vector.fill(3, 5), vector.fill(3, 6), vector.fill(4, 0)]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]).toHaveLength(4);
    // Reused buffers are fully overwritten, so stale values never leak into a result.
    arena.reset();
    const dirty = withAllocator(arena, () => vector.and(u(1, 0, 1), u(1, 1, 0)));
    expect(dirty).toEqual(u(1, 0, 0));
    arena.reset();
    expect(withAllocator(arena, () => vector.selectU8([u(0, 0, 0)], [1], 2))).toEqual(u(2, 2, 2));
  });

  it('withAllocator restores the previous allocator, also after an error', () => {
    const arena = new Arena(2);
    expect(() =>
      withAllocator(arena, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    const a = vector.fill(2, 1);
    const b = vector.fill(2, 1);
    expect(a).not.toBe(b);
    arena.reset();
    const inner = withAllocator(arena, () => withAllocator(new Arena(2), () => vector.fill(2, 1)));
    arena.reset();
    expect(withAllocator(arena, () => vector.fill(2, 9))).not.toBe(inner);
  });
});

describe('absent values (NaN: an input declared without a default, not given)', () => {
  it('isGiven marks given values', () => {
    expect(vector.isGiven(Float64Array.of(0, Number.NaN, -1))).toEqual(Uint8Array.of(1, 0, 1));
  });

  it('meetsAllGiven: met, failed by a given value, or undecided; a bound of 0 is met by an absent value', () => {
    const a = Float64Array.of(5, 5, Number.NaN, 4, Number.NaN);
    const b = Float64Array.of(10, Number.NaN, 10, Number.NaN, Number.NaN);
    const keys = Uint8Array.of(0, 0, 0, 0, 1);
    // Category 0 bounds a ≥ 5 and b ≥ 10; category 1 bounds nothing (0).
    const { met, failed } = vector.meetsAllGiven([a, b], [Float64Array.of(5, 0), Float64Array.of(10, 0)], keys);
    expect(met).toEqual(Uint8Array.of(1, 0, 0, 0, 1));
    expect(failed).toEqual(Uint8Array.of(0, 0, 0, 1, 0));
  });

  it('meetsAllGiven starts from clean buffers when an arena reuses them', () => {
    const arena = new Arena(2);
    const run = (v: Float64Array) =>
      withAllocator(arena, () => {
        arena.reset();
        return Array.from(vector.meetsAllGiven([v], [Float64Array.of(5)], Uint8Array.of(0, 0)).failed);
      });
    expect(run(Float64Array.of(1, 1))).toEqual([1, 1]);
    expect(run(Float64Array.of(9, Number.NaN))).toEqual([0, 0]);
  });
});
