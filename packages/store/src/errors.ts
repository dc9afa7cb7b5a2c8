/** Errors of the store: small classes with a stable code and the context that caused them. */
import type { Labels } from '@xiaowei/engine';

export type StoreErrorCode = 'XW_STORE_NOT_FOUND' | 'XW_STORE_CONFLICT' | 'XW_STORE_INVALID' | 'XW_STORE_READ_ONLY';

export class StoreError extends Error {
  constructor(
    message: string,
    readonly code: StoreErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The row does not exist, or is outside the caller's scope (the two are not told apart). */
export class NotFoundError extends StoreError {
  constructor(entity: string, id: string) {
    super(`${entity} '${id}' not found`, 'XW_STORE_NOT_FOUND', { entity, id });
  }
}

/** A unique key is taken, or the row changed since it was read (`expectedVersion`). */
export class ConflictError extends StoreError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, 'XW_STORE_CONFLICT', details);
  }
}

/** A value the store refuses; `messages` says why in every language, `field` names the input. */
export class ValidationError extends StoreError {
  constructor(
    readonly field: string,
    readonly messages: Labels,
  ) {
    super(`${field}: ${messages.en}`, 'XW_STORE_INVALID', { field });
  }
}
