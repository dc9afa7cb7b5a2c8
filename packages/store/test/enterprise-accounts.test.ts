/**
 * Enterprise accounts and correction requests (issue 13 §1) on SQLite and PostgreSQL (the server at
 * XIAOWEI_TEST_DATABASE_URL in a fresh schema, else PGlite): credit codes on create / update / import,
 * activation codes issued, reissued, expired and used, the account they make, and correction requests
 * applied through the registry's update path.
 */
import { randomUUID } from 'node:crypto';
import { creditCodeCheckCharacter } from '@xiaowei/policy/identifiers';
import { describe, expect, it } from 'vitest';
import { ActivationError, ConflictError, NotFoundError, type Store, ValidationError } from '../src/index.ts';
import { dialects, migratedStore } from './dialects.ts';

const actor = 'test-officer';

/** A valid code for a test: region, a random organisation code, the check character. */
function code(region = '370202'): string {
  const body = `91${region}${randomUUID()
    .replace(/[^0-9]/g, '')
    .slice(0, 9)
    .padEnd(9, '7')}`;
  return body + creditCodeCheckCharacter(body);
}

const DIALECTS = dialects('xw_test_acc');

for (const [name, make] of DIALECTS) {
  describe(`enterprise accounts on ${name}`, () => {
    let store: Store;
    migratedStore(make, (s) => {
      store = s;
    });

    const enterprise = async (region = '370202', credit: string | null = code(region)) => {
      const id = `E${randomUUID().slice(0, 8)}`;
      await store.enterprises.create({ id, name: `企业${id}`, regionCode: region, industry: 'C3911', creditCode: credit }, { actor });
      await store.enterprises.upsertYear(
        id,
        {
          year: 2014,
          employees: 50,
          revenueFen: 10_000_000_00,
          totalAssetsFen: 8_000_000_00,
          taxableIncomeFen: 200_000_00,
          totalProfitFen: 250_000_00,
        },
        { actor, scope: { all: true } },
      );
      return { id, credit };
    };

    it('stores a credit code in capitals, unique whatever the case, checked on create and update', async () => {
      const c = code();
      const { id } = await enterprise('370202', c.toLowerCase());
      expect((await store.enterprises.get(id, { scope: { all: true } })).creditCode).toBe(c);
      // Taken in another case, by create and by update.
      await expect(
        store.enterprises.create({ name: 'x', regionCode: '440305', industry: 'C3911', creditCode: c.toLowerCase() }, { actor }),
      ).rejects.toMatchObject({ details: { reason: 'credit_code_taken' } });
      const other = await enterprise('370202', null);
      await expect(store.enterprises.update(other.id, { creditCode: c }, { actor, scope: { all: true } })).rejects.toBeInstanceOf(
        ConflictError,
      );
      // A wrong check character: a ValidationError at creditCode in three languages, nothing written.
      const wrong = c.slice(0, 17) + (c[17] === '0' ? '1' : '0');
      const err = await store.enterprises.update(other.id, { creditCode: wrong }, { actor, scope: { all: true } }).catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect(err.field).toBe('creditCode');
      expect(err.messages['zh-CN']).toContain('校验码');
      expect((await store.enterprises.get(other.id, { scope: { all: true } })).creditCode).toBeNull();
      const ok = code();
      expect((await store.enterprises.update(other.id, { creditCode: ok }, { actor, scope: { all: true } })).creditCode).toBe(ok);
    });

    it('imports credit codes, with row and field problems in the language asked, all or nothing', async () => {
      const a = code();
      const b = code();
      const taken = (await enterprise()).credit as string;
      const rows = (codes: string[]) =>
        codes.map((c, k) => ({
          id: `IMP${k}-${a.slice(-6)}`,
          name: `导入企业${k}`,
          region: '370202',
          industry: 'C3911',
          年度: '2014',
          'credit code': c,
        }));
      const bad = await store.importRecords(rows([a, `${b.slice(0, 17)}${b[17] === 'A' ? 'B' : 'A'}`, 'I137020200MA000000', a, taken]), {
        actor,
        lang: 'en',
      });
      expect(bad.status).toBe('rejected');
      if (bad.status !== 'rejected') return;
      const byRow = Object.fromEntries(bad.problems.map((p) => [p.row, p]));
      expect(byRow[3]).toMatchObject({ field: 'credit_code', code: 'credit_code_check', column: 'credit code' });
      expect(byRow[4]).toMatchObject({ field: 'credit_code', code: 'credit_code_character' });
      expect(byRow[5]).toMatchObject({ field: 'credit_code', code: 'credit_code_twice' });
      expect(byRow[5].message).toContain('row 2');
      expect(byRow[6]).toMatchObject({ field: 'credit_code', code: 'credit_code_taken' });
      expect(byRow[6].messages.ko).toContain('통일사회신용코드');
      await expect(store.enterprises.get(`IMP0-${a.slice(-6)}`, { scope: { all: true } })).rejects.toBeInstanceOf(NotFoundError);
      const good = await store.importRecords(rows([a.toLowerCase(), b]), { actor });
      expect(good.status).toBe('completed');
      expect((await store.enterprises.get(`IMP0-${a.slice(-6)}`, { scope: { all: true } })).creditCode).toBe(a);
    });

    it('issues codes in the officer scope only, hashed, reissue revokes, activation creates the account once', async () => {
      const e1 = await enterprise('370202');
      const sz = await enterprise('440305');
      const none = await enterprise('370202', null);
      const qd = { regionPrefix: '3702' };
      await expect(store.enterpriseAccounts.issueCodes({ enterpriseIds: [e1.id, sz.id] }, { actor, scope: qd })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(store.enterpriseAccounts.issueCodes({ enterpriseIds: [none.id] }, { actor, scope: qd })).rejects.toMatchObject({
        field: 'enterpriseIds.0',
      });
      const [first] = await store.enterpriseAccounts.issueCodes({ enterpriseIds: [e1.id] }, { actor, scope: qd });
      expect(first).toMatchObject({ enterpriseId: e1.id, creditCode: e1.credit, replaced: false });
      expect(first.code).toMatch(/^[0-9A-HJ-NPQRTUW-Y]{4}-[0-9A-HJ-NPQRTUW-Y]{4}-[0-9A-HJ-NPQRTUW-Y]{4}$/);
      // Only the hash is stored.
      const stored = await store.db.selectFrom('activation_codes').selectAll().where('enterprise_id', '=', e1.id).execute();
      expect(JSON.stringify(stored)).not.toContain(first.code.replace(/-/g, ''));
      const [second] = await store.enterpriseAccounts.issueCodes({ enterpriseIds: [e1.id] }, { actor, scope: qd, days: 1 });
      expect(second.replaced).toBe(true);
      const hash = 'argon2-hash-of-a-password';
      // The replaced code no longer works; an unknown credit code gets the same answer.
      for (const attempt of [
        { creditCode: e1.credit as string, code: first.code },
        { creditCode: code(), code: second.code },
        { creditCode: sz.credit as string, code: second.code },
      ]) {
        const err = await store.enterpriseAccounts.activate({ ...attempt, passwordHash: hash }).catch((e) => e);
        expect(err).toBeInstanceOf(ActivationError);
        expect(err.reason).toBe('invalid');
      }
      // Expired a day later.
      const late = new Date(Date.parse(second.expiresAt) + 1000);
      await expect(
        store.enterpriseAccounts.activate({ creditCode: e1.credit as string, code: second.code, passwordHash: hash }, { now: late }),
      ).rejects.toMatchObject({ reason: 'expired' });
      // Lower case and no hyphens are read as the printed code.
      const user = await store.enterpriseAccounts.activate({
        creditCode: (e1.credit as string).toLowerCase(),
        code: second.code.replace(/-/g, '').toLowerCase(),
        passwordHash: hash,
      });
      expect(user).toMatchObject({ username: e1.credit, role: 'enterprise', enterpriseId: e1.id, passwordHash: hash });
      await expect(
        store.enterpriseAccounts.activate({ creditCode: e1.credit as string, code: second.code, passwordHash: hash }),
      ).rejects.toMatchObject({ reason: 'used' });
      expect((await store.enterpriseAccounts.findByCreditCode((e1.credit as string).toLowerCase()))?.id).toBe(user.id);
      const [status] = await store.enterpriseAccounts.status([e1.id], { scope: qd });
      expect(status).toMatchObject({ enterpriseId: e1.id, hasAccount: true, openCodeExpiresAt: null });
      // "Every enterprise of the region without an account" leaves e1 out; a reissue resets the password.
      const bulk = await store.enterpriseAccounts.issueCodes({ withoutAccount: { regionPrefix: '370202' } }, { actor, scope: qd });
      expect(bulk.map((c) => c.enterpriseId)).not.toContain(e1.id);
      expect(bulk.every((c) => c.regionCode.startsWith('370202'))).toBe(true);
      const [again] = await store.enterpriseAccounts.issueCodes({ enterpriseIds: [e1.id] }, { actor, scope: qd });
      const reset = await store.enterpriseAccounts.activate({
        creditCode: e1.credit as string,
        code: again.code,
        passwordHash: 'new-hash',
      });
      expect(reset).toMatchObject({ id: user.id, passwordHash: 'new-hash' });
      const audit = (await store.audit.list({ entityId: e1.id, limit: 50 })).items.map((a) => a.action);
      expect(audit).toEqual(
        expect.arrayContaining([
          'activation_code.issue',
          'activation_code.reissue',
          'enterprise_account.activate',
          'enterprise_account.reactivate',
        ]),
      );
      expect(JSON.stringify((await store.audit.list({ entityId: e1.id, limit: 50 })).items)).not.toContain(first.code);
    });

    it('correction requests: validated like the registry, applied by the officer through the update path, or rejected', async () => {
      const e = await enterprise('370202');
      const own = { enterpriseId: e.id };
      const bad = await store.corrections
        .create(e.id, { field: 'employees', year: 2014, proposedValue: '-3', reason: '年报' }, { actor: 'ent', scope: own })
        .catch((x) => x);
      expect(bad).toBeInstanceOf(ValidationError);
      expect(bad.field).toBe('proposedValue');
      await expect(
        store.corrections.create(
          e.id,
          { field: 'employees', year: 2013, proposedValue: '60', reason: '年报' },
          { actor: 'ent', scope: own },
        ),
      ).rejects.toMatchObject({ field: 'year' });
      await expect(
        store.corrections.create(e.id, { field: 'industry', proposedValue: 'ZZZ', reason: 'x' }, { actor: 'ent', scope: own }),
      ).rejects.toMatchObject({ field: 'proposedValue' });
      await expect(
        store.corrections.create(e.id, { field: 'id', proposedValue: 'E2', reason: 'x' }, { actor: 'ent', scope: own }),
      ).rejects.toMatchObject({ field: 'field' });
      // Another enterprise's scope cannot file for it.
      await expect(
        store.corrections.create(
          e.id,
          { field: 'employees', year: 2014, proposedValue: '60', reason: 'x' },
          { actor: 'x', scope: { enterpriseId: 'other' } },
        ),
      ).rejects.toBeInstanceOf(NotFoundError);
      const request = await store.corrections.create(
        e.id,
        { field: 'revenue', year: 2014, proposedValue: '12000000.50', reason: '审计后营业收入' },
        { actor: 'ent', scope: own },
      );
      expect(request).toMatchObject({ status: 'pending', currentValue: '10000000', proposedValue: '12000000.50' });
      // The enterprise cannot decide (its scope finds nothing); another region's officer cannot either.
      await expect(store.corrections.accept(request.id, { actor: 'ent', scope: own })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.corrections.accept(request.id, { actor, scope: { regionPrefix: '4403' } })).rejects.toBeInstanceOf(NotFoundError);
      expect(await store.corrections.list({ scope: { enterpriseId: 'other' } })).toEqual([]);
      const accepted = await store.corrections.accept(request.id, { actor, scope: { regionPrefix: '3702' } });
      expect(accepted.status).toBe('accepted');
      const detail = await store.enterprises.get(e.id, { scope: own });
      expect(detail.years[0]).toMatchObject({ year: 2014, revenueFen: 12_000_000_50, employees: 50 });
      await expect(store.corrections.reject(request.id, 'late', { actor, scope: { regionPrefix: '3702' } })).rejects.toBeInstanceOf(
        ConflictError,
      );
      const named = await store.corrections.create(
        e.id,
        { field: 'name', proposedValue: '新名称有限公司', reason: '变更登记' },
        { actor: 'ent', scope: own },
      );
      await expect(store.corrections.reject(named.id, ' ', { actor, scope: { regionPrefix: '37' } })).rejects.toMatchObject({
        field: 'reason',
      });
      const rejected = await store.corrections.reject(named.id, '未提供变更登记证明', { actor, scope: { regionPrefix: '37' } });
      expect(rejected).toMatchObject({ status: 'rejected', decisionReason: '未提供变更登记证明' });
      expect((await store.enterprises.get(e.id, { scope: own })).name).not.toBe('新名称有限公司');
      const mine = await store.corrections.list({ scope: own });
      expect(mine.map((r) => r.status).sort()).toEqual(['accepted', 'rejected']);
      const actions = (await store.audit.list({ entityId: e.id, limit: 50 })).items.map((a) => a.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'correction_request.create',
          'correction_request.accept',
          'correction_request.reject',
          'enterprise_year.update',
        ]),
      );
    });
  });
}
