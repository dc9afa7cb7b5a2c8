import { Alert, Button, Form, Input, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ApiError } from '../../../api/client.ts';
import { apiGet, apiPost } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatDateTime, formatYuan } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../../accounts/shared/api-alert.tsx';
import { asApiError } from '../shared/errors.ts';
import type { Publicity } from '../shared/types.ts';

type Entry = Publicity['items'][number];

/**
 * The public publicity page (公示) of a programme, no sign-in: the enterprises whose confirmed offers are published,
 * with credit code, amount and dates; during the window anyone can object (a contact is needed without sign-in).
 */
export default function PublicityPage() {
  const { t } = useTranslation('offers');
  const lang = currentLang();
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  const [objecting, setObjecting] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [filed, setFiled] = useState(false);
  const data = useApi(JSON.stringify([lang, id, version]), (signal) =>
    apiGet<Publicity>(`/api/v1/publicity/${encodeURIComponent(id)}`, { lang, signal }),
  );
  const file = async (v: { reason: string; contact?: string }) => {
    setError(null);
    try {
      await apiPost(
        `/api/v1/publicity/${encodeURIComponent(id)}/objections`,
        { offer_id: objecting, reason: v.reason, contact: v.contact || null },
        { lang },
      );
      setFiled(true);
      setObjecting(null);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  if (data.status === 'error') return <ApiErrorResult error={data.error} onRetry={() => setVersion((v) => v + 1)} />;
  const p = data.data?.programme;
  return (
    <div data-testid="publicity-page">
      <PageHeader
        title={p ? t('publicity.title', { name: p.name }) : t('publicity.loading')}
        description={
          p ? t('publicity.description', { measure: p.measure_title ?? p.measure, year: p.year, days: p.publicity_days }) : undefined
        }
      />
      {filed && <Alert type="success" showIcon title={t('publicity.filed')} style={{ marginBottom: 12 }} />}
      <Panel>
        <Table<Entry>
          rowKey="offer_id"
          data-testid="publicity-table"
          loading={data.status === 'loading'}
          dataSource={data.data?.items ?? []}
          pagination={{ pageSize: 50 }}
          scroll={{ x: true }}
          locale={{ emptyText: t('publicity.none') }}
          columns={[
            { title: t('col.enterprise'), dataIndex: 'enterprise_name' },
            { title: t('col.creditCode'), render: (_, r) => r.credit_code ?? '—' },
            { title: t('col.amount'), align: 'right', render: (_, r) => formatYuan(r.amount, lang) },
            { title: t('publicity.from'), render: (_, r) => formatDateTime(r.published_at, lang) },
            { title: t('publicity.until'), render: (_, r) => formatDateTime(r.publicity_ends_at, lang) },
            {
              title: '',
              render: (_, r) =>
                r.open ? (
                  <Button size="small" onClick={() => setObjecting(r.offer_id)} data-testid={`object-${r.offer_id}`}>
                    {t('publicity.object')}
                  </Button>
                ) : (
                  t('publicity.closed')
                ),
            },
          ]}
        />
      </Panel>
      {objecting && (
        <Panel title={t('publicity.objectTitle')} testId="objection-form">
          {error && <ApiAlert error={error} title={t('publicity.failed')} testId="objection-error" />}
          <Form layout="vertical" onFinish={file} style={{ maxWidth: 520 }}>
            <Form.Item name="reason" label={t('col.reason')} rules={[{ required: true, message: t('confirm.required') }]}>
              <Input.TextArea maxLength={1000} rows={3} />
            </Form.Item>
            <Form.Item name="contact" label={t('objections.contact')} extra={t('publicity.contactHint')}>
              <Input maxLength={200} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('publicity.submit')}
            </Button>
          </Form>
        </Panel>
      )}
    </div>
  );
}
