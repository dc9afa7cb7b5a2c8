import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, apiPost } from '../../../api/client.ts';
import type { SessionInfo } from '../../../api/registry-types.ts';
import { useSession } from '../../../app/session.tsx';
import { currentLang } from '../../../i18n/index.ts';

/**
 * Posts to a route that signs in (enterprise sign-in, activation), takes the session it answers with and
 * goes to the enterprise's own page; keeps the server's refusal to show.
 */
export function useSessionRoute(path: string) {
  const { adopt } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (body: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      adopt(await apiPost<SessionInfo>(path, body, { lang: currentLang() }));
      navigate('/my-enterprise', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}
