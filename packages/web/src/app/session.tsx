import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, apiGet, apiPost, setCsrfToken } from '../api/client.ts';
import type { Role, SessionInfo } from '../api/registry-types.ts';
import { currentLang } from '../i18n/index.ts';

/**
 * Who is signed in. The session cookie is HttpOnly: the page learns who it is from GET /api/v1/auth/me.
 * A flag in localStorage (no secret: only "this browser signed in") makes the shell ask at start, so that
 * anonymous visitors of the public pages send no request for it; officer pages always ask.
 */
export type SessionState =
  | { readonly status: 'unknown' | 'loading' | 'anonymous'; readonly session?: undefined }
  | { readonly status: 'signed-in'; readonly session: SessionInfo };

interface SessionApi {
  readonly state: SessionState;
  /** Asks the server who is signed in (once per unknown state). */
  readonly refresh: () => Promise<void>;
  readonly login: (username: string, password: string) => Promise<SessionInfo>;
  /** Takes the session another sign-in route answered with (enterprise sign-in and activation). */
  readonly adopt: (session: SessionInfo) => void;
  readonly logout: () => Promise<void>;
}

const FLAG = 'xiaowei.signedIn';
const SessionContext = createContext<SessionApi | null>(null);

function flag(on: boolean): void {
  try {
    if (on) localStorage.setItem(FLAG, '1');
    else localStorage.removeItem(FLAG);
  } catch {
    // storage unavailable: the officer pages still ask the server
  }
}

function flagged(): boolean {
  try {
    return localStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'unknown' });

  const signedIn = useCallback((session: SessionInfo) => {
    setCsrfToken(session.csrf_token ?? null);
    flag(session.auth === 'session');
    setState({ status: 'signed-in', session });
  }, []);

  const refresh = useCallback(async () => {
    setState((s) => (s.status === 'signed-in' ? s : { status: 'loading' }));
    try {
      signedIn(await apiGet<SessionInfo>('/api/v1/auth/me', { lang: currentLang() }));
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 404)) flag(false);
      setCsrfToken(null);
      setState({ status: 'anonymous' });
    }
  }, [signedIn]);

  useEffect(() => {
    if (flagged()) void refresh();
  }, [refresh]);

  const api = useMemo<SessionApi>(
    () => ({
      state,
      refresh,
      login: async (username, password) => {
        const session = await apiPost<SessionInfo>('/api/v1/auth/login', { username, password }, { lang: currentLang() });
        signedIn(session);
        return session;
      },
      adopt: signedIn,
      logout: async () => {
        try {
          await apiPost<void>('/api/v1/auth/logout', undefined, { lang: currentLang() });
        } finally {
          setCsrfToken(null);
          flag(false);
          setState({ status: 'anonymous' });
        }
      },
    }),
    [state, refresh, signedIn],
  );
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (api === null) throw new Error('useSession outside SessionProvider');
  return api;
}

/** The roles that may use the officer pages (the server checks again on every request). */
export const REGISTRY_READERS: readonly Role[] = ['admin', 'officer', 'analyst'];
export const REGISTRY_WRITERS: readonly Role[] = ['admin', 'officer'];
