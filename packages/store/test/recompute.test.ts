/**
 * The recompute of a registry where enterprises lack a core figure, on SQLite and PostgreSQL: those that
 * cannot be classified are stored with the reason (the figure's name), never as if the figure were 0; the
 * others get what they get alone; and the policy evaluates a bounded number of populations — the members a
 * check stops are set aside in one pass, not searched for by halving (≈ 2 per enterprise when all fail).
 */
import { randomUUID } from 'node:crypto';
import { getSystem } from '@xiaowei/policy';
import { describe, expect, it } from 'vitest';
import { type EnterpriseImportRow, evaluateYear, type Store } from '../src/index.ts';
import { dialects, migratedStore } from './dialects.ts';

const actor = 'u-recompute';
const N = 2000;
const YEAR = 2013;
// Industry (300号): small from 20 employees and 3 million yuan of revenue. With 12 million of revenue and no
// employee count the class is undecided between small and medium, so it needs the count; 0 employees would
// make it micro.
const REVENUE = 12_000_000_00;
const tag = () => `R${randomUUID().replace(/-/g, '').slice(0, 8)}`;
const num = (v: unknown) => Number(v);

for (const [name, make] of dialects('xw_test_recompute')) {
  describe(`recompute with missing core figures on ${name}`, () => {
    let store: Store;
    migratedStore(make, (s) => {
      store = s;
    });

    /** N enterprises of which those where `lacks(i)` have no employee count; the ids, in order. */
    const registry = async (lacks: (i: number) => boolean): Promise<string[]> => {
      const t = tag();
      const ids = Array.from({ length: N }, (_, i) => `${t}${String(i).padStart(4, '0')}`);
      const rows: EnterpriseImportRow[] = ids.map((id, i) => ({
        row: i + 2,
        id,
        name: `企业${i}`,
        regionCode: '370202',
        industry: 'C3311',
        year: YEAR,
        ...(lacks(i) ? {} : { employees: 80 }),
        revenueFen: REVENUE,
        totalAssetsFen: 9_000_000_00,
        taxableIncomeFen: 250_000_00,
        totalProfitFen: 250_000_00,
      }));
      await store.importEnterprises(rows, { actor, recompute: false, batchSize: N });
      return ids;
    };

    const stored = async (ids: readonly string[]) => {
      const rows = await store.db
        .selectFrom('entitlements')
        .select(['enterprise_id', 'size_class', 'total_support_value_fen', 'detail'])
        .where('enterprise_id', 'in', ids)
        .orderBy('enterprise_id')
        .execute();
      return rows.map((r) => ({
        id: r.enterprise_id,
        sizeClass: r.size_class,
        total: r.total_support_value_fen === null ? null : num(r.total_support_value_fen),
        detail: (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as { problems: { variable: string; message: string }[] },
      }));
    };

    // What one enterprise with the figures gets when evaluated alone.
    const alone = () =>
      evaluateYear(getSystem(), YEAR, [
        {
          enterpriseId: 'X',
          regionCode: '370202',
          industry: 'C3311',
          founded: null,
          employees: 80,
          revenueFen: REVENUE,
          totalAssetsFen: 9_000_000_00,
          taxableIncomeFen: 250_000_00,
          totalProfitFen: 250_000_00,
          restrictedIndustry: null,
          inputs: null,
          linked: [],
        },
      ])[0];

    for (const [what, lacks] of [
      ['all', () => true],
      ['half', (i: number) => i % 2 === 0],
    ] as const) {
      it(`${N} enterprises of which ${what} lack the employee count: the reason stored, the others computed, few populations`, async () => {
        const ids = await registry(lacks);
        const sizes: number[] = [];
        const result = await store.recomputeEntitlements({ enterpriseIds: ids }, { batchSize: N, onPopulation: (n) => sizes.push(n) });
        const lacking = ids.filter((_, i) => lacks(i)).length;
        expect(result).toMatchObject({ enterprises: N, years: N, incomplete: lacking });
        // Halving needed about 2 populations per enterprise that cannot be classified (≈ 4,000 when all lack it).
        expect(sizes.length).toBeGreaterThanOrEqual(1);
        expect(sizes.length).toBeLessThanOrEqual(4);
        expect(sizes[0]).toBe(N);

        const expected = alone();
        expect(expected.sizeClass).toBe('small');
        const rows = await stored(ids);
        expect(rows).toHaveLength(N);
        rows.forEach((r, i) => {
          if (lacks(i)) {
            // Never a 0 in place of the count (which would make it micro).
            expect(r.sizeClass, r.id).toBeNull();
            expect(r.detail.problems.find((p) => p.variable === 'size_class')?.message, r.id).toContain('employees is not given');
          } else {
            expect(r.sizeClass, r.id).toBe('small');
            expect(r.total, r.id).toBe(expected.totalSupportValueFen);
            expect(r.detail.problems, r.id).toEqual([]);
          }
        });
      }, 300_000);
    }
  });
}
