import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiProblem, apiGet, apiUpload, apiUrl } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../app/session.tsx';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { Tag } from '../../../components/tag.tsx';
import { formatYuan } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import type { LoanRecord } from '../shared/lending-types.ts';
import { UploadProblems } from '../shared/upload-problems.tsx';

type Outcome =
  | { readonly kind: 'done'; readonly records: number; readonly violations: number; readonly reviewFlags: number }
  | { readonly kind: 'rejected'; readonly problems: readonly ApiProblem[] }
  | { readonly kind: 'error'; readonly error: ApiError };

/**
 * Loan fee check (银监发〔2011〕94号 art. 6; Guofa [2012] No. 14 item 11): a bank uploads its loan records;
 * commitment and fund-management fees on non-syndicated small/micro loans are violations, advisory and
 * consulting fees are flagged for review, and each contract's stamp-duty exemption is shown
 * (财税〔2011〕105号, 财税〔2014〕78号). Officers and analysts read the records of their scope.
 */
export default function LoanChecksPage() {
  const { t } = useTranslation('lending');
  const lang = currentLang();
  const { state } = useSession();
  const canUpload = state.status === 'signed-in' && ['bank', 'admin'].includes(state.session.user.role);
  const [flagged, setFlagged] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const loans = useApi(JSON.stringify([lang, flagged, attempt]), (signal) =>
    apiGet<{ items: LoanRecord[] }>('/api/v1/lending/loans', { lang, signal, query: { flagged: flagged ? 'true' : undefined } }),
  );
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const upload = async () => {
    if (!file) {
      setOutcome({ kind: 'error', error: new ApiError(0, 'no_file', t('upload.noFile')) });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const r = await apiUpload<{ records: number; violations: number; review_flags: number }>('/api/v1/lending/loans/upload', file, {
        lang,
      });
      setOutcome({ kind: 'done', records: r.records, violations: r.violations, reviewFlags: r.review_flags });
      setAttempt((a) => a + 1);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message);
      setOutcome(
        error.status === 422 && error.problems.length > 0 ? { kind: 'rejected', problems: error.problems } : { kind: 'error', error },
      );
    } finally {
      setBusy(false);
    }
  };

  const yuan = (v: number | null) => (v === null ? '—' : formatYuan(v, lang));
  const columns: SimpleColumn<LoanRecord>[] = [
    { key: 'contract', title: t('loans.contract'), render: (l) => l.contract_id },
    { key: 'year', title: t('loans.year'), render: (l) => l.year },
    { key: 'borrower', title: t('loans.borrower'), render: (l) => `${l.borrower_name} (${t(`size.${l.borrower_size_class}`)})` },
    { key: 'amount', title: t('loans.amount'), align: 'end', render: (l) => yuan(l.amount) },
    { key: 'syndicated', title: t('loans.syndicated'), render: (l) => (l.syndicated ? t('yes') : t('no')) },
    {
      key: 'fees',
      title: t('loans.fees'),
      render: (l) =>
        [
          l.commitment_fee > 0 ? `${t('loans.commitment')} ${yuan(l.commitment_fee)}` : '',
          l.fund_management_fee > 0 ? `${t('loans.management')} ${yuan(l.fund_management_fee)}` : '',
          l.advisory_fee > 0 ? `${t('loans.advisory')} ${yuan(l.advisory_fee)}` : '',
          l.consulting_fee > 0 ? `${t('loans.consulting')} ${yuan(l.consulting_fee)}` : '',
        ]
          .filter(Boolean)
          .join('; ') || '—',
    },
    {
      key: 'conduct',
      title: t('loans.conduct'),
      render: (l) =>
        l.check.problem !== null ? (
          <Tag>{t('verdict.unchecked')}</Tag>
        ) : l.check.fee_violation ? (
          <Tag color="error">
            <span data-testid="loan-violation">{t('loans.violation', { amount: yuan(l.check.violation_amount) })}</span>
          </Tag>
        ) : l.check.fee_review_flag ? (
          <Tag color="warning">{t('loans.review')}</Tag>
        ) : (
          <Tag color="success">{t('loans.ok')}</Tag>
        ),
    },
    {
      key: 'stamp',
      title: t('loans.stampDuty'),
      render: (l) =>
        l.check.stamp_duty_exempt === null
          ? '—'
          : l.check.stamp_duty_exempt
            ? t('loans.exempt')
            : t('loans.duty', { amount: yuan(l.check.stamp_duty) }),
    },
  ];

  return (
    <div>
      <PageHeader title={t('loans.title')} description={t('loans.description')} />
      {canUpload && (
        <Panel title={t('loans.uploadTitle')} testId="loan-upload">
          <p className="xw-secondary">{t('loans.hint')}</p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
            <label htmlFor="loan-file" className="xw-visually-hidden">
              {t('upload.file')}
            </label>
            <input
              id="loan-file"
              data-testid="loan-file"
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setOutcome(null);
              }}
            />
            <Button type="primary" icon={<UploadOutlined />} loading={busy} onClick={() => void upload()} data-testid="loan-upload-button">
              {t('upload.button')}
            </Button>
          </div>
          {outcome?.kind === 'rejected' && <UploadProblems problems={outcome.problems} testId="loan-rejected" />}
          {outcome?.kind === 'error' && <ApiErrorResult error={outcome.error} />}
          {outcome?.kind === 'done' && (
            <Alert
              type="success"
              showIcon
              data-testid="loan-done"
              style={{ marginTop: 16 }}
              title={t('loans.done', { records: outcome.records, violations: outcome.violations, reviews: outcome.reviewFlags })}
            />
          )}
        </Panel>
      )}
      <Panel
        title={t('loans.list')}
        testId="loan-list"
        extra={
          <span style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
            <Checkbox checked={flagged} onChange={(e) => setFlagged(e.target.checked)}>
              {t('loans.flaggedOnly')}
            </Checkbox>
            <a href={apiUrl('/api/v1/lending/loans/export', { lang, query: { flagged: flagged ? 'true' : undefined } })} download>
              <DownloadOutlined /> {t('export')}
            </a>
          </span>
        }
      >
        {loans.status === 'error' ? (
          <ApiErrorResult error={loans.error} />
        ) : loans.data === undefined ? (
          <PageLoading />
        ) : (
          <SimpleTable
            testId="loans-table"
            columns={columns}
            rows={loans.data.items}
            rowKey={(l) => `${l.bank_id}/${l.contract_id}/${l.year}`}
            empty={t('loans.none')}
          />
        )}
      </Panel>
    </div>
  );
}
