import { Alert, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiPost } from '../../../api/client.ts';
import type { EnterpriseDetail } from '../../../api/registry-types.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../app/session.tsx';
import { Panel } from '../../../components/panel.tsx';
import { currentLang } from '../../../i18n/index.ts';
import EnterprisePage from '../../officer/enterprise/index.tsx';
import { ApiAlert } from '../shared/api-alert.tsx';
import { CorrectionTable } from '../shared/correction-table.tsx';
import type { Correction, CorrectionField } from '../shared/correction-types.ts';

/**
 * "My enterprise", for an enterprise account: its registry data by year and its entitlements with the why
 * (the registry's enterprise page, scoped by the server to this one enterprise), and its correction requests —
 * a form (field, year, proposed value, reason; checked by the server with the registry's own rules) and their
 * outcome. The enterprise never edits its data: an officer of its region decides.
 */
export default function MyEnterprisePage() {
  const { t } = useTranslation('accounts');
  const lang = currentLang();
  const { state } = useSession();
  const id = state.session?.scope?.enterprise_id ?? '';
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const field = Form.useWatch('field', form) as string | undefined;
  const fields = useApi(JSON.stringify(['fields', lang]), (signal) =>
    apiGet<{ items: CorrectionField[] }>('/api/v1/corrections/fields', { lang, signal }),
  );
  const detail = useApi(id === '' ? null : JSON.stringify(['e', id, lang, version]), (signal) =>
    apiGet<EnterpriseDetail>(`/api/v1/enterprises/${encodeURIComponent(id)}`, { lang, signal }),
  );
  const mine = useApi(JSON.stringify(['mine', lang, version]), (signal) =>
    apiGet<{ items: Correction[] }>('/api/v1/corrections', { lang, signal }),
  );
  const chosen = fields.data?.items.find((f) => f.field === field);
  const years = (detail.data?.years ?? []).map((y) => y.year).sort((a, b) => b - a);

  const submit = async (values: { field: string; year?: number; proposed_value: string; reason: string }) => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await apiPost<Correction>('/api/v1/corrections', { ...values, year: chosen?.by_year ? values.year : null }, { lang });
      form.resetFields();
      setDone(true);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="my-enterprise">
      <EnterprisePage key={version} own={id} />
      <Panel title={t('mine.corrections')} testId="corrections">
        <p>{t('mine.correctionsHint')}</p>
        {error && <ApiAlert error={error} title={t('mine.failed')} testId="correction-error" />}
        {done && (
          <Alert type="success" showIcon title={t('mine.submitted')} style={{ marginBottom: 16 }} data-testid="correction-submitted" />
        )}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ maxWidth: 560 }}>
          <Form.Item name="field" label={t('mine.field')} rules={[{ required: true, message: t('mine.required') }]}>
            <Select
              id="correction-field"
              options={(fields.data?.items ?? []).map((f) => ({ value: f.field, label: f.label }))}
              data-testid="correction-field"
            />
          </Form.Item>
          {chosen?.by_year && (
            <Form.Item name="year" label={t('mine.year')} rules={[{ required: true, message: t('mine.required') }]}>
              <Select id="correction-year" options={years.map((y) => ({ value: y, label: String(y) }))} data-testid="correction-year" />
            </Form.Item>
          )}
          <Form.Item
            name="proposed_value"
            label={t('mine.proposed')}
            extra={chosen?.money ? t('mine.proposedHint') : undefined}
            rules={[{ required: true, message: t('mine.required') }]}
          >
            <Input id="proposed_value" maxLength={200} />
          </Form.Item>
          <Form.Item name="reason" label={t('mine.reason')} rules={[{ required: true, message: t('mine.required') }]}>
            <Input.TextArea id="reason" maxLength={1000} rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('mine.submit')}
          </Button>
        </Form>
        <div style={{ marginTop: 24 }}>
          <CorrectionTable rows={mine.data?.items ?? []} testId="my-corrections" empty={t('mine.none')} />
        </div>
      </Panel>
    </div>
  );
}
