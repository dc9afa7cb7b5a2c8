import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ApiError } from '../api/client.ts';

/**
 * A failed request, in the user's language: a validation error lists each problem; a missing resource
 * is a 404 block; a server fault or no answer is a 500 block with a retry button. The server's own
 * message (already in the user's language) is shown beside the explanation.
 */
export function ApiErrorResult({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (error.status === 401) {
    // An officer page whose session ended (expired, signed out elsewhere): sign in again and come back.
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <div className="xw-error-block" role="alert" data-testid="api-error" data-status={401}>
        <h2>{t('error.signInTitle')}</h2>
        <p className="xw-secondary">{t('error.signInText')}</p>
        <Link to={`/login?next=${next}`} className="xw-button-link">
          {t('nav.signIn')}
        </Link>
      </div>
    );
  }
  if (error.status === 400 || error.status === 422) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="api-error"
        title={t('error.invalidTitle')}
        description={
          <div>
            <p style={{ margin: 0 }}>{error.message}</p>
            {error.problems.length > 0 && (
              <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
                {error.problems.map((p) => (
                  <li key={`${p.path}-${p.field}-${p.message}`}>{p.message}</li>
                ))}
              </ul>
            )}
          </div>
        }
      />
    );
  }
  const kind = error.status === 404 ? 'notFound' : error.status === 0 ? 'network' : 'server';
  return (
    <div className="xw-error-block" role="alert" data-testid="api-error" data-status={error.status}>
      <div className="xw-error-code" aria-hidden="true">
        {error.status === 0 ? '!' : error.status}
      </div>
      <h2>{t(`error.${kind}Title`)}</h2>
      <p className="xw-secondary">{t(`error.${kind}Text`)}</p>
      {error.message && error.status !== 0 && (
        <p className="xw-secondary xw-small">
          {t('error.detail')}: {error.message} ({error.code})
        </p>
      )}
      {onRetry && kind !== 'notFound' && (
        <Button type="primary" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      )}
    </div>
  );
}
