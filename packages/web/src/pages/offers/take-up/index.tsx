import { Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiUrl } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { BarEChart } from '../../../components/bar-chart.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatCount, formatYuan } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import type { TakeUp } from '../shared/types.ts';

type Row = TakeUp['items'][number];

/**
 * Officers and analysts: take-up of proactive support per programme (measure, region, year) — eligible, offered,
 * confirmed, published, paid, unclaimed, days to payment, promised against paid — as a chart, a table, Excel and PDF.
 */
export default function TakeUpPage() {
  const { t } = useTranslation('offers');
  const lang = currentLang();
  const [version, setVersion] = useState(0);
  const data = useApi(JSON.stringify([lang, version]), (signal) => apiGet<TakeUp>('/api/v1/take-up', { lang, signal }));
  const rows = data.data?.items ?? [];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: {},
      grid: { left: 8, right: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.programme_name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['eligible', 'offered', 'confirmed', 'published', 'paid'] as const).map((k) => ({
        type: 'bar',
        name: t(`takeUp.${k}`),
        data: rows.map((r) => r[k]),
      })),
    }),
    [rows, t],
  );
  const totals = data.data?.totals;
  return (
    <div data-testid="take-up-page">
      <PageHeader
        title={t('takeUp.title')}
        description={t('takeUp.description')}
        extra={
          <Space>
            <a href={apiUrl('/api/v1/take-up/file', { lang, query: { format: 'xlsx' } })} data-testid="take-up-xlsx">
              {t('takeUp.excel')}
            </a>
            <a href={apiUrl('/api/v1/take-up/file', { lang, query: { format: 'pdf' } })} data-testid="take-up-pdf">
              {t('takeUp.pdf')}
            </a>
          </Space>
        }
      />
      {data.status === 'error' ? (
        <ApiErrorResult error={data.error} onRetry={() => setVersion((v) => v + 1)} />
      ) : (
        <>
          {rows.length > 0 && (
            <Panel title={t('takeUp.chart')}>
              <BarEChart option={option} label={t('takeUp.chart')} height={320} testId="take-up-chart" />
            </Panel>
          )}
          <Panel title={t('takeUp.table')}>
            {totals && (
              <p data-testid="take-up-totals">
                {t('takeUp.summary', {
                  promised: formatYuan(totals.promised, lang),
                  paid: formatYuan(totals.paid_amount, lang),
                  count: formatCount(totals.paid, lang),
                })}
              </p>
            )}
            <Table<Row>
              rowKey="programme_id"
              data-testid="take-up-table"
              loading={data.status === 'loading'}
              dataSource={rows}
              pagination={false}
              scroll={{ x: true }}
              locale={{ emptyText: t('programmes.none') }}
              columns={[
                { title: t('col.programme'), dataIndex: 'programme_name' },
                { title: t('col.measure'), render: (_, r) => r.measure_title ?? r.measure },
                { title: t('col.region'), dataIndex: 'region_code' },
                { title: t('col.year'), dataIndex: 'year' },
                { title: t('takeUp.eligible'), align: 'right', dataIndex: 'eligible' },
                { title: t('takeUp.promised'), align: 'right', render: (_, r) => formatYuan(r.promised, lang) },
                { title: t('takeUp.offered'), align: 'right', dataIndex: 'offered' },
                { title: t('takeUp.confirmed'), align: 'right', dataIndex: 'confirmed' },
                { title: t('takeUp.published'), align: 'right', dataIndex: 'published' },
                { title: t('takeUp.paid'), align: 'right', render: (_, r) => <span data-testid={`paid-${r.programme_id}`}>{r.paid}</span> },
                { title: t('takeUp.paidAmount'), align: 'right', render: (_, r) => formatYuan(r.paid_amount, lang) },
                { title: t('takeUp.unclaimed'), align: 'right', dataIndex: 'unclaimed' },
                { title: t('takeUp.daysMedian'), align: 'right', render: (_, r) => r.days_to_payment_median ?? '—' },
                { title: t('takeUp.daysMean'), align: 'right', render: (_, r) => r.days_to_payment_mean ?? '—' },
              ]}
            />
          </Panel>
        </>
      )}
    </div>
  );
}
