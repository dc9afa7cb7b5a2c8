import { CalculatorOutlined, DeleteOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Popconfirm } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, apiDelete, apiGet, apiPost } from '../../../../api/client.ts';
import type { TenderDetail, TenderEvaluation } from '../../../../api/tender-types.ts';
import { useApi } from '../../../../api/use-api.ts';
import { useSession } from '../../../../app/session.tsx';
import { ApiErrorResult } from '../../../../components/api-error-result.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { PageLoading } from '../../../../components/page-loading.tsx';
import { formatDateTime } from '../../../../i18n/format.ts';
import { currentLang } from '../../../../i18n/index.ts';
import { BidsPanel } from './bids-panel.tsx';
import { ReportPanel } from './report-panel.tsx';
import { StatusTag } from './status-tag.tsx';
import { TenderForm } from './tender-form.tsx';

/**
 * One tender: its fields with the legal range of its date, its bids and declarations (one by one or from
 * Excel), the evaluation by the policy (deduction and why, evaluated price, scores, rank, declaration flags)
 * and publication, after which everything is locked. Officers and analysts read; the unit's staff edit.
 */
export default function TenderPage() {
  const { t } = useTranslation('procurement');
  const lang = currentLang();
  const { id = '' } = useParams();
  const { state: session } = useSession();
  const navigate = useNavigate();
  const [attempt, setAttempt] = useState(0);
  const loaded = useApi(`${id}-${lang}-${attempt}`, (signal) =>
    apiGet<TenderDetail>(`/api/v1/tenders/${encodeURIComponent(id)}`, { lang, signal }),
  );
  const [tender, setTender] = useState<TenderDetail | null>(null);
  const [busy, setBusy] = useState<'evaluate' | 'publish' | 'delete' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (loaded.status === 'ok') setTender(loaded.data);
  }, [loaded]);

  if (loaded.status === 'error') return <ApiErrorResult error={loaded.error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (tender === null) return <PageLoading />;
  const published = tender.status === 'published';
  const editable = !published && session.status === 'signed-in' && session.session.user.role === 'procurement';
  const changed = (next: TenderDetail) => {
    setError(null);
    setTender(next);
  };

  const act = async (what: 'evaluate' | 'publish') => {
    setBusy(what);
    setError(null);
    try {
      await apiPost<TenderEvaluation>(`/api/v1/tenders/${encodeURIComponent(tender.id)}/${what}`, undefined, {
        lang,
        query: { version: tender.version },
      });
      setTender(await apiGet<TenderDetail>(`/api/v1/tenders/${encodeURIComponent(tender.id)}`, { lang }));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setBusy('delete');
    setError(null);
    try {
      await apiDelete<void>(`/api/v1/tenders/${encodeURIComponent(tender.id)}`, { lang, query: { version: tender.version } });
      navigate('/tenders');
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
      setBusy(null);
    }
  };

  return (
    <div data-testid="tender-page" data-status={tender.status}>
      <PageHeader
        title={`${tender.name}`}
        description={
          <span>
            <Link to="/tenders" style={{ textDecoration: 'underline' }}>
              {t('tenders.back')}
            </Link>{' '}
            · {tender.id} · {tender.budget_unit_name} · <StatusTag status={tender.status} />
          </span>
        }
        extra={
          editable && (
            <span style={{ display: 'flex', gap: 8 }}>
              <Popconfirm
                title={t('tenders.deleteConfirm')}
                okText={t('tenders.delete')}
                cancelText={t('tenders.cancel')}
                onConfirm={() => void remove()}
              >
                <Button icon={<DeleteOutlined />} loading={busy === 'delete'} data-testid="tender-delete">
                  {t('tenders.delete')}
                </Button>
              </Popconfirm>
              <Button
                type={tender.status === 'draft' ? 'primary' : 'default'}
                icon={<CalculatorOutlined />}
                loading={busy === 'evaluate'}
                disabled={tender.bids.length === 0}
                onClick={() => void act('evaluate')}
                data-testid="tender-evaluate"
              >
                {t('tenders.evaluate')}
              </Button>
              <Popconfirm
                title={t('tenders.publishConfirm')}
                okText={t('tenders.publish')}
                cancelText={t('tenders.cancel')}
                onConfirm={() => void act('publish')}
                okButtonProps={{ 'data-testid': 'tender-publish-confirm' } as Record<`data-${string}`, string>}
              >
                <Button
                  type={tender.status === 'evaluated' ? 'primary' : 'default'}
                  icon={<LockOutlined />}
                  loading={busy === 'publish'}
                  disabled={tender.status !== 'evaluated'}
                  data-testid="tender-publish"
                >
                  {t('tenders.publish')}
                </Button>
              </Popconfirm>
            </span>
          )
        }
      />
      {published && (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          data-testid="tender-locked"
          style={{ marginBottom: 16 }}
          title={t('tenders.locked', { at: formatDateTime(tender.evaluation?.published_at, lang) })}
          description={t('tenders.lockedText')}
        />
      )}
      {tender.status === 'draft' && tender.evaluation && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('tenders.stale')} data-testid="tender-stale" />
      )}
      {error && <ApiErrorResult error={error} />}
      <TenderForm tender={tender} editable={editable} onSaved={changed} />
      <BidsPanel tender={tender} editable={editable} onChanged={changed} />
      {tender.evaluation && <ReportPanel tenderId={tender.id} evaluation={tender.evaluation} />}
    </div>
  );
}
