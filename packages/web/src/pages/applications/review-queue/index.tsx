import { Checkbox, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { Deadline } from '../shared/deadline.tsx';
import { StatusTag } from '../shared/status-tag.tsx';
import type { ApplicationRow, MeasureInfo } from '../shared/types.ts';

const STATES = ['submitted', 'under_review', 'info_requested', 'resubmitted', 'approved', 'rejected', 'paid', 'withdrawn'] as const;

/**
 * Officers: the applications of the region, soonest deadline first; overdue ones in red, filterable by state,
 * measure and "overdue only"; each opens the review page.
 */
export default function ReviewQueuePage() {
  const { t } = useTranslation('applications');
  const lang = currentLang();
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [measure, setMeasure] = useState<string | undefined>(undefined);
  const [overdue, setOverdue] = useState(false);
  const [sort, setSort] = useState<'due' | 'submitted' | 'created'>('due');
  const measures = useApi(lang, (signal) => apiGet<{ items: MeasureInfo[] }>('/api/v1/applications/measures', { lang, signal }));
  const list = useApi(JSON.stringify([lang, status, measure, overdue, sort]), (signal) =>
    apiGet<{ items: ApplicationRow[] }>('/api/v1/applications', {
      lang,
      signal,
      query: { status, measure, overdue: overdue ? 'true' : undefined, sort },
    }),
  );
  const rows = (list.data?.items ?? []).filter((r) => status !== undefined || r.status !== 'draft');
  return (
    <div data-testid="review-queue">
      <PageHeader title={t('queue.title')} description={t('queue.description')} />
      <Panel>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            aria-label={t('queue.status')}
            placeholder={t('queue.status')}
            style={{ minWidth: 160 }}
            value={status}
            onChange={setStatus}
            options={STATES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <Select
            allowClear
            aria-label={t('queue.measure')}
            placeholder={t('queue.measure')}
            style={{ minWidth: 240 }}
            value={measure}
            onChange={setMeasure}
            options={(measures.data?.items ?? []).map((m) => ({ value: m.measure, label: m.title }))}
          />
          <Select
            aria-label={t('queue.sort')}
            value={sort}
            onChange={setSort}
            options={(['due', 'submitted', 'created'] as const).map((s) => ({ value: s, label: t(`queue.sortBy.${s}`) }))}
          />
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="overdue-only">
            {t('queue.overdueOnly')}
          </Checkbox>
        </Space>
        {list.status === 'error' ? (
          <ApiErrorResult error={list.error} />
        ) : (
          <Table<ApplicationRow>
            rowKey="id"
            data-testid="review-queue-table"
            loading={list.status === 'loading'}
            dataSource={rows}
            pagination={{ pageSize: 20 }}
            locale={{ emptyText: t('queue.none') }}
            scroll={{ x: true }}
            rowClassName={(r) => (r.overdue ? 'xw-row-overdue' : '')}
            onRow={(r) => (r.overdue ? { style: { background: '#fff1f0' } } : {})}
            columns={[
              {
                title: t('col.enterprise'),
                key: 'enterprise',
                render: (_, r) => (
                  <Link to={`/applications/${encodeURIComponent(r.id)}`} data-testid={`open-${r.id}`}>
                    {r.enterprise_name}
                  </Link>
                ),
              },
              { title: t('col.measure'), key: 'measure', render: (_, r) => r.measure_title ?? r.measure },
              { title: t('col.year'), dataIndex: 'year' },
              { title: t('col.status'), key: 'status', render: (_, r) => <StatusTag status={r.status} label={r.status_label} /> },
              {
                title: t('col.submitted'),
                key: 'submitted',
                render: (_, r) => (r.submitted_at ? formatDateTime(r.submitted_at, lang) : '—'),
              },
              {
                title: t('col.due'),
                key: 'due',
                render: (_, r) => <Deadline due={r.due_date} left={r.working_days_left} overdue={r.overdue} estimated={r.due_estimated} />,
              },
            ]}
          />
        )}
      </Panel>
    </div>
  );
}
