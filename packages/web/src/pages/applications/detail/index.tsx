import { Alert, Button, Descriptions, Input, List, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, apiGet, apiPost, apiPut, apiUpload, apiUrl } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../app/session.tsx';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatDateTime, formatYuan } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../../accounts/shared/api-alert.tsx';
import { withValue } from '../my-applications/index.tsx';
import { Deadline } from '../shared/deadline.tsx';
import { FormFields } from '../shared/form-fields.tsx';
import { StatusTag } from '../shared/status-tag.tsx';
import type { Advice, ApplicationDetail, Value } from '../shared/types.ts';

type Action = 'submit' | 'withdraw' | 'respond' | 'review' | 'request-info' | 'approve' | 'reject' | 'pay';

/** What each side may do in each state (the server decides; the page offers only these). */
const ENTERPRISE_ACTIONS: Readonly<Record<string, readonly Action[]>> = {
  draft: ['submit', 'withdraw'],
  submitted: ['withdraw'],
  under_review: ['withdraw'],
  info_requested: ['respond', 'withdraw'],
  resubmitted: ['withdraw'],
};
const OFFICER_ACTIONS: Readonly<Record<string, readonly Action[]>> = {
  submitted: ['review'],
  resubmitted: ['review'],
  under_review: ['approve', 'reject', 'request-info'],
  approved: ['pay'],
};
const NEEDS_REASON = new Set<Action>(['respond', 'request-info', 'approve', 'reject']);

/**
 * One application: the enterprise edits a draft, attaches files, submits, answers a request for information;
 * the officer of its region sees the registry figures and the engine's advice, asks for more, approves or
 * rejects with a reason, and marks it paid. The history of every step is below.
 */
export default function ApplicationPage() {
  const { t } = useTranslation('applications');
  const lang = currentLang();
  const { id = '' } = useParams();
  const { state } = useSession();
  const role = state.session?.user.role;
  const isEnterprise = role === 'enterprise';
  const [version, setVersion] = useState(0);
  const [values, setValues] = useState<Record<string, Value> | null>(null);
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const app = useApi(JSON.stringify([lang, id, version]), (signal) =>
    apiGet<ApplicationDetail>(`/api/v1/applications/${encodeURIComponent(id)}`, { lang, signal }),
  );
  const path = `/api/v1/applications/${encodeURIComponent(id)}`;

  const run = async (what: string, fn: () => Promise<unknown>) => {
    setError(null);
    setDone(null);
    try {
      await fn();
      setDone(what);
      setReason('');
      setAmount('');
      setValues(null);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    }
  };

  if (app.status === 'error') return <ApiErrorResult error={app.error} onRetry={() => setVersion((v) => v + 1)} />;
  const a = app.data;
  if (!a) return null;
  const editable = isEnterprise && (a.status === 'draft' || a.status === 'info_requested');
  const shown = values ?? a.values;
  const actions = (isEnterprise ? ENTERPRISE_ACTIONS : OFFICER_ACTIONS)[a.status] ?? [];
  // The registry's own columns by their names here; the year's other inputs by the form's labels of the policy variables.
  const fieldLabel = (k: string) => a.form.find((f) => f.name === k)?.label ?? t(`registryFields.${k}`, { defaultValue: k });

  const act = (action: Action) =>
    run(action, async () => {
      if (editable && values !== null) await apiPut(path, { values }, { lang });
      await apiPost(`${path}/${action}`, { reason: reason || null, ...(amount ? { amount } : {}) }, { lang });
    });

  return (
    <div data-testid="application-detail">
      <PageHeader
        title={`${a.measure_title ?? a.measure} · ${a.year}`}
        description={a.enterprise_name}
        extra={<StatusTag status={a.status} label={a.status_label} />}
      />
      {error && <ApiAlert error={error} title={t('detail.failed')} testId="action-error" />}
      {done && <Alert type="success" showIcon title={t(`done.${done}`)} style={{ marginBottom: 12 }} data-testid="action-done" />}
      {a.status === 'info_requested' && a.info_request && (
        <Alert
          type="warning"
          showIcon
          title={t('detail.infoRequested')}
          description={a.info_request}
          style={{ marginBottom: 12 }}
          data-testid="info-request"
        />
      )}
      {(a.status === 'approved' || a.status === 'rejected' || a.status === 'paid') && a.decision_reason && (
        <Alert
          type={a.status === 'rejected' ? 'error' : 'success'}
          showIcon
          title={t('detail.decision')}
          description={a.decision_reason}
          style={{ marginBottom: 12 }}
          data-testid="decision"
        />
      )}
      <Panel title={t('detail.overview')}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('col.enterprise')}>{a.enterprise_name}</Descriptions.Item>
          <Descriptions.Item label={t('col.submitted')}>{a.submitted_at ? formatDateTime(a.submitted_at, lang) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('col.due')}>
            <Deadline due={a.due_date} left={a.working_days_left} overdue={a.overdue} estimated={a.due_estimated} />
          </Descriptions.Item>
          <Descriptions.Item label={t('col.approved')}>
            {a.approved_amount != null ? formatYuan(a.approved_amount, lang) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('col.paid')}>{a.paid_amount != null ? formatYuan(a.paid_amount, lang) : '—'}</Descriptions.Item>
        </Descriptions>
      </Panel>
      <Panel title={t('detail.form')}>
        <FormFields fields={a.form} values={shown} disabled={!editable} onChange={(n, v) => setValues(withValue({ ...shown }, n, v))} />
        {editable && values !== null && (
          <Button onClick={() => void run('save', () => apiPut(path, { values }, { lang }))} data-testid="save-values">
            {t('detail.save')}
          </Button>
        )}
      </Panel>
      <Panel title={t('detail.attachments')}>
        <List
          data-testid="attachments"
          dataSource={[...a.attachments]}
          locale={{ emptyText: t('detail.noAttachments') }}
          renderItem={(f) => (
            <List.Item>
              <a href={apiUrl(`${path}/attachments/${encodeURIComponent(f.id)}`, { lang })} download={f.file_name}>
                {f.file_name}
              </a>{' '}
              <Typography.Text type="secondary">
                {t('detail.fileInfo', { size: new Intl.NumberFormat(lang).format(f.size_bytes), type: f.media_type })}
              </Typography.Text>
            </List.Item>
          )}
        />
        {editable && (
          <Upload
            accept=".pdf,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              void run('upload', () => apiUpload(`${path}/attachments`, file, { lang }));
              return false;
            }}
          >
            <Button data-testid="upload-attachment">{t('detail.upload')}</Button>
          </Upload>
        )}
      </Panel>
      {!isEnterprise && a.advice && <AdvicePanel advice={a.advice} title={t('detail.advice')} />}
      {a.decision_advice && a.status === 'rejected' && <AdvicePanel advice={a.decision_advice} title={t('detail.whyNot')} />}
      {!isEnterprise && a.registry && (
        <Panel title={t('detail.registry', { year: a.registry.year ?? '—' })}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="registry">
            {Object.entries(a.registry)
              .filter(([k]) => k !== 'year' && k !== 'id')
              .map(([k, v]) => (
                <Descriptions.Item key={k} label={fieldLabel(k)}>
                  {v === null ? '—' : typeof v === 'boolean' ? (v ? t('form.yes') : t('form.no')) : String(v)}
                </Descriptions.Item>
              ))}
          </Descriptions>
        </Panel>
      )}
      {actions.length > 0 && (
        <Panel title={t('detail.actions')}>
          <Space direction="vertical" style={{ width: '100%', maxWidth: 640 }}>
            {actions.some((x) => NEEDS_REASON.has(x) || x === 'withdraw') && (
              <Input.TextArea
                aria-label={t('detail.reason')}
                placeholder={t('detail.reason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={3}
                maxLength={2000}
                data-testid="action-reason"
              />
            )}
            {actions.some((x) => x === 'approve' || x === 'pay') && (
              <Input
                aria-label={t('detail.amount')}
                placeholder={t('detail.amount')}
                value={amount}
                inputMode="decimal"
                onChange={(e) => setAmount(e.target.value)}
                data-testid="action-amount"
              />
            )}
            <Space wrap>
              {actions.map((x) => (
                <Button
                  key={x}
                  type={x === 'approve' || x === 'submit' || x === 'respond' || x === 'review' ? 'primary' : 'default'}
                  danger={x === 'reject' || x === 'withdraw'}
                  onClick={() => void act(x)}
                  data-testid={`action-${x}`}
                >
                  {t(`action.${x}`)}
                </Button>
              ))}
            </Space>
          </Space>
        </Panel>
      )}
      <Panel title={t('detail.history')}>
        <Table
          rowKey={(e) => `${e.at}-${e.to_status}`}
          size="small"
          pagination={false}
          dataSource={[...a.events]}
          data-testid="history"
          scroll={{ x: true }}
          columns={[
            { title: t('col.when'), key: 'at', render: (_, e) => formatDateTime(e.at, lang) },
            { title: t('col.by'), key: 'by', render: (_, e) => t(`party.${e.actor_role}`) },
            { title: t('col.status'), key: 'to', render: (_, e) => <StatusTag status={e.to_status} label={e.to_label} /> },
            { title: t('col.reason'), key: 'reason', render: (_, e) => e.reason ?? '' },
          ]}
        />
      </Panel>
    </div>
  );
}

/** The engine's answer: per sub-measure eligible or not, the amount, the conditions with what would change. */
function AdvicePanel({ advice, title }: { advice: Advice; title: string }) {
  const { t } = useTranslation('applications');
  const lang = currentLang();
  return (
    <Panel title={title} testId="advice">
      <Typography.Paragraph type="secondary">
        {advice.figures_year === null ? t('advice.noFigures') : t('advice.figures', { year: advice.figures_year })} {t('advice.note')}
      </Typography.Paragraph>
      {advice.problem && <Alert type="warning" showIcon title={advice.problem} />}
      {advice.outcomes.length === 0 && !advice.problem && <Typography.Paragraph>{t('advice.none')}</Typography.Paragraph>}
      {advice.outcomes.map((o) => (
        <div key={o.measure} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{o.title}</Typography.Text>{' '}
          <Tag color={o.eligible ? 'green' : 'red'}>{o.eligible ? t('advice.eligible') : t('advice.notEligible')}</Tag>
          {o.value !== null && o.eligible && <Typography.Text>{formatYuan(o.value, lang)}</Typography.Text>}
          {o.pending && <Typography.Paragraph type="secondary">{o.pending}</Typography.Paragraph>}
          <ul>
            {o.conditions.map((c) => (
              <li key={c.variable}>
                {c.met ? '✓' : '✗'} {c.label}
                {c.advice ? ` — ${c.advice}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Panel>
  );
}
