import { Alert, Button, Form, Input, InputNumber, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiPost, apiPostFile } from '../../../api/client.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../shared/api-alert.tsx';
import { EnterprisePicker } from './enterprise-picker.tsx';

interface Issued {
  readonly enterprise_id: string;
  readonly credit_code: string;
  readonly name: string;
  readonly region_code: string;
  readonly code: string;
  readonly expires_at: string;
  readonly replaced: boolean;
}

/** Downloads the codes just issued as a file (the server writes it from them; it keeps only their hashes). */
async function download(codes: readonly Issued[], format: 'xlsx' | 'csv', lang: ReturnType<typeof currentLang>) {
  const lines = codes.map(({ credit_code, name, code, expires_at }) => ({ credit_code, name, code, expires_at }));
  const blob = await apiPostFile('/api/v1/enterprise-accounts/codes/file', { codes: lines }, { lang, query: { format } });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `xiaowei-activation-codes.${format}`;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * Officers: issue activation codes for chosen enterprises or for every enterprise of (a part of) the region
 * without an account; the codes appear once — exported as Excel / CSV or printed from this page.
 */
export default function ActivationCodesPage() {
  const { t } = useTranslation('accounts');
  const lang = currentLang();
  const [mode, setMode] = useState<'ids' | 'filter'>('ids');
  const [codes, setCodes] = useState<Issued[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { picked?: string[]; ids?: string; region?: string; days?: number }) => {
    setBusy(true);
    setError(null);
    try {
      const typed = (values.ids ?? '')
        .split(/[\s,;，；]+/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const ids = [...new Set([...(values.picked ?? []), ...typed])];
      const body =
        mode === 'ids'
          ? { enterprise_ids: ids, days: values.days ?? 30 }
          : { without_account: values.region ? { region: values.region.trim() } : {}, days: values.days ?? 30 };
      setCodes((await apiPost<{ codes: Issued[] }>('/api/v1/enterprise-accounts/codes', body, { lang })).codes);
    } catch (e) {
      setCodes(null);
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  const columns: SimpleColumn<Issued>[] = [
    { key: 'credit', title: t('codes.creditCode'), render: (c) => <span className="xw-mono">{c.credit_code}</span> },
    { key: 'name', title: t('codes.name'), render: (c) => c.name },
    {
      key: 'code',
      title: t('codes.code'),
      render: (c) => (
        <strong className="xw-mono" data-testid={`activation-code-${c.enterprise_id}`}>
          {c.code}
        </strong>
      ),
    },
    { key: 'expires', title: t('codes.expires'), render: (c) => formatDateTime(c.expires_at, lang) },
    { key: 'replaced', title: t('codes.replaced'), render: (c) => t(c.replaced ? 'codes.yes' : 'codes.no') },
  ];

  return (
    <div data-testid="activation-codes">
      <PageHeader title={t('codes.title')} description={t('codes.description')} />
      <Panel className="xw-no-print">
        {error && <ApiAlert error={error} title={t('codes.failed')} testId="codes-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false} style={{ maxWidth: 560 }} initialValues={{ days: 30 }}>
          <Form.Item label={t('codes.mode')}>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
              <Radio value="ids">{t('codes.byIds')}</Radio>
              <Radio value="filter">{t('codes.byFilter')}</Radio>
            </Radio.Group>
          </Form.Item>
          {mode === 'ids' ? (
            <>
              <Form.Item name="picked" label={t('codes.pick')} extra={t('codes.pickHint')}>
                <EnterprisePicker />
              </Form.Item>
              <Form.Item name="ids" label={t('codes.enterpriseIds')} extra={t('codes.enterpriseIdsHint')}>
                <Input.TextArea id="enterprise-ids" rows={3} />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="region" label={t('codes.region')} extra={t('codes.allWithout')}>
              <Input id="region" maxLength={6} />
            </Form.Item>
          )}
          <Form.Item name="days" label={t('codes.days')}>
            <InputNumber id="days" min={1} max={366} precision={0} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="issue-codes">
            {t('codes.issue')}
          </Button>
        </Form>
      </Panel>
      {codes && (
        <Panel
          title={t('codes.issued', { count: codes.length })}
          extra={
            <Space className="xw-no-print" wrap>
              <Button onClick={() => void download(codes, 'xlsx', lang)}>{t('codes.excel')}</Button>
              <Button onClick={() => void download(codes, 'csv', lang)}>{t('codes.csv')}</Button>
              <Button onClick={() => window.print()}>{t('codes.print')}</Button>
            </Space>
          }
        >
          <Alert type="info" showIcon className="xw-no-print" title={t('codes.description')} style={{ marginBottom: 12 }} />
          <SimpleTable testId="issued-codes" columns={columns} rows={codes} rowKey={(c) => c.enterprise_id} />
        </Panel>
      )}
    </div>
  );
}
