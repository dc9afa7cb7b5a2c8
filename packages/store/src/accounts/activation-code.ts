/**
 * Activation codes of enterprise accounts: 12 random characters of the GB 32100-2015 character set (no I, O,
 * S, V, Z, so nothing is misread on paper: 31^12 ≈ 2^59), shown as `XXXX-XXXX-XXXX`; stored only as SHA-256
 * like session tokens (the code is as random as a token, so a fast hash suffices and a lookup by hash works).
 */
import { randomInt } from 'node:crypto';
import { CREDIT_CODE_CHARACTERS } from '@xiaowei/policy/identifiers';
import { hashToken } from '../tokens.ts';

export const ACTIVATION_CODE_LENGTH = 12;

/** Days an activation code stays valid unless the officer chooses otherwise. */
export const DEFAULT_ACTIVATION_DAYS = 30;

/**
 * A new random code in its printed form.
 * @example newActivationCode() // 'K7QH-3MXA-9PRT'
 */
export function newActivationCode(): string {
  let raw = '';
  for (let i = 0; i < ACTIVATION_CODE_LENGTH; i++) raw += CREDIT_CODE_CHARACTERS[randomInt(CREDIT_CODE_CHARACTERS.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** The code as typed, without spaces and hyphens, in capitals (NFKC: full-width input reads as ASCII). */
export function normaliseActivationCode(typed: string): string {
  return typed.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
}

/** The stored form of a code as typed. */
export function hashActivationCode(typed: string): string {
  return hashToken(normaliseActivationCode(typed));
}
