import { describe, expect, it } from 'vitest';
import { hashPassword, randomPassword, verifyPassword } from '../src/auth/passwords.ts';
import { resolveLang } from '../src/context/lang.ts';
import { PUBLIC_SCOPE, scopeOfUser, type UserRecord } from '../src/context/scope.ts';

const user = (role: UserRecord['role'], extra: Partial<UserRecord> = {}): UserRecord => ({
  id: `u-${role}`,
  username: role,
  displayName: '',
  role,
  regionPrefix: null,
  enterpriseId: null,
  ...extra,
});

describe('request scopes', () => {
  it('follow the stored user: role and region', () => {
    expect(scopeOfUser(user('admin')).data).toEqual({ all: true });
    expect(scopeOfUser(user('analyst')).data).toEqual({ all: true });
    expect(scopeOfUser(user('officer', { regionPrefix: '3702' })).data).toEqual({ regionPrefix: '3702' });
    expect(scopeOfUser(user('officer')).data).toBeNull();
    expect(scopeOfUser(user('enterprise', { enterpriseId: 'E1' })).data).toEqual({ enterpriseId: 'E1' });
    expect(scopeOfUser(user('bank')).data).toBeNull();
    expect(scopeOfUser(user('officer', { regionPrefix: '37' })).user).toEqual({ id: 'u-officer', name: 'officer', role: 'officer' });
    expect(PUBLIC_SCOPE).toEqual({ kind: 'public', user: null, data: null });
  });

  it('scope a department user by region like an officer, carrying its department', () => {
    const hr = scopeOfUser(user('department', { regionPrefix: '3702', department: 'human_resources' }));
    expect(hr.data).toEqual({ regionPrefix: '3702' });
    expect(hr.user).toEqual({ id: 'u-department', name: 'department', role: 'department', department: 'human_resources' });
    expect(scopeOfUser(user('department', { department: 'tax' })).data).toBeNull();
  });

  it('pick the language: ?lang=, then Accept-Language by quality, then zh-CN', () => {
    expect(resolveLang(undefined, undefined)).toBe('zh-CN');
    expect(resolveLang('ko', 'en')).toBe('ko');
    expect(resolveLang('zh', undefined)).toBe('zh-CN');
    expect(resolveLang(undefined, 'fr-FR, ko;q=0.8, en;q=0.9')).toBe('en');
    expect(resolveLang(undefined, 'zh-Hans-CN')).toBe('zh-CN');
    expect(resolveLang(undefined, 'de, fr')).toBe('zh-CN');
    expect(resolveLang(['en'], 'ko')).toBe('ko');
  });
});

describe('passwords', () => {
  it('are hashed with argon2id and verified', async () => {
    const password = randomPassword();
    expect(password).toMatch(/^[\w-]{16}$/);
    const hash = await hashPassword(password);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, password)).toBe(true);
    expect(await verifyPassword(hash, `${password}x`)).toBe(false);
    expect(await verifyPassword('not a hash', password)).toBe(false);
  });
});
