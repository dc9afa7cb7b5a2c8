import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, apiDelete, apiGet, apiPost, apiUrl } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorResult } from '../../components/api-error-result.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { currentLang } from '../../i18n/index.ts';
import { ApiAlert } from '../accounts/shared/api-alert.tsx';
import type { Bulletin } from './bulletin-types.ts';
import { BulletinView } from './bulletin-view.tsx';

/** One bulletin for officers and analysts: its figures, and review, publish or discard as its state allows. */
export default function OfficerBulletinPage() {
  const { t } = useTranslation('bulletins');
  const lang = currentLang();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const state = useApi(`${id}|${lang}|${version}`, (signal) =>
    apiGet<Bulletin>(`/api/v1/bulletins/${encodeURIComponent(id)}`, { lang, signal }),
  );

  const act = async (action: 'review' | 'publish' | 'discard') => {
    setError(null);
    setDone(null);
    try {
      if (action === 'discard') {
        await apiDelete(`/api/v1/bulletins/${encodeURIComponent(id)}`, { lang });
        navigate('/bulletins');
        return;
      }
      const b = await apiPost<Bulletin>(`/api/v1/bulletins/${encodeURIComponent(id)}/${action}`, {}, { lang });
      setDone(action === 'review' ? t('actions.reviewed') : t('actions.published', { version: b.version }));
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    }
  };

  if (state.status === 'error') return <ApiErrorResult error={state.error} />;
  const b = state.data;
  if (b === undefined) return <PageLoading />;
  return (
    <div data-testid="officer-bulletin" data-status={b.status} data-version={b.version ?? ''}>
      <PageHeader
        title={t('view.title', { region: b.content.region_name, period: b.period })}
        extra={
          <Space wrap>
            <Link to="/bulletins">{t('actions.back')}</Link>
            {b.status === 'draft' && (
              <Button type="primary" onClick={() => void act('review')} data-testid="bulletin-review">
                {t('actions.review')}
              </Button>
            )}
            {b.status === 'reviewed' && (
              <Button type="primary" onClick={() => void act('publish')} data-testid="bulletin-publish">
                {t('actions.publish')}
              </Button>
            )}
            {b.status !== 'published' && (
              <Button danger onClick={() => void act('discard')} data-testid="bulletin-discard">
                {t('actions.discard')}
              </Button>
            )}
            <a className="xw-button-link" href={apiUrl(`/api/v1/bulletins/${b.id}/pdf`, { lang })} download>
              {t('actions.downloadPdf')}
            </a>
            {b.status === 'published' && (
              <Link to={`/public-bulletins/${b.id}`} data-testid="bulletin-public-link">
                {t('actions.publicPage')}
              </Link>
            )}
          </Space>
        }
      />
      {error && <ApiAlert error={error} title={t('list.title')} testId="bulletin-action-error" />}
      {done && <Alert type="success" showIcon title={done} style={{ marginBottom: 12 }} data-testid="bulletin-action-done" />}
      <BulletinView bulletin={b} lang={lang} />
    </div>
  );
}
