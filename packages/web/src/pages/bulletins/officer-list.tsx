import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, apiGet, apiPost } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorResult } from '../../components/api-error-result.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Panel } from '../../components/panel.tsx';
import { SimpleTable } from '../../components/simple-table.tsx';
import { Tag } from '../../components/tag.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLang } from '../../i18n/index.ts';
import { ApiAlert } from '../accounts/shared/api-alert.tsx';
import type { Bulletin, BulletinSummary } from './bulletin-types.ts';

export const STATUS_COLOUR = { draft: 'default', reviewed: 'blue', published: 'green' } as const;

/** Officers and analysts: the bulletins of their region, and a new draft for a month or quarter. */
export default function BulletinListPage() {
  const { t } = useTranslation('bulletins');
  const lang = currentLang();
  const navigate = useNavigate();
  const [period, setPeriod] = useState('');
  const [region, setRegion] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const list = useApi(lang, (signal) => apiGet<{ items: BulletinSummary[] }>('/api/v1/bulletins', { lang, signal }));

  const generate = async () => {
    setError(null);
    setBusy(true);
    try {
      const b = await apiPost<Bulletin>(
        '/api/v1/bulletins',
        { period: period.trim(), ...(region.trim() ? { region: region.trim() } : {}) },
        { lang },
      );
      navigate(`/bulletins/${b.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="bulletin-list-page">
      <PageHeader title={t('list.title')} description={t('list.description')} />
      <Alert type="info" showIcon title={t('list.fourEyes')} style={{ marginBottom: 16 }} />
      <Panel title={t('list.generate')}>
        {error && <ApiAlert error={error} title={t('list.generate')} testId="bulletin-generate-error" />}
        <Form layout="vertical" onFinish={() => void generate()} style={{ maxWidth: 360 }}>
          <Form.Item label={t('list.period')} extra={t('list.periodHelp')}>
            <Input
              value={period}
              onChange={(e) => setPeriod(e.target.value)}
              placeholder="2013-Q1"
              data-testid="bulletin-period"
              style={{ width: 140 }}
            />
          </Form.Item>
          <Form.Item label={t('list.region')} extra={t('list.regionHelp')}>
            <Input value={region} onChange={(e) => setRegion(e.target.value)} data-testid="bulletin-region" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} disabled={period.trim() === ''} data-testid="bulletin-generate">
              {t('list.generate')}
            </Button>
          </Form.Item>
        </Form>
      </Panel>
      <Panel title={t('list.title')}>
        {list.status === 'error' ? (
          <ApiErrorResult error={list.error} />
        ) : (
          <SimpleTable<BulletinSummary>
            testId="bulletin-table"
            rows={list.data?.items ?? []}
            rowKey={(r) => r.id}
            empty={t('list.empty')}
            columns={[
              { key: 'period', title: t('list.columns.period'), render: (r) => r.period },
              { key: 'region', title: t('list.columns.region'), render: (r) => r.region || t('list.national') },
              {
                key: 'status',
                title: t('list.columns.status'),
                render: (r) => <Tag color={STATUS_COLOUR[r.status]}>{t(`status.${r.status}`)}</Tag>,
              },
              { key: 'version', title: t('list.columns.version'), render: (r) => (r.version === null ? '—' : `v${r.version}`) },
              { key: 'by', title: t('list.columns.createdBy'), render: (r) => r.created_by },
              { key: 'at', title: t('list.columns.createdAt'), render: (r) => formatDateTime(r.created_at, lang) },
              {
                key: 'open',
                title: t('list.columns.actions'),
                render: (r) => (
                  <Link to={`/bulletins/${r.id}`} data-testid={`bulletin-open-${r.id}`}>
                    {t('list.open')}
                  </Link>
                ),
              },
            ]}
          />
        )}
      </Panel>
    </div>
  );
}
