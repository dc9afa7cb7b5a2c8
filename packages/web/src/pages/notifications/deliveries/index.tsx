import { Alert, Button, Radio, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiPost } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatCount, formatDateTime } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../../accounts/shared/api-alert.tsx';
import type { Delivery, EmailState } from '../shared/notification-types.ts';

const STATES: readonly EmailState[] = ['failed', 'pending', 'sent', 'skipped'];

/** Administrators: the e-mail outbox by state, with the counts; a failed e-mail can be sent again. */
export default function DeliveriesPage() {
  const { t } = useTranslation('notifications');
  const lang = currentLang();
  const [state, setState] = useState<EmailState>('failed');
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [retried, setRetried] = useState(false);
  const list = useApi(JSON.stringify([lang, state, version]), (signal) =>
    apiGet<{ items: Delivery[]; counts: Record<EmailState, number>; email_enabled: boolean }>('/api/v1/notifications/deliveries', {
      lang,
      signal,
      query: { state },
    }),
  );
  const retry = async (id: string) => {
    setError(null);
    setRetried(false);
    try {
      await apiPost(`/api/v1/notifications/deliveries/${encodeURIComponent(id)}/retry`, {}, { lang });
      setRetried(true);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    }
  };

  return (
    <div data-testid="deliveries-page">
      <PageHeader title={t('deliveries.title')} description={t('deliveries.description')} />
      <Panel
        extra={
          <Radio.Group
            value={state}
            onChange={(e) => setState(e.target.value)}
            optionType="button"
            size="small"
            aria-label={t('deliveries.state')}
          >
            {STATES.map((s) => (
              <Radio.Button key={s} value={s} data-testid={`state-${s}`}>
                {t(`deliveries.states.${s}`)} ({formatCount(list.data?.counts[s] ?? 0, lang)})
              </Radio.Button>
            ))}
          </Radio.Group>
        }
      >
        {list.data && !list.data.email_enabled && (
          <Alert type="info" showIcon title={t('deliveries.emailOff')} style={{ marginBottom: 12 }} />
        )}
        {error && <ApiAlert error={error} title={t('deliveries.title')} testId="deliveries-error" />}
        {retried && <Alert type="success" showIcon title={t('deliveries.retried')} style={{ marginBottom: 12 }} />}
        {list.status === 'error' ? (
          <ApiErrorResult error={list.error} onRetry={() => setVersion((v) => v + 1)} />
        ) : (
          <Table<Delivery>
            size="small"
            rowKey="id"
            loading={list.status === 'loading'}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('deliveries.none') }}
            scroll={{ x: true }}
            data-testid="deliveries-table"
            columns={[
              {
                key: 'created',
                title: t('deliveries.created'),
                render: (_, d) => <span className="xw-nowrap">{formatDateTime(d.created_at, lang)}</span>,
              },
              { key: 'user', title: t('deliveries.user'), dataIndex: 'username' },
              { key: 'address', title: t('deliveries.address'), render: (_, d) => d.email ?? '—' },
              { key: 'subject', title: t('deliveries.subject'), dataIndex: 'title' },
              { key: 'attempts', title: t('deliveries.attempts'), dataIndex: 'email_attempts', align: 'right' },
              { key: 'error', title: t('deliveries.error'), render: (_, d) => d.email_last_error ?? '' },
              {
                key: 'retry',
                title: '',
                render: (_, d) =>
                  d.email_state === 'failed' ? (
                    <Button size="small" onClick={() => void retry(d.id)} data-testid={`retry-${d.id}`}>
                      {t('deliveries.retry')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </Panel>
    </div>
  );
}
