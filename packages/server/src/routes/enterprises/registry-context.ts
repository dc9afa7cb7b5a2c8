import { INPUT_MESSAGES, interpolate, parseMoney } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DataScope, Role } from '../../context/scope.ts';
import { AppError, type Problem } from '../../errors/app-error.ts';

/** Who may read the registry, and who may change it (the auth engineer may refine these). */
export const READERS: readonly Role[] = ['admin', 'officer', 'analyst', 'enterprise'];
export const WRITERS: readonly Role[] = ['admin', 'officer'];

/** The store, or XW_ERR_NOT_READY when the service runs without a database. */
export function storeOf(app: FastifyInstance): Store {
  if (app.store === null) throw new AppError('XW_ERR_NOT_READY', { detail: 'no database (DATABASE_URL=none)' });
  return app.store;
}

/** The registry data the request may see, or XW_ERR_FORBIDDEN. */
export function dataScope(request: FastifyRequest): DataScope {
  if (request.scope.data === null) throw new AppError('XW_ERR_FORBIDDEN');
  return request.scope.data;
}

/** The user id written in the audit log. */
export function actor(request: FastifyRequest): string {
  if (request.scope.user === null) throw new AppError('XW_ERR_UNAUTHENTICATED');
  return request.scope.user.id;
}

/** Reads yuan amounts of a body into fen, collecting problems (`path` a JSON pointer). */
export class MoneyReader {
  readonly problems: Problem[] = [];

  fen(value: unknown, path: string): number | null | undefined {
    if (value === undefined) return undefined;
    if (value === null || value === '') return null;
    const fen = typeof value === 'number' || typeof value === 'string' ? parseMoney(value) : undefined;
    if (fen === undefined) {
      this.problems.push({
        path,
        field: path.slice(path.lastIndexOf('/') + 1),
        message: interpolate(INPUT_MESSAGES.not_an_amount, { value: String(value) }),
      });
      return undefined;
    }
    return fen;
  }

  /** Throws XW_ERR_VALIDATION when an amount was bad. */
  check(): void {
    if (this.problems.length > 0) throw AppError.validation(this.problems);
  }
}
