import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * Password hashing for accounts: argon2id with the library's defaults (memory-hard; the hash string
 * carries its parameters, so they can be raised later without breaking old hashes).
 * @example const h = await hashPassword('s3cret'); await verifyPassword(h, 's3cret') // true
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Whether `password` matches `passwordHash`; false (not an error) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random password people can type: 16 characters of base64url (96 bits). */
export function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}
