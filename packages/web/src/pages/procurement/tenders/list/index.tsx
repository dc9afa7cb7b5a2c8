import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, apiGet, apiPost } from '../../../../api/client.ts';
import type { TenderDetail, TenderList, TenderMethod } from '../../../../api/tender-types.ts';
import { useApi } from '../../../../api/use-api.ts';
import { useSession } from '../../../../app/session.tsx';
import { ApiErrorResult } from '../../../../components/api-error-result.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { PageLoading } from '../../../../components/page-loading.tsx';
import { Panel } from '../../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../../components/simple-table.tsx';
import { currentLang } from '../../../../i18n/index.ts';
import { StatusTag } from '../tender/status-tag.tsx';

/**
 * The tenders the user may see (their budget unit's; an officer's region; all for analysts), newest first,
 * and for a unit's procurement staff a form to open a new tender (财库〔2011〕181号 evaluation).
 */
export default function TenderListPage() {
  const { t } = useTranslation('procurement');
  const lang = currentLang();
  const { state: session } = useSession();
  const canWrite = session.status === 'signed-in' && session.session.user.role === 'procurement';
  const [attempt, setAttempt] = useState(0);
  const list = useApi(`${lang}-${attempt}`, (signal) => apiGet<TenderList>('/api/v1/tenders', { lang, signal, query: { limit: 200 } }));

  const columns: SimpleColumn<TenderList['items'][number]>[] = [
    { key: 'id', title: t('tenders.fields.id'), render: (r) => <Link to={`/tenders/${encodeURIComponent(r.id)}`}>{r.id}</Link> },
    { key: 'name', title: t('tenders.fields.name'), render: (r) => r.name },
    { key: 'unit', title: t('tenders.fields.unit'), render: (r) => r.budget_unit_name },
    { key: 'date', title: t('tenders.fields.date'), render: (r) => r.date },
    { key: 'method', title: t('tenders.fields.method'), render: (r) => t(`tenders.method.${r.method}`) },
    { key: 'bids', title: t('tenders.fields.bidCount'), align: 'end', render: (r) => r.bid_count },
    { key: 'status', title: t('tenders.fields.status'), render: (r) => <StatusTag status={r.status} /> },
  ];

  return (
    <div>
      <PageHeader title={t('tenders.listTitle')} description={t('tenders.listDescription')} />
      {canWrite && <CreateTender />}
      <Panel title={t('tenders.listPanel')} testId="tender-list">
        {list.status === 'error' ? (
          <ApiErrorResult error={list.error} onRetry={() => setAttempt((a) => a + 1)} />
        ) : list.data === undefined ? (
          <PageLoading />
        ) : (
          <SimpleTable testId="tender-table" columns={columns} rows={list.data.items} rowKey={(r) => r.id} empty={t('tenders.none')} />
        )}
      </Panel>
    </div>
  );
}

/** The first fields of a new tender; bids, rates and the rest follow on its page. */
function CreateTender() {
  const { t } = useTranslation('procurement');
  const lang = currentLang();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [method, setMethod] = useState<TenderMethod>('lowest_price');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await apiPost<TenderDetail>('/api/v1/tenders', { name, date, method }, { lang });
      navigate(`/tenders/${encodeURIComponent(created.id)}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel title={t('tenders.createTitle')} testId="tender-create">
      <div className="xw-form-row" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}>
        <div>
          <label htmlFor="new-tender-name" style={{ display: 'block' }}>
            {t('tenders.fields.name')}
          </label>
          <Input
            id="new-tender-name"
            data-testid="tender-new-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            style={{ width: 320 }}
          />
        </div>
        <div>
          <label htmlFor="new-tender-date" style={{ display: 'block' }}>
            {t('tenders.fields.date')}
          </label>
          <Input id="new-tender-date" data-testid="tender-new-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div>
          <label htmlFor="new-tender-method" style={{ display: 'block' }}>
            {t('tenders.fields.method')}
          </label>
          <Select
            id="new-tender-method"
            data-testid="tender-new-method"
            value={method}
            onChange={(v) => setMethod(v)}
            style={{ width: 200 }}
            options={(['lowest_price', 'comprehensive'] as const).map((m) => ({ value: m, label: t(`tenders.method.${m}`) }))}
          />
        </div>
        <Button type="primary" icon={<PlusOutlined />} loading={busy} onClick={() => void create()} data-testid="tender-create-submit">
          {t('tenders.create')}
        </Button>
      </div>
      {error && <ApiErrorResult error={error} />}
    </Panel>
  );
}
