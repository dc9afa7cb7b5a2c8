import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiUrl } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { echarts } from '../../../components/echart.tsx';
import { LineEChart } from '../../../components/line-chart.tsx';

// The legend names the two lines (small/micro growth, all loans growth): ECharts draws none unless it is
// registered. Here, not in line-chart.tsx, so that pages without a legend do not download it.
echarts.use([LegendComponent, TooltipComponent]);

import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { Tag } from '../../../components/tag.tsx';
import { formatPercent } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import type { LendingDashboard } from '../shared/lending-types.ts';

type BankSeries = LendingDashboard['banks'][number];

/** One bank's growth over the quarters: small/micro loans vs all loans, quarters below the line marked. */
function BankChart({ bank, periods }: { bank: BankSeries; periods: readonly string[] }) {
  const { t } = useTranslation('lending');
  const lang = currentLang();
  const at = new Map(bank.points.map((p) => [p.period, p]));
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPercent(v, lang) } },
      series: [
        {
          name: t('dashboard.smallGrowth'),
          type: 'line',
          data: periods.map((p) => {
            const point = at.get(p);
            if (!point || point.small_micro_loan_growth_rate === null) return null;
            // A quarter below the line: a red, larger marker.
            return point.meets_two_targets === false
              ? { value: point.small_micro_loan_growth_rate, symbolSize: 10, itemStyle: { color: '#cf1322' } }
              : point.small_micro_loan_growth_rate;
          }),
        },
        {
          name: t('dashboard.allGrowth'),
          type: 'line',
          lineStyle: { type: 'dashed' },
          data: periods.map((p) => at.get(p)?.all_loan_growth_rate ?? null),
        },
      ],
    }),
    [bank, periods, lang, t],
  );
  const below = bank.points.filter((p) => p.meets_two_targets === false).map((p) => p.period);
  return (
    <Panel
      title={
        <span>
          {bank.bank_name} <span className="xw-secondary">({bank.bank_id})</span>{' '}
          {bank.quarters_below > 0 ? (
            <Tag color="error">
              <span data-testid="bank-below">{t('dashboard.below', { count: bank.quarters_below })}</span>
            </Tag>
          ) : (
            <Tag color="success">{t('dashboard.allMet')}</Tag>
          )}
        </span>
      }
      testId={`bank-${bank.bank_id}`}
      status={bank.quarters_below > 0 ? 'error' : undefined}
    >
      <LineEChart
        option={option}
        height={260}
        testId={`chart-${bank.bank_id}`}
        label={`${bank.bank_name}: ${t('dashboard.chartLabel')} ${below.length > 0 ? `${t('dashboard.belowIn')} ${below.join(', ')}` : ''}`}
      />
    </Panel>
  );
}

/**
 * The regional lending dashboard (officers: their region; analysts and admins: all): each bank's
 * small/micro loan growth against the growth of all its loans, quarter by quarter, with the quarters where
 * the "two not lower than" (银监发〔2011〕94号) were missed highlighted, and the wording of the increment
 * target in force (to 2012 "higher than", from 2013 "not lower than").
 */
export default function LendingDashboardPage() {
  const { t } = useTranslation('lending');
  const lang = currentLang();
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [fromYear, setFromYear] = useState<number | undefined>(undefined);
  const [toYear, setToYear] = useState<number | undefined>(undefined);
  const query = { region, from_year: fromYear, to_year: toYear };
  const dash = useApi(JSON.stringify([lang, query]), (signal) =>
    apiGet<LendingDashboard>('/api/v1/lending/dashboard', { lang, signal, query }),
  );
  const all = useApi(`all-${lang}`, (signal) => apiGet<LendingDashboard>('/api/v1/lending/dashboard', { lang, signal }));
  const regions = [...new Set((all.data?.banks ?? []).map((b) => b.region_code.slice(0, 4)))].sort();
  const years = [...new Set((all.data?.periods ?? []).map((p) => Number(p.slice(0, 4))))];

  const columns: SimpleColumn<BankSeries>[] = [
    { key: 'bank', title: t('dashboard.bank'), render: (b) => `${b.bank_name} (${b.bank_id})` },
    { key: 'region', title: t('dashboard.region'), render: (b) => b.region_code },
    {
      key: 'below',
      title: t('dashboard.quartersBelow'),
      align: 'end',
      render: (b) => (b.quarters_below > 0 ? <Tag color="error">{b.quarters_below}</Tag> : <Tag color="success">0</Tag>),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.description')}
        extra={
          <span style={{ display: 'flex', gap: 16 }}>
            <a href={apiUrl('/api/v1/lending/dashboard/export', { lang, query })} download>
              <DownloadOutlined /> {t('export')}
            </a>
            <a href={apiUrl('/api/v1/lending/dashboard/pdf', { lang, query })} download data-testid="dashboard-pdf">
              <FilePdfOutlined /> {t('exportPdf')}
            </a>
          </span>
        }
      />
      <Panel>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
          <span>
            <label htmlFor="lending-region">{t('dashboard.regionFilter')}</label>{' '}
            <Select
              id="lending-region"
              allowClear
              style={{ minWidth: 140 }}
              value={region}
              onChange={setRegion}
              data-testid="filter-region"
              options={regions.map((r) => ({ value: r, label: r }))}
            />
          </span>
          <span>
            <label htmlFor="lending-from">{t('dashboard.fromYear')}</label>{' '}
            <Select
              id="lending-from"
              allowClear
              style={{ minWidth: 100 }}
              value={fromYear}
              onChange={setFromYear}
              options={years.map((y) => ({ value: y, label: y }))}
            />
          </span>
          <span>
            <label htmlFor="lending-to">{t('dashboard.toYear')}</label>{' '}
            <Select
              id="lending-to"
              allowClear
              style={{ minWidth: 100 }}
              value={toYear}
              onChange={setToYear}
              options={years.map((y) => ({ value: y, label: y }))}
            />
          </span>
        </div>
      </Panel>
      {dash.status === 'error' ? (
        <ApiErrorResult error={dash.error} />
      ) : dash.data === undefined ? (
        <PageLoading />
      ) : (
        <div data-testid="lending-dashboard" data-banks={dash.data.banks.length}>
          <Panel title={t('dashboard.wordings')}>
            <ul data-testid="wordings">
              {dash.data.wordings.map((w) => (
                <li key={w.period}>
                  {t('dashboard.from', { period: w.period })}:{' '}
                  {w.wording ? `“${w.wording.text}” (${w.wording.document ?? '—'})` : t('dashboard.noRules')}
                </li>
              ))}
            </ul>
          </Panel>
          <Panel title={t('dashboard.banks')}>
            <SimpleTable
              testId="dashboard-banks"
              columns={columns}
              rows={dash.data.banks}
              rowKey={(b) => b.bank_id}
              empty={t('dashboard.none')}
            />
          </Panel>
          {dash.data.banks.map((b) => (
            <BankChart key={b.bank_id} bank={b} periods={dash.data?.periods ?? []} />
          ))}
        </div>
      )}
    </div>
  );
}
