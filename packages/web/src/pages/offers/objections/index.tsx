import { Alert, Button, Checkbox, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client.ts';
import { apiGet, apiPost } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../../accounts/shared/api-alert.tsx';
import { asApiError } from '../shared/errors.ts';
import type { Objection } from '../shared/types.ts';

/** Officers: objections filed during publicity (公示) in the region; upheld withdraws the offer, dismissed leaves it. */
export default function ObjectionsPage() {
  const { t } = useTranslation('offers');
  const lang = currentLang();
  const [all, setAll] = useState(false);
  const [version, setVersion] = useState(0);
  const [reason, setReason] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const list = useApi(JSON.stringify([lang, all, version]), (signal) =>
    apiGet<{ items: Objection[] }>('/api/v1/objections', { lang, signal, query: { status: all ? undefined : 'open' } }),
  );
  const decide = async (id: string, decision: 'upheld' | 'dismissed') => {
    setError(null);
    setDone(false);
    try {
      await apiPost(`/api/v1/objections/${encodeURIComponent(id)}/decide`, { decision, reason: reason[id] || null }, { lang });
      setDone(true);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <div data-testid="objections-page">
      <PageHeader title={t('objections.title')} description={t('objections.description')} />
      <Panel
        extra={
          <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)}>
            {t('objections.showAll')}
          </Checkbox>
        }
      >
        {error && <ApiAlert error={error} title={t('objections.failed')} testId="objections-error" />}
        {done && <Alert type="success" showIcon title={t('objections.done')} style={{ marginBottom: 12 }} />}
        {list.status === 'error' ? (
          <ApiErrorResult error={list.error} onRetry={() => setVersion((v) => v + 1)} />
        ) : (
          <Table<Objection>
            rowKey="id"
            data-testid="objections-table"
            loading={list.status === 'loading'}
            dataSource={list.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('objections.none') }}
            columns={[
              { title: t('col.enterprise'), dataIndex: 'enterprise_name' },
              { title: t('col.creditCode'), render: (_, r) => r.credit_code ?? '—' },
              { title: t('col.reason'), dataIndex: 'reason' },
              { title: t('objections.contact'), render: (_, r) => r.contact ?? '—' },
              { title: t('objections.filedAt'), render: (_, r) => formatDateTime(r.filed_at, lang) },
              { title: t('col.status'), render: (_, r) => t(`objections.status.${r.status}`) },
              {
                title: '',
                render: (_, r) =>
                  r.status !== 'open' ? (
                    (r.decision_reason ?? '')
                  ) : (
                    <Space direction="vertical">
                      <Input
                        size="small"
                        aria-label={t('objections.decisionReason')}
                        placeholder={t('objections.decisionReason')}
                        value={reason[r.id] ?? ''}
                        onChange={(e) => setReason((m) => ({ ...m, [r.id]: e.target.value }))}
                        maxLength={1000}
                      />
                      <Space>
                        <Button danger size="small" onClick={() => void decide(r.id, 'upheld')} data-testid={`uphold-${r.id}`}>
                          {t('objections.uphold')}
                        </Button>
                        <Button size="small" onClick={() => void decide(r.id, 'dismissed')} data-testid={`dismiss-${r.id}`}>
                          {t('objections.dismiss')}
                        </Button>
                      </Space>
                    </Space>
                  ),
              },
            ]}
          />
        )}
      </Panel>
    </div>
  );
}
