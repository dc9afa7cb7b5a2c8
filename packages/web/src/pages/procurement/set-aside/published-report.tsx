import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiGet, apiUrl } from '../../../api/client.ts';
import type { PublishedReportSummary, SetAsideReport } from '../../../api/set-aside-types.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ReportView } from './report-view.tsx';

/** One published yearly report exactly as it was published (the stored snapshot), with its chart and files. */
export default function PublishedReportPage() {
  const { t } = useTranslation('procurement');
  const lang = currentLang();
  const { id = '' } = useParams();
  const state = useApi(`${id}|${lang}`, (signal) =>
    apiGet<PublishedReportSummary & { report: SetAsideReport }>(`/api/v1/set-aside/reports/${encodeURIComponent(id)}`, { lang, signal }),
  );
  if (state.status === 'error') return <ApiErrorResult error={state.error} />;
  const p = state.data;
  if (p === undefined) return <PageLoading />;
  return (
    <div data-testid="published-report" data-version={p.version}>
      <PageHeader
        title={t('setAside.published.title', { region: p.region || t('setAside.dashboard.allRegions'), year: p.year, version: p.version })}
        description={t('setAside.published.description', {
          at: formatDateTime(p.published_at, lang),
          policy: p.report.policy_version,
        })}
        extra={
          <span className="xw-row" style={{ gap: 8 }}>
            <a className="xw-button-link" href={apiUrl(`/api/v1/set-aside/reports/${p.id}/xlsx`, { lang })} download>
              {t('setAside.dashboard.downloadXlsx')}
            </a>
            <a className="xw-button-link" href={apiUrl(`/api/v1/set-aside/reports/${p.id}/pdf`, { lang })} download>
              {t('setAside.dashboard.downloadPdf')}
            </a>
          </span>
        }
      />
      <ReportView report={p.report} lang={lang} />
    </div>
  );
}
