/** Tokens (session cookies, API tokens) are stored only as their SHA-256, never as given. */
import { createHash } from 'node:crypto';

/**
 * The stored form of a token.
 * @example hashToken('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
