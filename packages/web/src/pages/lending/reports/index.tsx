import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiProblem, apiGet, apiPost, apiUpload, apiUrl } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../app/session.tsx';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { formatPercent, formatYuan } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { CheckExplanation } from '../shared/check-explanation.tsx';
import { type LendingReport, REPORT_FIELDS, type ReportField } from '../shared/lending-types.ts';
import { UploadProblems } from '../shared/upload-problems.tsx';
import { Verdict } from '../shared/verdict.tsx';

type Outcome =
  | { readonly kind: 'filed'; readonly reports: readonly LendingReport[] }
  | { readonly kind: 'rejected'; readonly problems: readonly ApiProblem[] }
  | { readonly kind: 'error'; readonly error: ApiError };

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
const outcomeOf = (e: unknown): Outcome => {
  const error = asApiError(e);
  return error.status === 422 && error.problems.length > 0 ? { kind: 'rejected', problems: error.problems } : { kind: 'error', error };
};

/** The years a quarter may be filed for: from 2012 (the Opinions) to this year. */
const YEARS = Array.from({ length: new Date().getFullYear() - 2011 }, (_, i) => 2012 + i);

/**
 * A bank's quarterly small/micro lending reports (银监发〔2011〕94号; Guofa [2012] No. 14 item 07): file a
 * quarter by form or upload a file (checked whole by the server: a bad row is shown with its field and
 * nothing is saved), and the bank's own reports with the check explained.
 */
export default function LendingReportsPage() {
  const { t } = useTranslation('lending');
  const lang = currentLang();
  const { state } = useSession();
  const isAdmin = state.status === 'signed-in' && state.session.user.role === 'admin';
  const [attempt, setAttempt] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const reports = useApi(JSON.stringify([lang, attempt]), (signal) =>
    apiGet<{ items: LendingReport[] }>('/api/v1/lending/reports', { lang, signal }),
  );
  const banks = useApi(isAdmin ? `banks-${lang}` : null, (signal) =>
    apiGet<{ items: { id: string; name: string }[] }>('/api/v1/lending/banks', { lang, signal }),
  );

  // The form: every figure as typed (yuan text, exact), sent as text so no digit is lost.
  const [bank, setBank] = useState<string | undefined>(undefined);
  const [year, setYear] = useState<number>(YEARS.at(-2) ?? 2015);
  const [quarter, setQuarter] = useState<number>(4);
  const [figures, setFigures] = useState<Partial<Record<ReportField, string>>>({});
  const [formBusy, setFormBusy] = useState(false);
  const [formOutcome, setFormOutcome] = useState<Outcome | null>(null);

  const [file, setFile] = useState<File | null>(null);
  const [uploadBusy, setUploadBusy] = useState(false);
  const [uploadOutcome, setUploadOutcome] = useState<Outcome | null>(null);

  const filed = (list: readonly LendingReport[]) => {
    setAttempt((a) => a + 1);
    const last = list.at(-1);
    if (last) setSelected(`${last.bank_id}/${last.period}`);
  };

  const submit = async () => {
    setFormBusy(true);
    setFormOutcome(null);
    try {
      const body = { ...(bank ? { bank_id: bank } : {}), year, quarter, ...figures };
      const r = await apiPost<{ reports: LendingReport[] }>('/api/v1/lending/reports', body, { lang });
      setFormOutcome({ kind: 'filed', reports: r.reports });
      filed(r.reports);
    } catch (e) {
      setFormOutcome(outcomeOf(e));
    } finally {
      setFormBusy(false);
    }
  };

  const upload = async () => {
    if (!file) {
      setUploadOutcome({ kind: 'error', error: new ApiError(0, 'no_file', t('upload.noFile')) });
      return;
    }
    setUploadBusy(true);
    setUploadOutcome(null);
    try {
      const r = await apiUpload<{ reports: LendingReport[] }>('/api/v1/lending/reports/upload', file, { lang });
      setUploadOutcome({ kind: 'filed', reports: r.reports });
      filed(r.reports);
    } catch (e) {
      setUploadOutcome(outcomeOf(e));
    } finally {
      setUploadBusy(false);
    }
  };

  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));
  const columns: SimpleColumn<LendingReport>[] = [
    { key: 'period', title: t('reports.period'), render: (r) => r.period },
    ...(isAdmin ? [{ key: 'bank', title: t('reports.bank'), render: (r: LendingReport) => r.bank_name }] : []),
    { key: 'small', title: t('reports.smallGrowth'), align: 'end', render: (r) => pct(r.check.small_micro_loan_growth_rate) },
    { key: 'all', title: t('reports.allGrowth'), align: 'end', render: (r) => pct(r.check.all_loan_growth_rate) },
    { key: 'inc', title: t('reports.increment'), align: 'end', render: (r) => formatYuan(r.small_micro_loan_increment, lang) },
    {
      key: 'inc0',
      title: t('reports.incrementLastYear'),
      align: 'end',
      render: (r) => formatYuan(r.small_micro_loan_increment_last_year, lang),
    },
    { key: 'both', title: t('reports.both'), render: (r) => <Verdict ok={r.check.meets_two_targets} /> },
    {
      key: 'explain',
      title: t('reports.explain'),
      render: (r) => (
        <Button size="small" onClick={() => setSelected(`${r.bank_id}/${r.period}`)} data-testid={`explain-${r.period}`}>
          {t('reports.explain')}
        </Button>
      ),
    },
  ];
  const current = reports.data?.items.find((r) => `${r.bank_id}/${r.period}` === selected);
  // The form's problems by field, shown under the field they concern (as Ant Design forms do).
  const fieldProblems = new Map<string, string[]>();
  if (formOutcome?.kind === 'rejected')
    for (const p of formOutcome.problems) fieldProblems.set(p.field, [...(fieldProblems.get(p.field) ?? []), p.message]);
  const fieldError = (f: string) => {
    const messages = fieldProblems.get(f);
    return messages ? (
      <div id={`field-${f}-error`} className="xw-field-error" role="alert" data-testid={`field-${f}-error`}>
        {messages.join(' ')}
      </div>
    ) : null;
  };

  return (
    <div>
      <PageHeader title={t('reports.title')} description={t('reports.description')} />
      <Panel title={t('form.title')} testId="report-form">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 12 }}>
          {isAdmin && (
            <span>
              <label htmlFor="lending-bank">{t('form.bank')}</label>{' '}
              <Select
                id="lending-bank"
                style={{ minWidth: 200 }}
                status={fieldProblems.has('bank_id') ? 'error' : undefined}
                value={bank}
                onChange={setBank}
                options={(banks.data?.items ?? []).map((b) => ({ value: b.id, label: `${b.name} (${b.id})` }))}
              />
              {fieldError('bank_id')}
            </span>
          )}
          <span>
            <label htmlFor="lending-year">{t('form.year')}</label>{' '}
            <Select
              id="lending-year"
              virtual={false}
              status={fieldProblems.has('year') ? 'error' : undefined}
              value={year}
              onChange={setYear}
              options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            />
            {fieldError('year')}
          </span>
          <span>
            <label htmlFor="lending-quarter">{t('form.quarter')}</label>{' '}
            <Select
              id="lending-quarter"
              status={fieldProblems.has('quarter') ? 'error' : undefined}
              value={quarter}
              onChange={setQuarter}
              options={[1, 2, 3, 4].map((q) => ({ value: q, label: `Q${q}` }))}
            />
            {fieldError('quarter')}
          </span>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12 }}>
          {REPORT_FIELDS.map((f) => (
            <span key={f} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
              <label htmlFor={`field-${f}`}>{t(`fields.${f}`)}</label>
              <Input
                id={`field-${f}`}
                data-testid={`field-${f}`}
                inputMode="decimal"
                status={fieldProblems.has(f) ? 'error' : undefined}
                aria-invalid={fieldProblems.has(f) || undefined}
                aria-describedby={fieldProblems.has(f) ? `field-${f}-error` : undefined}
                value={figures[f] ?? ''}
                suffix={f === 'small_micro_loan_count' ? t('form.borrowers') : t('form.yuan')}
                onChange={(e) => setFigures((v) => ({ ...v, [f]: e.target.value }))}
              />
              {fieldError(f)}
            </span>
          ))}
        </div>
        <Button type="primary" style={{ marginTop: 16 }} loading={formBusy} onClick={() => void submit()} data-testid="report-submit">
          {t('form.submit')}
        </Button>
        <OutcomeView outcome={formOutcome} testId="form" rows={false} />
      </Panel>
      <Panel title={t('upload.title')} testId="report-upload">
        <p className="xw-secondary">{t('upload.hint')}</p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
          <label htmlFor="report-file" className="xw-visually-hidden">
            {t('upload.file')}
          </label>
          <input
            id="report-file"
            data-testid="report-file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setUploadOutcome(null);
            }}
          />
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={uploadBusy}
            onClick={() => void upload()}
            data-testid="report-upload-button"
          >
            {t('upload.button')}
          </Button>
          <a href={apiUrl('/api/v1/lending/reports/template', { lang })} download>
            <DownloadOutlined /> {t('upload.template')}
          </a>
        </div>
        <OutcomeView outcome={uploadOutcome} testId="upload" />
      </Panel>
      <Panel title={t('reports.list')} testId="report-list">
        {reports.status === 'error' ? (
          <ApiErrorResult error={reports.error} />
        ) : reports.data === undefined ? (
          <PageLoading />
        ) : (
          <SimpleTable
            testId="reports-table"
            columns={columns}
            rows={reports.data.items}
            rowKey={(r) => `${r.bank_id}/${r.period}`}
            selectedKey={selected ?? undefined}
            empty={t('reports.none')}
          />
        )}
      </Panel>
      {current && (
        <Panel title={t('check.title', { period: current.period, bank: current.bank_name })} testId="report-check">
          <CheckExplanation report={current} />
        </Panel>
      )}
    </div>
  );
}

function OutcomeView({ outcome, testId, rows = true }: { outcome: Outcome | null; testId: string; rows?: boolean }) {
  const { t } = useTranslation('lending');
  if (outcome === null) return null;
  if (outcome.kind === 'rejected') return <UploadProblems problems={outcome.problems} testId={`${testId}-rejected`} rows={rows} />;
  if (outcome.kind === 'error') return <ApiErrorResult error={outcome.error} />;
  return (
    <Alert
      type="success"
      showIcon
      data-testid={`${testId}-filed`}
      title={t('filed', { count: outcome.reports.length, periods: outcome.reports.map((r) => r.period).join(', ') })}
      style={{ marginTop: 16 }}
    />
  );
}
