import { Alert, Button, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type ApiError, apiPost, apiUrl } from '../../../api/client.ts';
import type { PublishedReportSummary } from '../../../api/set-aside-types.ts';
import { useSession } from '../../../app/session.tsx';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ProblemList } from '../budget-unit/problem-list.tsx';
import { NewUnitForm } from './new-unit-form.tsx';
import { ReportView } from './report-view.tsx';
import { useSetAsideReport } from './use-set-aside-report.ts';

/** The years 财库〔2011〕181号 is encoded for (2012–2019). */
const YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019];

/**
 * Set-aside monitoring for officers, analysts and administrators: the units of a region in a year with
 * their reserved and awarded shares and state (rows below the line highlighted), a chart of the reserved
 * shares against the 30% and 18% lines, the Excel and PDF files, publishing the yearly report, and the
 * published versions.
 */
export default function SetAsideDashboardPage() {
  const { t } = useTranslation('procurement');
  const lang = currentLang();
  const { state: session } = useSession();
  const role = session.session?.user.role;
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || 2015;
  const region = params.get('region') ?? '';
  const [regionText, setRegionText] = useState(region);
  const [version, setVersion] = useState(0);
  const [publishError, setPublishError] = useState<ApiError | null>(null);
  const [published, setPublished] = useState<PublishedReportSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const { report, published: versions } = useSetAsideReport(year, region, lang, version);
  const r = report.data;
  const canPublish = role === 'officer' || role === 'admin';
  const query = { year, ...(region !== '' ? { region } : {}) };
  const set = (next: { year?: number; region?: string }) => {
    const y = next.year ?? year;
    const g = next.region ?? region;
    setParams({ year: String(y), ...(g !== '' ? { region: g } : {}) });
  };
  const publish = async () => {
    setBusy(true);
    setPublishError(null);
    try {
      setPublished(await apiPost<PublishedReportSummary>('/api/v1/set-aside/reports', query, { lang }));
      setVersion((v) => v + 1);
    } catch (e) {
      setPublishError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const versionColumns: SimpleColumn<PublishedReportSummary>[] = [
    {
      key: 'v',
      title: t('setAside.dashboard.version'),
      render: (p) => <Link to={`/procurement/set-aside/reports/${encodeURIComponent(p.id)}`}>v{p.version}</Link>,
    },
    { key: 'region', title: t('setAside.dashboard.region'), render: (p) => p.region || t('setAside.dashboard.allRegions') },
    { key: 'year', title: t('setAside.dashboard.year'), render: (p) => p.year },
    { key: 'at', title: t('setAside.dashboard.publishedAt'), render: (p) => formatDateTime(p.published_at, lang) },
    {
      key: 'files',
      title: t('setAside.dashboard.files'),
      render: (p) => (
        <span className="xw-row" style={{ gap: 8 }}>
          <a href={apiUrl(`/api/v1/set-aside/reports/${p.id}/xlsx`, { lang })} download>
            Excel
          </a>
          <a href={apiUrl(`/api/v1/set-aside/reports/${p.id}/pdf`, { lang })} download>
            PDF
          </a>
        </span>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('setAside.dashboard.title')}
        description={t('setAside.dashboard.description')}
        extra={
          <span className="xw-row" style={{ gap: 8, flexWrap: 'wrap' }}>
            <label htmlFor="set-aside-year">{t('setAside.dashboard.year')}</label>
            <Select
              id="set-aside-year"
              value={year}
              style={{ width: 100 }}
              onChange={(y) => set({ year: y })}
              options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            />
            <label htmlFor="set-aside-region">{t('setAside.dashboard.region')}</label>
            <Input
              id="set-aside-region"
              style={{ width: 120 }}
              value={regionText}
              placeholder={t('setAside.dashboard.regionHint')}
              onChange={(e) => setRegionText(e.target.value.trim())}
              onPressEnter={() => set({ region: regionText })}
              onBlur={() => regionText !== region && set({ region: regionText })}
            />
          </span>
        }
      />
      {report.status === 'error' ? (
        <ApiErrorResult error={report.error} onRetry={() => setVersion((v) => v + 1)} />
      ) : r === undefined ? (
        <PageLoading />
      ) : (
        <div
          data-testid="set-aside-dashboard"
          data-year={r.year}
          data-region={r.region}
          data-units={r.totals.units}
          data-below={r.totals.units_below}
          data-below-without-reason={r.totals.units_below_without_reason}
          aria-busy={report.status === 'loading'}
        >
          <div className="xw-row xw-no-print" style={{ gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
            <a
              className="xw-button-link"
              data-testid="download-xlsx"
              href={apiUrl('/api/v1/set-aside/report/xlsx', { lang, query })}
              download
            >
              {t('setAside.dashboard.downloadXlsx')}
            </a>
            <a
              className="xw-button-link"
              data-testid="download-pdf"
              href={apiUrl('/api/v1/set-aside/report/pdf', { lang, query })}
              download
            >
              {t('setAside.dashboard.downloadPdf')}
            </a>
            {canPublish && (
              <Button type="primary" onClick={publish} loading={busy} data-testid="publish">
                {t('setAside.dashboard.publish')}
              </Button>
            )}
            {canPublish && (
              <Button onClick={() => setCreating(true)} data-testid="new-unit">
                {t('budgetUnit.create.title')}
              </Button>
            )}
          </div>
          {published && (
            <Alert
              type="success"
              showIcon
              data-testid="published"
              title={t('setAside.dashboard.published', { version: published.version, year: published.year })}
              style={{ marginBottom: 12 }}
            />
          )}
          {publishError && (
            <Alert
              type="error"
              showIcon
              title={publishError.message}
              description={<ProblemList error={publishError} />}
              style={{ marginBottom: 12 }}
            />
          )}
          <ReportView report={r} lang={lang} />
          <Panel title={t('setAside.dashboard.versions')} testId="set-aside-versions">
            {versions.status === 'error' ? (
              <ApiErrorResult error={versions.error} />
            ) : versions.data === undefined ? (
              <PageLoading />
            ) : (
              <SimpleTable
                columns={versionColumns}
                rows={versions.data}
                rowKey={(p) => p.id}
                testId="set-aside-versions-table"
                empty={t('setAside.dashboard.noVersions')}
              />
            )}
          </Panel>
        </div>
      )}
      {creating && (
        <NewUnitForm
          lang={lang}
          onClose={() => setCreating(false)}
          onCreated={(unit) => navigate(`/procurement/budget-units/${encodeURIComponent(unit.id)}`)}
        />
      )}
    </div>
  );
}
