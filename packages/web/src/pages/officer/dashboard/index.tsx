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
import { formatYuan } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { formatNumber } from '../shared/format.ts';
import { type Count, useDashboard } from './use-dashboard.ts';

interface Bar extends Count {
  readonly name: string;
}

/** One chart with its figures written out as a table (for screen readers, print and checking). */
function ChartPanel({
  title,
  bars,
  kind,
  metric = 'count',
  smallColumn = true,
  testId,
}: {
  title: string;
  bars: readonly Bar[];
  kind: 'pie' | 'bar';
  /** What the chart shows: enterprises, or total support value (yuan). */
  metric?: 'count' | 'value';
  /** Whether the table has the small-or-micro column (not for measures). */
  smallColumn?: boolean;
  testId: string;
}) {
  const { t } = useTranslation('officer');
  const lang = currentLang();
  const of = (b: Bar) => (metric === 'count' ? b.count : b.value);
  const option = useMemo(
    () =>
      kind === 'pie'
        ? {
            series: [
              {
                type: 'pie',
                radius: ['32%', '55%'],
                // Labels aligned to the chart's edges and wrapped within them: never cut by the box.
                label: { show: true, formatter: '{b}\n{c}', alignTo: 'edge', edgeDistance: 8, overflow: 'break', minMargin: 4 },
                labelLine: { length: 8, length2: 0, maxSurfaceAngle: 80 },
                labelLayout: { hideOverlap: true },
                data: bars.filter((b) => of(b) > 0).map((b) => ({ name: b.name, value: of(b) })),
              },
            ],
          }
        : {
            // Room on the right for the value written after the longest bar.
            grid: { left: 8, right: metric === 'value' ? 96 : 40, top: 8, bottom: 8, containLabel: true },
            xAxis:
              metric === 'value'
                ? { type: 'value', name: t('dashboard.valueAxis'), splitNumber: 3, axisLabel: { hideOverlap: true } }
                : { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.name), axisLabel: { width: 140, overflow: 'truncate' } },
            series: [
              {
                type: 'bar',
                data: bars.map(of),
                label: {
                  show: true,
                  position: 'right',
                  ...(metric === 'value' ? { formatter: (p: { value: number }) => formatNumber(p.value, lang) } : {}),
                },
              },
            ],
          },
    [bars, kind, metric, lang],
  );
  const label = `${title}: ${bars.map((b) => `${b.name} ${metric === 'count' ? b.count : formatYuan(b.value, lang)}`).join(', ')}`;
  const columns: SimpleColumn<Bar>[] = [
    { key: 'name', title: t('dashboard.category'), render: (b) => b.name },
    { key: 'count', title: t('dashboard.count'), align: 'end', render: (b) => formatNumber(b.count, lang) },
    ...(smallColumn
      ? [
          {
            key: 'small',
            title: t('dashboard.smallOrMicro'),
            align: 'end',
            render: (b: Bar) => formatNumber(b.smallOrMicro, lang),
          } as const,
        ]
      : []),
    { key: 'value', title: t('dashboard.value'), align: 'end', render: (b) => formatYuan(b.value, lang) },
  ];
  const height = kind === 'pie' ? 280 : Math.max(160, bars.length * 26 + 24);
  return (
    <Panel title={title} testId={testId}>
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

const REGION_TITLE = { province: 'dashboard.byProvince', city: 'dashboard.byCity', county: 'dashboard.byCounty' } as const;
const VALUE_TITLE = { province: 'dashboard.valueByProvince', city: 'dashboard.valueByCity', county: 'dashboard.valueByCounty' } as const;

/**
 * The enterprises this account may see in a year and their support value: by size class, industry
 * group and region (one level below the account's region), exact aggregates computed by the server.
 */
export default function DashboardPage() {
  const { t, i18n } = useTranslation('officer');
  const lang = currentLang();
  const [params, setParams] = useSearchParams();
  const wanted = Number(params.get('year')) || null;
  const [attempt, setAttempt] = useState(0);
  const state = useDashboard(lang, wanted, attempt);
  const d = state.data;
  const bars = (counts: readonly Count[], name: (c: Count) => string): Bar[] => counts.map((c) => ({ ...c, name: name(c) }));
  const sizeName = (c: Count) => (c.key === 'unknown' ? t('dashboard.unknown') : i18n.t(`common:sizeClass.${c.key}`));
  const groupName = (c: Count) => (c.key === 'unknown' ? t('dashboard.unknown') : i18n.t(`industry:group.${c.key}`));
  const regionName = (c: Count) => (c.name ? `${c.name} (${c.key})` : c.key === 'unknown' ? t('dashboard.unknown') : c.key);
  const measureName = (c: Count) => c.name ?? c.key;
  const byValue = (counts: readonly Count[]) => [...counts].sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));

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
        <div
          aria-busy={state.status === 'loading'}
          data-testid="dashboard"
          data-year={d.year}
          data-total={d.total.count}
          data-small-or-micro={d.total.smallOrMicro}
          data-value={d.total.value}
        >
          <p className="xw-secondary" data-testid="dashboard-note">
            {t('dashboard.exactNote', {
              year: d.year,
              count: formatNumber(d.total.count, lang),
              small: formatNumber(d.total.smallOrMicro, lang),
              value: formatYuan(d.total.value, lang),
            })}
          </p>
          <div className="xw-chart-grid">
            <ChartPanel
              kind="pie"
              testId="dashboard-size"
              title={t('dashboard.bySize', { year: d.year })}
              bars={bars(d.bySize, sizeName)}
            />
            <ChartPanel
              kind="bar"
              testId="dashboard-group"
              title={t('dashboard.byGroup', { year: d.year })}
              bars={bars(d.byGroup, groupName)}
            />
            <ChartPanel
              kind="bar"
              testId="dashboard-region"
              title={t(REGION_TITLE[d.regionLevel], { year: d.year })}
              bars={bars(d.byRegion, regionName)}
            />
            <ChartPanel
              kind="bar"
              metric="value"
              testId="dashboard-region-value"
              title={t(VALUE_TITLE[d.regionLevel], { year: d.year })}
              bars={bars(byValue(d.byRegion), regionName)}
            />
            <ChartPanel
              kind="bar"
              metric="value"
              smallColumn={false}
              testId="dashboard-measure-value"
              title={t('dashboard.valueByMeasure', { year: d.year })}
              bars={bars(d.byMeasure, measureName)}
            />
          </div>
        </div>
      )}
    </div>
  );
}
