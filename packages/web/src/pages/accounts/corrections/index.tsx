import { Alert, Button, Checkbox, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiPost } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../shared/api-alert.tsx';
import { CorrectionTable } from '../shared/correction-table.tsx';
import type { Correction } from '../shared/correction-types.ts';

/**
 * Officers: the correction requests of the region's enterprises. Accept (the server applies the change
 * through the registry update and recomputes) or reject with a reason; decided requests on demand.
 */
export default function CorrectionQueuePage() {
  const { t } = useTranslation('accounts');
  const lang = currentLang();
  const [all, setAll] = useState(false);
  const [version, setVersion] = useState(0);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const list = useApi(JSON.stringify([lang, all, version]), (signal) =>
    apiGet<{ items: Correction[] }>('/api/v1/corrections', { lang, signal, query: { status: all ? undefined : 'pending' } }),
  );

  const decide = async (id: string, action: 'accept' | 'reject') => {
    setError(null);
    setDone(false);
    try {
      await apiPost<Correction>(`/api/v1/corrections/${encodeURIComponent(id)}/${action}`, action === 'reject' ? { reason } : {}, { lang });
      setRejecting(null);
      setReason('');
      setDone(true);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    }
  };

  const actions = (r: Correction) =>
    r.status !== 'pending' ? null : rejecting === r.id ? (
      <Space direction="vertical">
        <Input.TextArea
          aria-label={t('queue.rejectReason')}
          placeholder={t('queue.rejectReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={1000}
          rows={2}
          data-testid={`reject-reason-${r.id}`}
        />
        <Button danger size="small" onClick={() => void decide(r.id, 'reject')} data-testid={`confirm-reject-${r.id}`}>
          {t('queue.confirmReject')}
        </Button>
      </Space>
    ) : (
      <Space wrap>
        <Button type="primary" size="small" onClick={() => void decide(r.id, 'accept')} data-testid={`accept-${r.id}`}>
          {t('queue.accept')}
        </Button>
        <Button size="small" onClick={() => setRejecting(r.id)} data-testid={`reject-${r.id}`}>
          {t('queue.reject')}
        </Button>
      </Space>
    );

  return (
    <div data-testid="correction-queue">
      <PageHeader title={t('queue.title')} description={t('queue.description')} />
      <Panel
        extra={
          <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)}>
            {t('queue.showAll')}
          </Checkbox>
        }
      >
        {error && <ApiAlert error={error} title={t('queue.failed')} testId="queue-error" />}
        {done && <Alert type="success" showIcon title={t('queue.done')} style={{ marginBottom: 12 }} />}
        {list.status === 'error' ? (
          <ApiErrorResult error={list.error} onRetry={() => setVersion((v) => v + 1)} />
        ) : (
          <CorrectionTable
            rows={list.data?.items ?? []}
            testId="correction-queue-table"
            empty={t('queue.none')}
            enterprise
            actions={actions}
          />
        )}
      </Panel>
    </div>
  );
}
