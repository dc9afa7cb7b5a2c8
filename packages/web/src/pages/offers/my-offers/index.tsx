import { Alert, Button, Form, Input, Space, Table, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { OfferStatus } from '../shared/offer-status.tsx';
import type { Offer } from '../shared/types.ts';

/**
 * "My offers" (免申即享), for an enterprise account: what programmes offer it because the data already show it
 * eligible, each with the why (the entitlement's components and the rules version), confirmed with only the bank
 * account to pay — nothing it gave before is asked again — and the offer's steps to payment.
 */
export default function MyOffersPage() {
  const { t } = useTranslation('offers');
  const lang = currentLang();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const list = useApi(JSON.stringify([lang, version]), (signal) => apiGet<{ items: Offer[] }>('/api/v1/offers', { lang, signal }));
  return (
    <div data-testid="my-offers">
      <PageHeader title={t('mine.title')} description={t('mine.description')} />
      {list.status === 'error' ? (
        <ApiErrorResult error={list.error} onRetry={() => setVersion((v) => v + 1)} />
      ) : (
        <Panel>
          <Table<Offer>
            rowKey="id"
            data-testid="my-offers-table"
            loading={list.status === 'loading'}
            dataSource={list.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: t('mine.none') }}
            expandable={{
              expandedRowKeys: open ? [open] : [],
              onExpand: (expanded, r) => setOpen(expanded ? r.id : null),
              expandedRowRender: (r) => <OfferDetail offer={r} onChanged={() => setVersion((v) => v + 1)} />,
            }}
            columns={[
              { title: t('col.programme'), dataIndex: 'programme_name' },
              { title: t('col.measure'), render: (_, r) => r.measure_title ?? r.measure },
              { title: t('col.year'), dataIndex: 'year' },
              { title: t('col.amount'), align: 'right', render: (_, r) => formatYuan(r.amount, lang) },
              { title: t('col.status'), render: (_, r) => <OfferStatus status={r.status} /> },
              {
                title: '',
                render: (_, r) => (
                  <Button size="small" onClick={() => setOpen(open === r.id ? null : r.id)} data-testid={`open-offer-${r.id}`}>
                    {r.status === 'offered' ? t('mine.review') : t('mine.details')}
                  </Button>
                ),
              },
            ]}
          />
        </Panel>
      )}
    </div>
  );
}

function OfferDetail({ offer, onChanged }: { offer: Offer; onChanged: () => void }) {
  const { t } = useTranslation('offers');
  const lang = currentLang();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async (values: { account_name: string; bank_name: string; account_number: string }) => {
    setError(null);
    setBusy(true);
    try {
      await apiPost<Offer>(`/api/v1/offers/${encodeURIComponent(offer.id)}/confirm`, values, { lang });
      onChanged();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const steps: { at: string | null | undefined; label: string }[] = [
    { at: offer.eligible_at, label: t('step.eligible') },
    { at: offer.confirmed_at, label: t('step.confirmed') },
    { at: offer.reserved_at, label: t('step.reserved') },
    { at: offer.published_at, label: t('step.published') },
    { at: offer.publicity_ends_at, label: t('step.publicityEnds') },
    { at: offer.paid_at, label: t('step.paid') },
    { at: offer.closed_at, label: t('step.closed') },
  ];
  return (
    <div data-testid={`offer-detail-${offer.id}`} style={{ display: 'grid', gap: 16 }}>
      <section>
        <h3>{t('why.title')}</h3>
        <p>{t('why.intro', { measure: offer.measure_title ?? offer.measure, year: offer.year })}</p>
        <ul data-testid="offer-why">
          {offer.why.components.map((c) => (
            <li key={c.variable}>
              {c.label}: {c.value === null ? t('why.notComputed') : formatYuan(c.value, lang)}
              {c.eligible ? '' : ` (${t('why.notEligible')})`}
            </li>
          ))}
        </ul>
        <p style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('why.rules', { version: offer.why.policy_version })}</p>
      </section>
      {offer.closed_reason && <Alert type="warning" showIcon title={offer.closed_reason} />}
      {offer.failure_reason && <Alert type="error" showIcon title={t('mine.failed', { reason: offer.failure_reason })} />}
      {offer.status === 'waiting' && <Alert type="info" showIcon title={t('mine.waiting')} />}
      <Timeline
        data-testid="offer-timeline"
        items={steps.filter((s) => s.at).map((s) => ({ children: `${s.label} · ${formatDateTime(s.at as string, lang)}` }))}
      />
      {offer.status === 'offered' && (
        <Form layout="vertical" onFinish={confirm} style={{ maxWidth: 480 }} data-testid="confirm-form">
          <p>{t('confirm.intro', { amount: formatYuan(offer.amount, lang) })}</p>
          {error && <ApiAlert error={error} title={t('confirm.failed')} testId="confirm-error" />}
          <Form.Item name="account_name" label={t('confirm.accountName')} rules={[{ required: true, message: t('confirm.required') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="bank_name" label={t('confirm.bankName')} rules={[{ required: true, message: t('confirm.required') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="account_number" label={t('confirm.accountNumber')} rules={[{ required: true, message: t('confirm.required') }]}>
            <Input maxLength={40} inputMode="numeric" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="confirm-offer">
              {t('confirm.submit')}
            </Button>
          </Space>
        </Form>
      )}
    </div>
  );
}
