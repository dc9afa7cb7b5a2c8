import { Alert, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { BarEChart } from '../../../components/bar-chart.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { PieEChart } from '../../../components/pie-chart.tsx';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { formatNumber } from '../shared/format.ts';
import { type Count, REGION_SAMPLE, useDashboard } from './use-dashboard.ts';

interface Bar {
  readonly key: string;
  readonly name: string;
  readonly count: number;
  readonly exact: boolean;
}

/** One chart with its figures written out as a table (for screen readers, print and checking). */
function ChartPanel({
  title,
  bars,
  kind,
  testId,
  note,
}: {
  title: string;
  bars: readonly Bar[];
  kind: 'pie' | 'bar';
  testId: string;
  note?: string;
}) {
  const { t } = useTranslation('officer');
  const lang = currentLang();
  const option = useMemo(
    () =>
      kind === 'pie'
        ? {
            series: [
              {
                type: 'pie',
                radius: ['35%', '62%'],
                label: { show: true, formatter: '{b}\n{c}', overflow: 'none' },
                data: bars.filter((b) => b.count > 0).map((b) => ({ name: b.name, value: b.count })),
              },
            ],
          }
        : {
            grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.name), axisLabel: { width: 140, overflow: 'truncate' } },
            series: [{ type: 'bar', data: bars.map((b) => b.count), label: { show: true, position: 'right' } }],
          },
    [bars, kind],
  );
  const label = `${title}: ${bars.map((b) => `${b.name} ${b.count}`).join(', ')}`;
  const columns: SimpleColumn<Bar>[] = [
    { key: 'name', title: t('dashboard.category'), render: (b) => b.name },
    { key: 'count', title: t('dashboard.count'), align: 'end', render: (b) => `${b.exact ? '' : '≥ '}${formatNumber(b.count, lang)}` },
  ];
  const height = kind === 'pie' ? 280 : Math.max(160, bars.length * 26 + 24);
  return (
    <Panel title={title} testId={testId}>
      {note && <p className="xw-secondary xw-small">{note}</p>}
      {kind === 'pie' ? (
        <PieEChart option={option} label={label} height={height} />
      ) : (
        <BarEChart option={option} label={label} height={height} />
      )}
      <details>
        <summary>{t('dashboard.tableCaption', { title })}</summary>
        <SimpleTable columns={columns} rows={bars} rowKey={(b) => b.key} testId={`${testId}-table`} />
      </details>
    </Panel>
  );
}

/**
 * Counts of the enterprises this account may see in a year: by size class and industry group (the
 * server's filtered totals) and by region (a labelled sample: the server has no aggregate endpoint).
 */
export default function DashboardPage() {
  const { t, i18n } = useTranslation('officer');
  const lang = currentLang();
  const [params, setParams] = useSearchParams();
  const wanted = Number(params.get('year')) || null;
  const [attempt, setAttempt] = useState(0);
  const state = useDashboard(lang, wanted, attempt);
  const d = state.data;
  const bars = (counts: readonly Count[], name: (k: string) => string): Bar[] => counts.map((c) => ({ ...c, name: name(c.key) }));

  return (
    <div>
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.description')}
        extra={
          d && d.years.length > 0 ? (
            <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
              <label htmlFor="dashboard-year">{t('dashboard.year')}</label>
              <Select
                id="dashboard-year"
                value={d.year ?? undefined}
                style={{ width: 110 }}
                onChange={(y) => setParams({ year: String(y) })}
                options={d.years.map((y) => ({ value: y, label: String(y) }))}
              />
            </span>
          ) : undefined
        }
      />
      {state.status === 'error' ? (
        <ApiErrorResult error={state.error} onRetry={() => setAttempt((a) => a + 1)} />
      ) : d === undefined ? (
        <PageLoading />
      ) : d.year === null ? (
        <Alert type="info" showIcon title={t('dashboard.noData')} />
      ) : (
        <div aria-busy={state.status === 'loading'} data-testid="dashboard" data-year={d.year} data-total={d.total.count}>
          <p className="xw-secondary">
            {t('dashboard.exactNote')} {d.bySize.some((c) => !c.exact) ? t('dashboard.approxNote') : ''}
          </p>
          <div className="xw-chart-grid">
            <ChartPanel
              kind="pie"
              testId="dashboard-size"
              title={t('dashboard.bySize', { year: d.year })}
              bars={bars(d.bySize, (k) => i18n.t(`common:sizeClass.${k}`))}
            />
            <ChartPanel
              kind="bar"
              testId="dashboard-group"
              title={t('dashboard.byGroup', { year: d.year })}
              bars={bars(d.byGroup, (k) => i18n.t(`industry:group.${k}`))}
            />
            <ChartPanel
              kind="bar"
              testId="dashboard-region"
              title={t(d.sampled < d.total.count ? 'dashboard.byRegion' : 'dashboard.byRegionAll')}
              note={t(d.sampled < d.total.count ? 'dashboard.sampleNote' : 'dashboard.completeNote', {
                sample: d.sampled < d.total.count ? d.sampled : REGION_SAMPLE,
                total: d.total.count,
              })}
              bars={bars(d.byRegion, (k) => k)}
            />
          </div>
        </div>
      )}
    </div>
  );
}
