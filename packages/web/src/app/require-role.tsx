import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/registry-types.ts';
import { PageLoading } from '../components/page-loading.tsx';
import { useSession } from './session.tsx';

const Forbidden = lazy(() => import('../pages/exception/forbidden/index.tsx'));

/**
 * An officer page: asks the server who is signed in (when not known yet), sends nobody to the sign-in
 * page (coming back here after), and shows the 403 page to a role that may not use it.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { state, refresh } = useSession();
  const location = useLocation();
  useEffect(() => {
    if (state.status === 'unknown') void refresh();
  }, [state.status, refresh]);
  if (state.status === 'unknown' || state.status === 'loading') return <PageLoading />;
  if (state.status !== 'signed-in') {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (!roles.includes(state.session.user.role))
    return (
      <Suspense fallback={<PageLoading />}>
        <Forbidden />
      </Suspense>
    );
  return children;
}
