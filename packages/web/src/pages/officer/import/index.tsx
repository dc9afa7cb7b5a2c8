import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, type ApiProblem, apiUpload } from '../../../api/client.ts';
import type { ImportJob } from '../../../api/registry-types.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { FactList } from '../../../components/fact-list.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { formatNumber } from '../shared/format.ts';

type Outcome =
  | { readonly kind: 'done'; readonly job: ImportJob }
  | { readonly kind: 'rejected'; readonly problems: readonly ApiProblem[] }
  | { readonly kind: 'error'; readonly error: ApiError };

/**
 * Upload an Excel or CSV file into the registry (POST /api/v1/imports). The server checks the whole file
 * first: a rejected file lists each problem by row and column in the user's language, and nothing is
 * written; an accepted one shows what was written.
 */
export default function ImportPage() {
  const { t } = useTranslation('officer');
  const lang = currentLang();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [missing, setMissing] = useState(false);

  const upload = async () => {
    if (!file) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const job = await apiUpload<ImportJob>('/api/v1/imports', file, { lang });
      setOutcome(job.status === 'completed' ? { kind: 'done', job } : { kind: 'error', error: jobError(job) });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message);
      setOutcome(
        error.code === 'XW_ERR_IMPORT_REJECTED' || (error.status === 422 && error.problems.length > 0)
          ? { kind: 'rejected', problems: error.problems }
          : { kind: 'error', error },
      );
    } finally {
      setBusy(false);
    }
  };

  const columns: SimpleColumn<ApiProblem>[] = [
    { key: 'row', title: t('import.row'), align: 'end', render: (p) => p.row ?? '—' },
    { key: 'column', title: t('import.column'), render: (p) => p.column ?? p.field ?? '—' },
    { key: 'problem', title: t('import.problem'), render: (p) => p.message },
  ];

  return (
    <div>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <Panel>
        {/* Lists the column names a file may use (in English they are codes such as total_assets). */}
        <p className="xw-secondary" data-xw-codes="">
          {t('import.columnsHint')}
        </p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
          <label htmlFor="import-file" className="xw-visually-hidden">
            {t('import.file')}
          </label>
          <input
            ref={input}
            id="import-file"
            data-testid="import-file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMissing(false);
              setOutcome(null);
            }}
          />
          <Button type="primary" icon={<UploadOutlined />} loading={busy} onClick={() => void upload()} data-testid="import-upload">
            {t('import.upload')}
          </Button>
        </div>
        {missing && <Alert type="warning" showIcon role="alert" title={t('import.noFile')} style={{ marginTop: 16 }} />}
      </Panel>
      {outcome?.kind === 'rejected' && (
        <Panel title={t('import.problems')} testId="import-rejected">
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('import.rejectedTitle', { count: outcome.problems.length })}
            description={t('import.rejectedText')}
            style={{ marginBottom: 16 }}
          />
          <SimpleTable
            testId="import-problems"
            columns={columns}
            rows={outcome.problems}
            rowKey={(p) => `${p.row}-${p.column ?? p.field}-${p.message}`}
          />
        </Panel>
      )}
      {outcome?.kind === 'done' && (
        <Panel testId="import-done">
          <Alert type="success" showIcon title={t('import.doneTitle', { file: outcome.job.file_name })} style={{ marginBottom: 16 }} />
          <FactList
            columns={2}
            items={[
              {
                key: 'rows',
                label: t('import.rows'),
                value: <span data-testid="import-rows">{formatNumber(outcome.job.rows, lang)}</span>,
              },
              {
                key: 'created',
                label: t('import.created'),
                value: <span data-testid="import-created">{formatNumber(outcome.job.enterprises_created ?? 0, lang)}</span>,
              },
              { key: 'updated', label: t('import.updated'), value: formatNumber(outcome.job.enterprises_updated ?? 0, lang) },
              { key: 'years', label: t('import.years'), value: formatNumber(outcome.job.years_written ?? 0, lang) },
            ]}
          />
          <p style={{ marginTop: 16 }}>
            <Link to="/registry">{t('import.toRegistry')}</Link>
          </p>
        </Panel>
      )}
      {outcome?.kind === 'error' && (
        <Panel title={t('import.failedTitle')}>
          <ApiErrorResult error={outcome.error} />
        </Panel>
      )}
    </div>
  );
}

/** A job that ended without completing (with wait=true this is a failure the server reports in the job). */
function jobError(job: ImportJob): ApiError {
  return new ApiError(500, job.error?.code ?? `import_${job.status}`, job.error?.message ?? job.status);
}
