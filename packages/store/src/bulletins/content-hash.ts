/**
 * The hash a published bulletin is frozen with: SHA-256 of its content as canonical JSON (object keys sorted),
 * so that the same content hashes the same whether it was read back from SQLite text or PostgreSQL jsonb
 * (which reorders keys).
 */
import { createHash } from 'node:crypto';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `sha256:` and the hex digest of the canonical JSON of `content`. */
export function contentHash(content: unknown): string {
  return `sha256:${createHash('sha256').update(canonical(content)).digest('hex')}`;
}
