import type { FastifyRequest } from 'fastify';
import type { DataScope, Role } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';
import { dataScope } from '../enterprises/registry-context.ts';

/**
 * Who may do what with lending data (issue 6): a bank files and reads its own reports and loan records;
 * an officer of the regulator reads every bank of their region; analysts and administrators read all;
 * administrators may also file for any bank. Everyone else is refused by role (403).
 */
export const LENDING_FILERS: readonly Role[] = ['bank', 'admin'];
export const LENDING_READERS: readonly Role[] = ['bank', 'officer', 'analyst', 'admin'];
export const DASHBOARD_READERS: readonly Role[] = ['officer', 'analyst', 'admin'];

/** The banks the caller may file for (a bank's own, or all for an administrator) and the default bank of rows. */
export function filerScope(request: FastifyRequest): { scope: DataScope; defaultBankId?: string } {
  const scope = dataScope(request);
  if ('bankId' in scope) return { scope, defaultBankId: scope.bankId };
  if ('all' in scope && request.scope.user?.role === 'admin') return { scope };
  throw new AppError('XW_ERR_FORBIDDEN');
}

/** 'api' for an API token, 'web' for a browser session: recorded with each report. */
export function sourceOf(request: FastifyRequest): 'api' | 'web' {
  return request.auth?.method === 'token' ? 'api' : 'web';
}
