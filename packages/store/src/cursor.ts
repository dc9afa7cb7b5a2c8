/** Keyset cursors: the sort key and id of the last row of a page, as an opaque url-safe string. */
import { ValidationError } from './errors.ts';

export function encodeCursor(key: string | number | null, id: string | number): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [string | number | null, string | number] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && (typeof value[1] === 'string' || typeof value[1] === 'number')) {
      return value as [string | number | null, string | number];
    }
  } catch {
    // reported below
  }
  throw new ValidationError('cursor', {
    'zh-CN': '分页游标无效',
    ko: '페이지 커서가 올바르지 않습니다',
    en: 'invalid page cursor',
  });
}

/** A page size between 1 and `max` (default 50). */
export function pageSize(limit: number | undefined, max = 1000): number {
  if (limit === undefined) return 50;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new ValidationError('limit', { 'zh-CN': '每页条数无效', ko: '페이지 크기가 올바르지 않습니다', en: 'invalid page size' });
  }
  return Math.min(limit, max);
}
