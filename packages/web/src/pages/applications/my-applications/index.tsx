import { Button, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, apiGet, apiPost } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../../accounts/shared/api-alert.tsx';
import { Deadline } from '../shared/deadline.tsx';
import { FormFields } from '../shared/form-fields.tsx';
import { StatusTag } from '../shared/status-tag.tsx';
import type { ApplicationRow, FormFieldInfo, MeasureInfo, Value } from '../shared/types.ts';

const THIS_YEAR = new Date().getFullYear();

/**
 * Enterprises: apply for a measure that needs a request (the form generated from the measure's input variables,
 * prefilled from the registry), and follow their applications.
 */
export default function MyApplicationsPage() {
  const { t } = useTranslation('applications');
  const lang = currentLang();
  const navigate = useNavigate();
  const [measure, setMeasure] = useState<string | undefined>(undefined);
  const [year, setYear] = useState(THIS_YEAR);
  const [values, setValues] = useState<Record<string, Value>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const measures = useApi(lang, (signal) => apiGet<{ items: MeasureInfo[] }>('/api/v1/applications/measures', { lang, signal }));
  const form = useApi(measure ? JSON.stringify([lang, measure, year]) : null, async (signal) => {
    const f = await apiGet<{ fields: FormFieldInfo[] }>('/api/v1/applications/form', { lang, signal, query: { measure, year } });
    const prefilled: Record<string, Value> = {};
    for (const field of f.fields) if (field.prefill !== undefined) prefilled[field.name] = field.prefill;
    setValues(prefilled);
    return f;
  });
  const list = useApi(lang, (signal) =>
    apiGet<{ items: ApplicationRow[] }>('/api/v1/applications', { lang, signal, query: { sort: 'created' } }),
  );

  const create = async () => {
    setError(null);
    try {
      const created = await apiPost<ApplicationRow>('/api/v1/applications', { measure, year, values }, { lang });
      navigate(`/applications/${encodeURIComponent(created.id)}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    }
  };

  return (
    <div data-testid="my-applications">
      <PageHeader title={t('mine.title')} description={t('mine.description')} />
      <Panel title={t('apply.title')}>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            id="apply-measure"
            data-testid="apply-measure"
            aria-label={t('apply.measure')}
            placeholder={t('apply.measure')}
            style={{ minWidth: 320 }}
            value={measure}
            onChange={(v) => setMeasure(v)}
            options={(measures.data?.items ?? []).map((m) => ({
              value: m.measure,
              label: `${m.title} · ${t('apply.reviewDays', { count: m.review_working_days })}`,
            }))}
          />
          <Select
            data-testid="apply-year"
            aria-label={t('apply.year')}
            value={year}
            onChange={(v) => setYear(v)}
            options={[THIS_YEAR - 1, THIS_YEAR, THIS_YEAR + 1].map((y) => ({ value: y, label: String(y) }))}
          />
        </Space>
        {error && <ApiAlert error={error} title={t('apply.failed')} testId="apply-error" />}
        {form.status === 'error' && <ApiErrorResult error={form.error} />}
        {form.data && (
          <>
            <FormFields fields={form.data.fields} values={values} onChange={(n, v) => setValues((old) => withValue(old, n, v))} />
            <Button type="primary" onClick={() => void create()} data-testid="apply-create">
              {t('apply.create')}
            </Button>
          </>
        )}
      </Panel>
      <Panel title={t('mine.list')}>
        {list.status === 'error' ? (
          <ApiErrorResult error={list.error} />
        ) : (
          <Table<ApplicationRow>
            rowKey="id"
            data-testid="my-applications-table"
            loading={list.status === 'loading'}
            dataSource={list.data?.items ?? []}
            pagination={{ pageSize: 20 }}
            locale={{ emptyText: t('mine.none') }}
            scroll={{ x: true }}
            columns={[
              {
                title: t('col.measure'),
                key: 'measure',
                render: (_, r) => <Link to={`/applications/${encodeURIComponent(r.id)}`}>{r.measure_title ?? r.measure}</Link>,
              },
              { title: t('col.year'), dataIndex: 'year' },
              { title: t('col.status'), key: 'status', render: (_, r) => <StatusTag status={r.status} label={r.status_label} /> },
              { title: t('col.created'), key: 'created', render: (_, r) => formatDateTime(r.created_at, lang) },
              {
                title: t('col.due'),
                key: 'due',
                render: (_, r) => <Deadline due={r.due_date} left={r.working_days_left} overdue={r.overdue} estimated={r.due_estimated} />,
              },
            ]}
          />
        )}
        <Typography.Paragraph type="secondary">{t('mine.note')}</Typography.Paragraph>
      </Panel>
    </div>
  );
}

function withValue(old: Record<string, Value>, name: string, value: Value | undefined): Record<string, Value> {
  const next = { ...old };
  if (value === undefined) delete next[name];
  else next[name] = value;
  return next;
}

export { withValue };
