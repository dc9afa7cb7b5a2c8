import { Alert, Button, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../../api/client.ts';
import { apiGet, apiPost } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../app/session.tsx';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatYuan } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../../accounts/shared/api-alert.tsx';
import { asApiError } from '../shared/errors.ts';
import { OfferStatus } from '../shared/offer-status.tsx';
import type { Batch, Offer, Programme, ProgrammeList } from '../shared/types.ts';

interface ProgrammeForm {
  name: string;
  measure: string;
  department: string;
  region_code: string;
  year: number;
  budget: string;
  publicity_days: number;
}

/**
 * Officers: the programmes of the region (a measure run by a department for a year, with a budget), created
 * here; each with its budget (reserved, remaining, queue), its offers, publication (公示) of the confirmed ones
 * and a payment batch of the payable ones. A department user reads its own department's programmes of its
 * region and their offers (the server scopes them), without the form and the steps.
 */
export default function ProgrammesPage() {
  const { t } = useTranslation('offers');
  const lang = currentLang();
  const navigate = useNavigate();
  const session = useSession();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const list = useApi(JSON.stringify([lang, version]), (signal) => apiGet<ProgrammeList>('/api/v1/programmes', { lang, signal }));
  const act = async (fn: () => Promise<string | null>) => {
    setError(null);
    setNotice(null);
    try {
      setNotice(await fn());
      setVersion((v) => v + 1);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const create = (v: ProgrammeForm) =>
    act(async () => {
      await apiPost<Programme>('/api/v1/programmes', v, { lang });
      return t('programmes.created');
    });
  const publish = (p: Programme) =>
    act(async () => {
      const r = await apiPost<{ published: number }>(`/api/v1/programmes/${encodeURIComponent(p.id)}/publish`, {}, { lang });
      return t('programmes.publishedCount', { count: r.published });
    });
  const batch = (p: Programme) =>
    act(async () => {
      const b = await apiPost<Batch>('/api/v1/payment-batches', { programme_id: p.id }, { lang });
      navigate(`/payment-batches?batch=${encodeURIComponent(b.id)}`);
      return null;
    });
  const region = session.state.status === 'signed-in' ? (session.state.session.scope?.region_prefix ?? '') : '';
  const readOnly = session.state.status === 'signed-in' && session.state.session.user.role === 'department';
  return (
    <div data-testid="programmes-page">
      <PageHeader
        title={t('programmes.title')}
        description={readOnly ? t('programmes.departmentDescription') : t('programmes.description')}
      />
      {error && <ApiAlert error={error} title={t('programmes.failed')} testId="programmes-error" />}
      {notice && <Alert type="success" showIcon title={notice} style={{ marginBottom: 12 }} data-testid="programmes-notice" />}
      {!readOnly && (
        <Panel title={t('programmes.new')} testId="programme-form">
          <Form<ProgrammeForm>
            layout="vertical"
            style={{ maxWidth: 560 }}
            onFinish={create}
            initialValues={{
              region_code: region.length >= 2 ? region : '',
              year: new Date().getFullYear() - 1,
              publicity_days: 7,
              department: 'finance',
            }}
          >
            <Form.Item name="name" label={t('programmes.name')} rules={[{ required: true, message: t('confirm.required') }]}>
              <Input maxLength={200} style={{ width: 260, maxWidth: '100%' }} />
            </Form.Item>
            <Form.Item name="measure" label={t('col.measure')} rules={[{ required: true, message: t('confirm.required') }]}>
              <Select
                style={{ width: 320, maxWidth: '100%' }}
                showSearch
                optionFilterProp="label"
                options={(list.data?.measures ?? []).map((m) => ({ value: m.id, label: `${m.id} ${m.title ?? ''}` }))}
              />
            </Form.Item>
            <Form.Item name="department" label={t('programmes.department')}>
              <Select
                style={{ width: 200, maxWidth: '100%' }}
                options={(list.data?.departments ?? []).map((d) => ({ value: d, label: t(`department.${d}`) }))}
              />
            </Form.Item>
            <Form.Item name="region_code" label={t('col.region')} rules={[{ required: true, message: t('confirm.required') }]}>
              <Input maxLength={6} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name="year" label={t('col.year')}>
              <InputNumber min={2011} max={2100} />
            </Form.Item>
            <Form.Item name="budget" label={t('programmes.budget')} rules={[{ required: true, message: t('confirm.required') }]}>
              <Input style={{ width: 160 }} inputMode="decimal" />
            </Form.Item>
            <Form.Item name="publicity_days" label={t('programmes.publicityDays')}>
              <InputNumber min={0} max={60} />
            </Form.Item>
            <Button type="primary" htmlType="submit" data-testid="create-programme">
              {t('programmes.create')}
            </Button>
          </Form>
        </Panel>
      )}
      {list.status === 'error' ? (
        <ApiErrorResult error={list.error} onRetry={() => setVersion((v) => v + 1)} />
      ) : (
        <Panel title={readOnly ? t('programmes.departmentList') : t('programmes.list')}>
          <Table<Programme>
            rowKey="id"
            data-testid="programmes-table"
            loading={list.status === 'loading'}
            dataSource={list.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: t('programmes.none') }}
            expandable={{
              expandedRowKeys: open ? [open] : [],
              onExpand: (expanded, r) => setOpen(expanded ? r.id : null),
              expandedRowRender: (r) => <ProgrammeOffers programme={r} version={version} />,
            }}
            columns={[
              { title: t('programmes.name'), dataIndex: 'name' },
              { title: t('col.measure'), render: (_, r) => r.measure_title ?? r.measure },
              { title: t('col.region'), dataIndex: 'region_code' },
              { title: t('col.year'), dataIndex: 'year' },
              { title: t('programmes.budget'), align: 'right', render: (_, r) => formatYuan(r.budget, lang) },
              { title: t('programmes.remaining'), align: 'right', render: (_, r) => formatYuan(r.remaining ?? r.budget, lang) },
              { title: t('programmes.waiting'), align: 'right', dataIndex: 'waiting' },
              {
                title: '',
                render: (_, r) => (
                  <Space wrap>
                    {!readOnly && (
                      <>
                        <Button size="small" onClick={() => void publish(r)} data-testid={`publish-${r.id}`}>
                          {t('programmes.publish')}
                        </Button>
                        <Button size="small" onClick={() => void batch(r)} data-testid={`batch-${r.id}`}>
                          {t('programmes.batch')}
                        </Button>
                      </>
                    )}
                    <Link to={`/publicity/${encodeURIComponent(r.id)}`}>{t('programmes.publicityPage')}</Link>
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

function ProgrammeOffers({ programme, version }: { programme: Programme; version: number }) {
  const { t } = useTranslation('offers');
  const lang = currentLang();
  const offers = useApi(JSON.stringify([lang, programme.id, version]), (signal) =>
    apiGet<{ items: Offer[] }>('/api/v1/offers', { lang, signal, query: { programme_id: programme.id } }),
  );
  if (offers.status === 'error') return <ApiErrorResult error={offers.error} />;
  return (
    <Table<Offer>
      rowKey="id"
      size="small"
      data-testid={`programme-offers-${programme.id}`}
      loading={offers.status === 'loading'}
      dataSource={offers.data?.items ?? []}
      pagination={{ pageSize: 20 }}
      locale={{ emptyText: t('programmes.noOffers') }}
      columns={[
        { title: t('col.enterprise'), dataIndex: 'enterprise_name' },
        { title: t('col.creditCode'), render: (_, r) => r.credit_code ?? '—' },
        { title: t('col.amount'), align: 'right', render: (_, r) => formatYuan(r.amount, lang) },
        { title: t('col.status'), render: (_, r) => <OfferStatus status={r.status} /> },
        { title: t('col.reason'), render: (_, r) => r.closed_reason ?? r.failure_reason ?? '' },
      ]}
    />
  );
}
