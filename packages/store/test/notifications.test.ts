/**
 * Notifications (issue 14 §3) on SQLite and PostgreSQL: recipients resolved to active users (ids, an
 * enterprise's account users, officers whose region covers a code), one row each in the caller's transaction
 * (a rollback notifies nobody), titles in three languages, and the inbox scoped to its user.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type DeadlineItem,
  type Department,
  NotFoundError,
  type Role,
  registerDeadlineSource,
  type Store,
  ValidationError,
} from '../src/index.ts';
import { dialects, migratedStore } from './dialects.ts';

const actor = 'test-admin';

for (const [name, make] of dialects('xw_test_ntf')) {
  describe(`notifications on ${name}`, () => {
    let store: Store;
    migratedStore(make, (s) => {
      store = s;
    });

    const user = async (
      role: Role,
      extra: { regionPrefix?: string; enterpriseId?: string; disabled?: boolean; department?: Department } = {},
    ) =>
      (
        await store.users.create(
          { username: `u${randomUUID().slice(0, 10)}`, passwordHash: '', role, displayName: role, ...extra },
          { actor },
        )
      ).id;
    const enterprise = async (region: string) => {
      const id = `E${randomUUID().slice(0, 8)}`;
      await store.enterprises.create({ id, name: `企业${id}`, regionCode: region, industry: 'C3911' }, { actor });
      return id;
    };

    it('resolves an enterprise, officers whose prefix covers the region, and ids; one row per user; not the disabled', async () => {
      const region = `37${String(Math.floor(Math.random() * 9000) + 1000)}`;
      const e = await enterprise(region);
      const entUser = await user('enterprise', { enterpriseId: e });
      const entDisabled = await user('enterprise', { enterpriseId: e, disabled: true });
      const city = await user('officer', { regionPrefix: region.slice(0, 4) });
      const county = await user('officer', { regionPrefix: region });
      const other = await user('officer', { regionPrefix: '44' });
      const analyst = await user('analyst', { regionPrefix: region.slice(0, 2) });
      const notified = await store.notifications.notify({
        event: 'complaint.new',
        recipients: { enterpriseId: e, regionCode: region, userIds: [entUser, city] },
        entityType: 'complaint',
        entityId: 'C1',
        params: { subject: '乱收费', enterprise: `企业${e}` },
      });
      expect(notified).toEqual([city, county, entUser].sort());
      for (const id of [entDisabled, other, analyst]) expect((await store.notifications.list(id)).items).toEqual([]);
      const inbox = await store.notifications.list(county);
      expect(inbox.unread).toBe(1);
      const [n] = inbox.items;
      expect(n?.event).toBe('complaint.new');
      expect(n?.title).toEqual({ 'zh-CN': '新投诉：乱收费', ko: '새 민원: 乱收费', en: 'New complaint: 乱收费' });
      expect(n?.body.en).toBe(`企业${e} filed the complaint "乱收费": reply within the deadline.`);
      expect(n?.emailState).toBe('pending');
      expect(n?.readAt).toBeNull();
      // roles: analysts of the province are reached only when asked for.
      expect(
        await store.notifications.notify({
          event: 'objection.filed',
          recipients: { regionCode: region, roles: ['analyst'] },
          entityType: 'offer',
          entityId: 'O1',
          params: { subject: 's', enterprise: 'e' },
        }),
      ).toEqual([analyst]);
    });

    it('reaches the department of the region that covers the code, not another department or region', async () => {
      const fees = await user('department', { regionPrefix: '3702', department: 'development_reform' });
      const tax = await user('department', { regionPrefix: '3702', department: 'tax' });
      const elsewhere = await user('department', { regionPrefix: '4403', department: 'development_reform' });
      const officer = await user('officer', { regionPrefix: '3702' });
      const notified = await store.notifications.notify({
        event: 'complaint.new',
        recipients: { regionCode: '370202', department: 'development_reform' },
        entityType: 'complaint',
        entityId: 'C2',
        params: { subject: '收费', enterprise: '甲' },
      });
      expect(notified).toContain(fees);
      for (const id of [tax, elsewhere, officer]) expect(notified).not.toContain(id);
    });

    it('writes in the caller transaction: a rolled-back change notifies nobody', async () => {
      const u = await user('officer', { regionPrefix: '3702' });
      await expect(
        store.transaction(async (tx) => {
          await tx.notifications.notify({
            event: 'payment.paid',
            recipients: { userIds: [u] },
            entityType: 'payment',
            entityId: 'P1',
            params: { programme: '稳岗补贴', amount: '1,842.70' },
          });
          expect((await tx.notifications.list(u)).unread).toBe(1);
          throw new Error('change failed');
        }),
      ).rejects.toThrow('change failed');
      expect((await store.notifications.list(u)).unread).toBe(0);
      await store.transaction((tx) =>
        tx.notifications.notify({
          event: 'payment.paid',
          recipients: { userIds: [u] },
          entityType: 'payment',
          entityId: 'P1',
          params: { programme: '稳岗补贴', amount: '1,842.70' },
        }),
      );
      const inbox = await store.notifications.list(u);
      expect(inbox.unread).toBe(1);
      expect(inbox.items[0]?.body['zh-CN']).toBe('“稳岗补贴”的款项 1,842.70 元已支付。');
    });

    it('marks read only the user own rows; pages newest first', async () => {
      const a = await user('officer', { regionPrefix: '3702' });
      const b = await user('officer', { regionPrefix: '3702' });
      for (let i = 0; i < 3; i++) {
        // Rows of one millisecond have no order among them: space them out.
        await new Promise((r) => setTimeout(r, 3));
        await store.notifications.notify({
          event: 'deadline.approaching',
          recipients: { userIds: [a, b] },
          entityType: 'application',
          entityId: `A${i}`,
          params: { subject: `申请 ${i}`, due: '2026-12-10', days: 3 - i },
        });
      }
      const page1 = await store.notifications.list(a, { limit: 2 });
      expect(page1.items.map((n) => n.entityId)).toEqual(['A2', 'A1']);
      expect(page1.nextCursor).not.toBeNull();
      const page2 = await store.notifications.list(a, { limit: 2, cursor: page1.nextCursor });
      expect(page2.items.map((n) => n.entityId)).toEqual(['A0']);
      expect(page2.nextCursor).toBeNull();
      const bFirst = (await store.notifications.list(b)).items[0];
      if (!bFirst || !page1.items[0]) throw new Error('no rows');
      // b's row is not a's: NotFoundError and nothing changes.
      await expect(store.notifications.markRead(a, [page1.items[0].id, bFirst.id])).rejects.toBeInstanceOf(NotFoundError);
      expect((await store.notifications.list(a)).unread).toBe(3);
      expect(await store.notifications.markRead(a, [page1.items[0].id])).toBe(2);
      expect((await store.notifications.get(a, page1.items[0].id)).readAt).not.toBeNull();
      expect((await store.notifications.list(a, { unreadOnly: true })).items.map((n) => n.entityId)).toEqual(['A1', 'A0']);
      expect(await store.notifications.markAllRead(a)).toBe(2);
      expect((await store.notifications.list(a)).unread).toBe(0);
      expect((await store.notifications.list(b)).unread).toBe(3);
      await expect(store.notifications.get(a, bFirst.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('deadline scan: items within N working days (the bound day and the day before it), each once per due date', async () => {
      const u = await user('enterprise', { enterpriseId: await enterprise('370202') });
      const tag = randomUUID().slice(0, 6);
      const item = (id: string, left: number, due = '2026-12-10'): DeadlineItem => ({
        entityType: 'application',
        entityId: `${tag}-${id}`,
        subject: `申请 ${id}`,
        due,
        workingDaysLeft: left,
        recipients: { userIds: [u] },
      });
      let items: DeadlineItem[] = [item('beyond', 4), item('bound', 3), item('inside', 2), item('today', 0), item('overdue', -1)];
      // A fake source, in this test only: the applications module registers the real one.
      const unregister = registerDeadlineSource(`test-${tag}`, async () => items);
      try {
        expect(await store.notifications.scanDeadlines('2026-12-07', 3)).toEqual({ approaching: 3, notified: 3 });
        const got = (await store.notifications.list(u)).items.filter((n) => n.event === 'deadline.approaching');
        expect(got.map((n) => n.entityId).sort()).toEqual([`${tag}-bound`, `${tag}-inside`, `${tag}-today`]);
        expect(got.find((n) => n.entityId === `${tag}-bound`)?.body.en).toBe('"申请 bound" is due on 2026-12-10: 3 working day(s) left.');
        // The next day: nothing repeated; the item that came within the window is notified; a moved deadline again.
        items = [item('beyond', 3), item('bound', 2), item('inside', 1, '2026-12-14'), item('today', -1)];
        expect(await store.notifications.scanDeadlines('2026-12-08', 3)).toEqual({ approaching: 3, notified: 2 });
        expect((await store.notifications.list(u)).items.filter((n) => n.event === 'deadline.approaching')).toHaveLength(5);
      } finally {
        unregister();
      }
      expect(await store.notifications.scanDeadlines('2026-12-09', 3)).toEqual({ approaching: 0, notified: 0 });
    });

    it('refuses an unknown event and a bad region code; nobody matched writes nothing', async () => {
      // A caller without the types (JSON, a plugin) can still pass an unknown code.
      const unknownEvent = JSON.parse('{"event":"nope","recipients":{"userIds":["x"]},"entityType":"x","entityId":null,"params":{}}');
      await expect(store.notifications.notify(unknownEvent)).rejects.toBeInstanceOf(ValidationError);
      await expect(
        store.notifications.notify({
          event: 'complaint.replied',
          recipients: { regionCode: '37' },
          entityType: 'complaint',
          entityId: null,
          params: { subject: 's' },
        }),
      ).rejects.toBeInstanceOf(ValidationError);
      expect(
        await store.notifications.notify({
          event: 'complaint.replied',
          recipients: { userIds: ['nobody'] },
          entityType: 'complaint',
          entityId: null,
          params: { subject: 's' },
        }),
      ).toEqual([]);
    });
  });
}
