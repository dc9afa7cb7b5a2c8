import { Alert, Button, Input, Rate, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiPost, apiUrl } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../app/session.tsx';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../../accounts/shared/api-alert.tsx';
import { Deadline } from '../shared/deadline.tsx';
import { StatusTag } from '../shared/status-tag.tsx';
import type { ComplaintCountRow, ComplaintRow } from '../shared/types.ts';

/**
 * Complaints about fees (item 06) and banks (item 11). Enterprises file them, read the reply and rate it;
 * the responsible department of the region and its officers reply within the deadline; officers see the monthly
 * counts by type, department and region, exported to Excel.
 */
export default function ComplaintsPage() {
  const { t } = useTranslation('applications');
  const lang = currentLang();
  const { state } = useSession();
  const role = state.session?.user.role;
  const isEnterprise = role === 'enterprise';
  const [version, setVersion] = useState(0);
  const [type, setType] = useState<'fee' | 'bank'>('bank');
  const [respondent, setRespondent] = useState('');
  const [body, setBody] = useState('');
  const [replies, setReplies] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = useApi(JSON.stringify([lang, version]), (signal) =>
    apiGet<{ items: ComplaintRow[] }>('/api/v1/complaints', { lang, signal }),
  );
  const stats = useApi(isEnterprise ? null : JSON.stringify([lang, version]), (signal) =>
    apiGet<{ items: ComplaintCountRow[] }>('/api/v1/complaints/statistics', { lang, signal }),
  );

  const run = async (what: string, fn: () => Promise<unknown>) => {
    setError(null);
    setDone(null);
    try {
      await fn();
      setDone(what);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    }
  };

  return (
    <div data-testid="complaints">
      <PageHeader title={t('complaints.title')} description={t('complaints.description')} />
      {error && <ApiAlert error={error} title={t('detail.failed')} testId="complaint-error" />}
      {done && (
        <Alert type="success" showIcon title={t(`complaints.done.${done}`)} style={{ marginBottom: 12 }} data-testid="complaint-done" />
      )}
      {isEnterprise && (
        <Panel title={t('complaints.file')}>
          <Space direction="vertical" style={{ width: '100%', maxWidth: 640 }}>
            <Select
              aria-label={t('complaints.type')}
              value={type}
              onChange={setType}
              data-testid="complaint-type"
              options={[
                { value: 'fee', label: t('complaints.types.fee') },
                { value: 'bank', label: t('complaints.types.bank') },
              ]}
            />
            <Input
              aria-label={t('complaints.respondent')}
              placeholder={t('complaints.respondent')}
              value={respondent}
              maxLength={200}
              onChange={(e) => setRespondent(e.target.value)}
              data-testid="complaint-respondent"
            />
            <Input.TextArea
              aria-label={t('complaints.body')}
              placeholder={t('complaints.body')}
              value={body}
              rows={4}
              maxLength={4000}
              onChange={(e) => setBody(e.target.value)}
              data-testid="complaint-body"
            />
            <Button
              type="primary"
              data-testid="complaint-submit"
              onClick={() =>
                void run('filed', async () => {
                  await apiPost('/api/v1/complaints', { type, respondent, body }, { lang });
                  setRespondent('');
                  setBody('');
                })
              }
            >
              {t('complaints.submit')}
            </Button>
          </Space>
        </Panel>
      )}
      <Panel title={isEnterprise ? t('complaints.mine') : t('complaints.queue')}>
        {list.status === 'error' ? (
          <ApiErrorResult error={list.error} />
        ) : (
          <Table<ComplaintRow>
            rowKey="id"
            data-testid="complaints-table"
            loading={list.status === 'loading'}
            dataSource={list.data?.items ?? []}
            pagination={{ pageSize: 20 }}
            locale={{ emptyText: t('complaints.none') }}
            scroll={{ x: true }}
            onRow={(r) => (r.overdue ? { style: { background: '#fff1f0' } } : {})}
            expandable={{
              expandedRowRender: (r) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.body}</Typography.Paragraph>,
            }}
            columns={[
              ...(isEnterprise
                ? []
                : [{ title: t('col.enterprise'), key: 'enterprise', render: (_: unknown, r: ComplaintRow) => r.enterprise_name }]),
              { title: t('complaints.type'), key: 'type', render: (_, r) => r.type_label ?? r.type },
              { title: t('complaints.respondent'), dataIndex: 'respondent' },
              { title: t('complaints.department'), key: 'department', render: (_, r) => r.department_label },
              { title: t('col.filed'), key: 'filed', render: (_, r) => formatDateTime(r.filed_at, lang) },
              {
                title: t('col.due'),
                key: 'due',
                render: (_, r) => <Deadline due={r.due_date} left={r.working_days_left} overdue={r.overdue && r.status === 'open'} />,
              },
              {
                title: t('col.status'),
                key: 'status',
                render: (_, r) => <StatusTag status={r.status} label={t(`complaints.status.${r.status}`)} />,
              },
              {
                title: t('complaints.reply'),
                key: 'reply',
                render: (_, r) =>
                  r.reply ? (
                    <span data-testid={`reply-${r.id}`}>{r.reply}</span>
                  ) : isEnterprise ? (
                    '—'
                  ) : (
                    <Space direction="vertical">
                      <Input.TextArea
                        aria-label={t('complaints.reply')}
                        rows={2}
                        maxLength={4000}
                        value={replies[r.id] ?? ''}
                        onChange={(e) => setReplies((old) => ({ ...old, [r.id]: e.target.value }))}
                        data-testid={`reply-text-${r.id}`}
                      />
                      <Button
                        size="small"
                        type="primary"
                        data-testid={`reply-send-${r.id}`}
                        onClick={() =>
                          void run('replied', () =>
                            apiPost(`/api/v1/complaints/${encodeURIComponent(r.id)}/reply`, { reply: replies[r.id] ?? '' }, { lang }),
                          )
                        }
                      >
                        {t('complaints.sendReply')}
                      </Button>
                    </Space>
                  ),
              },
              {
                title: t('complaints.rating'),
                key: 'rating',
                render: (_, r) =>
                  r.rating ? (
                    <Rate disabled value={r.rating} aria-label={t('complaints.rating')} />
                  ) : isEnterprise && r.status === 'replied' ? (
                    <Rate
                      aria-label={t('complaints.rating')}
                      data-testid={`rate-${r.id}`}
                      onChange={(v) =>
                        void run('rated', () => apiPost(`/api/v1/complaints/${encodeURIComponent(r.id)}/rate`, { rating: v }, { lang }))
                      }
                    />
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        )}
      </Panel>
      {!isEnterprise && (
        <Panel
          title={t('complaints.statistics')}
          extra={
            <a href={apiUrl('/api/v1/complaints/statistics', { lang, query: { format: 'xlsx' } })} download data-testid="complaints-excel">
              {t('complaints.excel')}
            </a>
          }
        >
          {stats.status === 'error' ? (
            <ApiErrorResult error={stats.error} />
          ) : (
            <Table<ComplaintCountRow>
              rowKey={(r) => `${r.month}-${r.type}-${r.department}-${r.region_code}`}
              size="small"
              data-testid="complaint-statistics"
              dataSource={stats.data?.items ?? []}
              pagination={{ pageSize: 24 }}
              locale={{ emptyText: t('complaints.none') }}
              scroll={{ x: true }}
              columns={[
                { title: t('stats.month'), dataIndex: 'month' },
                { title: t('complaints.type'), key: 'type', render: (_, r) => t(`complaints.types.${r.type}`) },
                { title: t('complaints.department'), key: 'department', render: (_, r) => t(`departments.${r.department}`) },
                { title: t('stats.region'), dataIndex: 'region_code' },
                { title: t('stats.filed'), dataIndex: 'filed', align: 'right' },
                { title: t('stats.replied'), dataIndex: 'replied', align: 'right' },
                { title: t('stats.late'), dataIndex: 'late', align: 'right' },
                {
                  title: t('stats.meanRating'),
                  key: 'mean',
                  align: 'right',
                  render: (_, r) =>
                    r.mean_rating === null ? '—' : new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(r.mean_rating),
                },
              ]}
            />
          )}
        </Panel>
      )}
    </div>
  );
}
