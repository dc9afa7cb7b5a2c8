import { Alert } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ApiError } from '../../../api/client.ts';
import { measureIndex, useMeasures } from '../../../api/use-measures.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import type { MoneyUnit } from '../../../components/money-input.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { INTL_LOCALE, isLang, type Lang } from '../../../i18n/languages.ts';
import { EntitlementList } from './components/entitlement-list.tsx';
import { packageComponents } from './components/package-chart.tsx';
import { ReportActions } from './components/report-actions.tsx';
import { ReportForm } from './components/report-form.tsx';
import { ReportSummary } from './components/report-summary.tsx';
import { REPORT_FIELDS, readReport, writeReport } from './report-query.ts';
import { useEntitlementReport } from './use-entitlement-report.ts';

/** The years a report can be asked for: from the Opinions (2012) to this year, newest first. */
export function reportYears(now = new Date()): string[] {
  const years: string[] = [];
  for (let y = now.getFullYear(); y >= 2012; y--) years.push(String(y));
  return years;
}

/** The year the form starts on: the current year (a user asks about today's year), computed, not written down. */
export function defaultReportYear(now = new Date()): string {
  return String(now.getFullYear());
}

/** The form's figures the size standard names (labelled as indicators); the others by their own field label. */
const INDICATOR_FIELDS = { employees: true, revenue: true, total_assets: true } as const;

/** The fields of the form that the server says a formula needed and did not get; empty for any other failure. */
function missingFields(error: ApiError): string[] {
  if (error.code !== 'XW_ERR_CANNOT_COMPUTE') return [];
  const fields = [...new Set(error.problems.map((p) => p.field))];
  return fields.every((f) => f in REPORT_FIELDS) ? fields : [];
}

/**
 * Entitlement report (public, for entered figures): every entitlement of the year with its amount, dates
 * and clause, the missed ones with why and what would change, the whole-package total as a chart.
 * The figures live in the address, so the link reproduces the report; it prints and saves as PDF.
 */
export default function EntitlementReportPage() {
  const { t, i18n } = useTranslation('entitlements');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'zh-CN';
  const [params, setParams] = useSearchParams();
  const input = useMemo(() => readReport(params), [params]);
  const years = useMemo(() => reportYears(), []);
  const [unit, setUnit] = useState<MoneyUnit>(lang === 'en' ? 'yuan' : 'wan');
  const [attempt, setAttempt] = useState(0);
  const report = useEntitlementReport(input, lang, attempt);
  const measures = useMeasures(lang);
  const catalogue = useMemo(() => measureIndex(measures.data?.measures ?? []), [measures.data]);
  const response = report.data;
  const parts = useMemo(
    () =>
      response
        ? packageComponents(response.result.entitlements, (e) => e.title ?? catalogue.get(e.measure)?.measure.title ?? e.measure)
        : [],
    [response, catalogue],
  );

  // A figure of the form the rules need and the user left empty: named by its label, not its id.
  const missing = report.status === 'error' ? missingFields(report.error) : [];
  const figureLabel = (f: string) => (f in INDICATOR_FIELDS ? t(`common:indicator.${f}`) : t(`field.${f}`));
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        extra={<ReportActions disabled={!response} input={input} lang={lang} />}
      />
      <div className="xw-grid xw-grid-report">
        <div>
          <ReportForm
            initial={input}
            defaultPeriod={defaultReportYear()}
            years={years}
            unit={unit}
            onUnitChange={setUnit}
            loading={report.status === 'loading'}
            onSubmit={(next) => setParams(writeReport(next))}
          />
        </div>
        <div>
          {report.status === 'idle' && <Alert type="info" showIcon title={t('idle')} />}
          {report.status === 'error' &&
            (missing.length > 0 && input ? (
              <Alert
                type="warning"
                showIcon
                role="alert"
                data-testid="report-missing"
                data-fields={missing.join(' ')}
                title={t('missingFigures', {
                  year: input.period,
                  figures: new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(missing.map(figureLabel)),
                })}
              />
            ) : (
              <ApiErrorResult error={report.error} onRetry={() => setAttempt((a) => a + 1)} />
            ))}
          {response && input && (
            <div data-testid="report">
              <div className="xw-print-only">
                <p>{t('printedFrom', { link: window.location.href })}</p>
              </div>
              <ReportSummary response={response} input={input} parts={parts} lang={lang} />
              <EntitlementList entitlements={response.result.entitlements} catalogue={catalogue} lang={lang} period={response.period} />
              {response.result.not_encoded.length > 0 && (
                <Alert
                  style={{ marginTop: 16 }}
                  type="warning"
                  showIcon
                  title={t('notEncodedTitle', { year: response.period })}
                  description={
                    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="not-encoded">
                      {[...new Set(response.result.not_encoded)].map((id) => (
                        <li key={id}>
                          {id} {catalogue.get(id)?.measure.title ?? ''}
                        </li>
                      ))}
                    </ul>
                  }
                />
              )}
              <p className="xw-secondary" style={{ marginTop: 16 }}>
                {t('disclaimer')}
              </p>
            </div>
          )}
        </div>
      </div>
    </>
  );
}
