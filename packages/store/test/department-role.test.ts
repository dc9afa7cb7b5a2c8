/**
 * Department users (issue 13 §2, migration 0015) on SQLite and PostgreSQL: the migration rebuilds SQLite's users
 * table (a CHECK cannot be altered there) and keeps everything that pointed at it — sessions and API tokens still
 * find their user, deleting a user still cascades, user names stay unique whatever their case — and the new role
 * needs a department code and a region, refused in three languages otherwise.
 */
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store, ValidationError } from '../src/index.ts';
import { migrationsFor } from '../src/migrations/index.ts';
import { hashToken } from '../src/tokens.ts';
import { dialects } from './dialects.ts';

for (const [name, make] of dialects('xw_dept')) {
  describe(`department role (${name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    const at = new Date().toISOString();
    const later = new Date(Date.now() + 3_600_000).toISOString();

    beforeAll(async () => {
      ({ store, cleanup } = await make());
      const schema =
        store.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s : undefined;
      const migrator = new Migrator({
        db: store.db,
        provider: { getMigrations: async () => migrationsFor(store.dialect) },
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      const before = await migrator.migrateTo('0014-scenarios');
      if (before.error) throw before.error;
      // A user with a session and an API token, written as the schema before 0015 has them.
      await sql`insert into users (id, username, username_key, password_hash, role, region_prefix, display_name, locale, disabled, created_at, updated_at)
        values ('u-old', 'Officer.Old', 'officer.old', 'h', 'officer', '3702', '旧用户', 'zh-CN', ${store.dialect === 'postgres' ? sql`false` : sql`0`}, ${at}, ${at})`.execute(
        store.db,
      );
      await sql`insert into sessions (token_hash, user_id, csrf_secret, created_at, expires_at)
        values (${hashToken('session-old')}, 'u-old', 'c', ${at}, ${later})`.execute(store.db);
      await sql`insert into api_tokens (id, token_hash, user_id, name, created_at) values ('t-old', ${hashToken('token-old')}, 'u-old', 'erp', ${at})`.execute(
        store.db,
      );
      expect(await store.migrate()).toContain('0015-department-role');
    }, 120_000);
    afterAll(async () => cleanup?.());

    it('keeps sessions, API tokens and the case-insensitive user name across the rebuild', async () => {
      const found = await store.sessions.find('session-old');
      expect(found?.user.username).toBe('Officer.Old');
      expect(found?.user.department).toBeNull();
      expect((await store.apiTokens.find('token-old'))?.user.id).toBe('u-old');
      await expect(
        sql`insert into users (id, username, username_key, password_hash, role, display_name, locale, disabled, created_at, updated_at)
          values ('u-dup', 'OFFICER.OLD', 'officer.old', 'h', 'admin', 'x', 'en', ${store.dialect === 'postgres' ? sql`false` : sql`0`}, ${at}, ${at})`.execute(
          store.db,
        ),
      ).rejects.toThrow();
      if (store.dialect === 'sqlite') {
        expect((await sql`pragma foreign_key_check`.execute(store.db)).rows).toEqual([]);
        expect((await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db)).rows[0]?.foreign_keys).toBe(1);
      }
    });

    it('stores a department user scoped by region; the database refuses an unknown role or a missing department', async () => {
      const hr = await store.users.create(
        {
          username: 'hr.test',
          passwordHash: '',
          role: 'department',
          department: 'human_resources',
          regionPrefix: '3702',
          displayName: '人社局',
        },
        { actor: 'admin' },
      );
      expect((await store.users.findByUsername('HR.TEST'))?.department).toBe('human_resources');
      expect(hr.regionPrefix).toBe('3702');
      const bool = store.dialect === 'postgres' ? sql`false` : sql`0`;
      await expect(
        sql`insert into users (id, username, username_key, password_hash, role, region_prefix, display_name, locale, disabled, created_at, updated_at)
          values ('u-x', 'x1', 'x1', 'h', 'department', '3702', 'x', 'en', ${bool}, ${at}, ${at})`.execute(store.db),
      ).rejects.toThrow();
      await expect(
        sql`insert into users (id, username, username_key, password_hash, role, display_name, locale, disabled, created_at, updated_at)
          values ('u-y', 'y1', 'y1', 'h', 'mayor', 'x', 'en', ${bool}, ${at}, ${at})`.execute(store.db),
      ).rejects.toThrow();
      await expect(
        sql`insert into users (id, username, username_key, password_hash, role, region_prefix, department, display_name, locale, disabled, created_at, updated_at)
          values ('u-z', 'z1', 'z1', 'h', 'department', '3702', 'police', 'x', 'en', ${bool}, ${at}, ${at})`.execute(store.db),
      ).rejects.toThrow();
    });

    it('refuses a department user without a department or region, or with an unknown code, in three languages', async () => {
      const attempt = (extra: Record<string, unknown>) =>
        store.users
          .create(
            { username: `d${Math.random().toString(36).slice(2, 8)}`, passwordHash: '', role: 'department', displayName: 'D', ...extra },
            { actor: 'a' },
          )
          .then(
            () => undefined,
            (e: unknown) => e,
          );
      const noDept = await attempt({ regionPrefix: '3702' });
      expect(noDept).toBeInstanceOf(ValidationError);
      expect((noDept as ValidationError).field).toBe('department');
      expect((noDept as ValidationError).messages).toMatchObject({
        'zh-CN': '部门用户必须指定部门',
        en: 'a department user needs a department',
      });
      expect((noDept as ValidationError).messages.ko).toContain('부서');
      const noRegion = await attempt({ department: 'tax' });
      expect((noRegion as ValidationError).field).toBe('regionPrefix');
      const unknown = await attempt({ department: 'police', regionPrefix: '3702' });
      expect((unknown as ValidationError).field).toBe('department');
      expect((await store.users.list({ role: 'department' })).items.map((u) => u.username)).toEqual(['hr.test']);
    });

    it('clears the department when the role changes; deleting a user still removes its sessions (foreign keys intact)', async () => {
      const u = await store.users.findByUsername('hr.test');
      const changed = await store.users.update(u?.id ?? '', { role: 'officer' }, { actor: 'admin' });
      expect(changed.department).toBeNull();
      expect((await store.users.get(changed.id))?.department).toBeNull();
      await expect(store.users.update(changed.id, { role: 'department' }, { actor: 'admin' })).rejects.toBeInstanceOf(ValidationError);
      await store.db.deleteFrom('users').where('id', '=', 'u-old').execute();
      const left = await store.db.selectFrom('sessions').select('token_hash').where('user_id', '=', 'u-old').execute();
      expect(left).toEqual([]);
    });
  });
}
