import { Alert, Button, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ApiError } from '../../../api/client.ts';
import { apiGet, apiPost, apiUrl } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatDateTime, formatYuan } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../../accounts/shared/api-alert.tsx';
import { asApiError } from '../shared/errors.ts';
import type { Batch } from '../shared/types.ts';

type Line = NonNullable<Batch['lines']>[number];

/**
 * Officers: payment batches. A batch holds a programme's payable offers; another officer (or an administrator)
 * approves it; the treasury file (xlsx, csv) is exported; each line's result is recorded — paid, or failed with a
 * reason (then paid in a later batch or cancelled).
 */
export default function PaymentBatchesPage() {
  const { t } = useTranslation('offers');
  const lang = currentLang();
  const [params, setParams] = useSearchParams();
  const selected = params.get('batch');
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const list = useApi(JSON.stringify([lang, version]), (signal) => apiGet<{ items: Batch[] }>('/api/v1/payment-batches', { lang, signal }));
  const batch = useApi(selected === null ? null : JSON.stringify([lang, selected, version]), (signal) =>
    apiGet<Batch>(`/api/v1/payment-batches/${encodeURIComponent(selected ?? '')}`, { lang, signal }),
  );
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      setVersion((v) => v + 1);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const b = batch.data;
  return (
    <div data-testid="payment-batches-page">
      <PageHeader title={t('batches.title')} description={t('batches.description')} />
      {error && <ApiAlert error={error} title={t('batches.failed')} testId="batches-error" />}
      {list.status === 'error' ? (
        <ApiErrorResult error={list.error} onRetry={() => setVersion((v) => v + 1)} />
      ) : (
        <Panel title={t('batches.list')}>
          <Table<Batch>
            rowKey="id"
            data-testid="batches-table"
            loading={list.status === 'loading'}
            dataSource={list.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('batches.none') }}
            onRow={(r) => ({ onClick: () => setParams({ batch: r.id }) })}
            columns={[
              { title: t('col.programme'), dataIndex: 'programme_name' },
              { title: t('batches.createdAt'), render: (_, r) => formatDateTime(r.created_at, lang) },
              { title: t('col.amount'), align: 'right', render: (_, r) => formatYuan(r.total, lang) },
              {
                title: t('col.status'),
                render: (_, r) => <Tag data-testid={`batch-status-${r.id}`}>{t(`batches.status.${r.status}`)}</Tag>,
              },
            ]}
          />
        </Panel>
      )}
      {batch.status === 'error' && <ApiErrorResult error={batch.error} />}
      {b && (
        <Panel
          title={t('batches.batch', { programme: b.programme_name })}
          testId="batch-detail"
          extra={
            <Space wrap>
              {b.status === 'draft' && (
                <Button
                  type="primary"
                  data-testid="approve-batch"
                  onClick={() => void act(() => apiPost(`/api/v1/payment-batches/${encodeURIComponent(b.id)}/approve`, {}, { lang }))}
                >
                  {t('batches.approve')}
                </Button>
              )}
              {b.status !== 'draft' && (
                <>
                  <a
                    href={apiUrl(`/api/v1/payment-batches/${encodeURIComponent(b.id)}/file`, { lang, query: { format: 'xlsx' } })}
                    data-testid="export-xlsx"
                  >
                    {t('batches.exportXlsx')}
                  </a>
                  <a
                    href={apiUrl(`/api/v1/payment-batches/${encodeURIComponent(b.id)}/file`, { lang, query: { format: 'csv' } })}
                    data-testid="export-csv"
                  >
                    {t('batches.exportCsv')}
                  </a>
                </>
              )}
            </Space>
          }
        >
          {b.status === 'draft' && <Alert type="info" showIcon title={t('batches.needsApproval')} style={{ marginBottom: 12 }} />}
          <Table<Line>
            rowKey="offer_id"
            size="small"
            data-testid="batch-lines"
            dataSource={b.lines ?? []}
            pagination={false}
            scroll={{ x: true }}
            columns={[
              { title: t('batches.reference'), dataIndex: 'reference' },
              { title: t('col.enterprise'), dataIndex: 'enterprise_name' },
              { title: t('confirm.bankName'), dataIndex: 'bank_name' },
              { title: t('confirm.accountNumber'), dataIndex: 'account_number' },
              { title: t('col.amount'), align: 'right', render: (_, r) => formatYuan(r.amount, lang) },
              {
                title: t('batches.result'),
                render: (_, r) =>
                  r.result !== 'pending' ? (
                    <Space>
                      <Tag color={r.result === 'paid' ? 'green' : 'red'} data-testid={`line-result-${r.offer_id}`}>
                        {t(`batches.lineResult.${r.result}`)}
                      </Tag>
                      {r.failure_reason}
                      {r.result === 'failed' && (
                        <Button
                          size="small"
                          onClick={() => void act(() => apiPost(`/api/v1/offers/${encodeURIComponent(r.offer_id)}/cancel`, {}, { lang }))}
                        >
                          {t('batches.cancel')}
                        </Button>
                      )}
                    </Space>
                  ) : b.status !== 'approved' ? (
                    t('batches.lineResult.pending')
                  ) : (
                    <Space wrap>
                      <Button
                        size="small"
                        type="primary"
                        data-testid={`mark-paid-${r.offer_id}`}
                        onClick={() =>
                          void act(() =>
                            apiPost(
                              `/api/v1/payment-batches/${encodeURIComponent(b.id)}/results`,
                              { offer_id: r.offer_id, result: 'paid' },
                              { lang },
                            ),
                          )
                        }
                      >
                        {t('batches.markPaid')}
                      </Button>
                      <Input
                        size="small"
                        style={{ width: 160 }}
                        aria-label={t('batches.failureReason')}
                        placeholder={t('batches.failureReason')}
                        value={reasons[r.offer_id] ?? ''}
                        onChange={(e) => setReasons((m) => ({ ...m, [r.offer_id]: e.target.value }))}
                      />
                      <Button
                        size="small"
                        danger
                        onClick={() =>
                          void act(() =>
                            apiPost(
                              `/api/v1/payment-batches/${encodeURIComponent(b.id)}/results`,
                              { offer_id: r.offer_id, result: 'failed', reason: reasons[r.offer_id] ?? '' },
                              { lang },
                            ),
                          )
                        }
                      >
                        {t('batches.markFailed')}
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
        </Panel>
      )}
    </div>
  );
}
