import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { TooltipComponent } from 'echarts/components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client.ts';
import { BarEChart } from '../../components/bar-chart.tsx';
import { echarts } from '../../components/echart.tsx';
import { Panel } from '../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../components/simple-table.tsx';
import { formatYuan } from '../../i18n/format.ts';
import { INTL_LOCALE, type Lang } from '../../i18n/languages.ts';
import { TracePair } from './trace-pair.tsx';
import { BREAKDOWNS, type Breakdown, type GroupTally, type LargestChange, type SimulationRun } from './what-if-types.ts';

echarts.use([TooltipComponent]);

/** Bars drawn per breakdown: the groups with the largest changes (the table below lists them all). */
const MAX_BARS = 16;

const count = (n: number, lang: Lang) => new Intl.NumberFormat(INTL_LOCALE[lang]).format(n);
/** A change with its sign, so that a loss reads as one. */
const signed = (yuan: number, lang: Lang) => (yuan > 0 ? `+${formatYuan(yuan, lang)}` : formatYuan(yuan, lang));

/**
 * A completed run: what the reform costs (exact yuan) and how many benefit, gainers and losers by region,
 * industry group, size class and measure (a chart and a table of each), the 20 largest changes with the traces
 * of what changes, and the Excel and PDF reports.
 */
export function ResultsView({ run, lang }: { run: SimulationRun & { result: NonNullable<SimulationRun['result']> }; lang: Lang }) {
  const { t, i18n } = useTranslation('whatIf');
  const r = run.result;
  const [breakdown, setBreakdown] = useState<Breakdown>('by_region');
  const groupName = (b: Breakdown, g: GroupTally): string => {
    if (b === 'by_industry_group') return i18n.exists(`industry:group.${g.key}`) ? i18n.t(`industry:group.${g.key}`) : g.key;
    if (b === 'by_size_class')
      return i18n.exists(`common:sizeClass.${g.key}`) ? i18n.t(`common:sizeClass.${g.key}`) : t('results.unclassified');
    return g.name ? `${g.name} (${g.key})` : g.key;
  };
  const rows = r[breakdown];
  const option = useMemo(() => {
    const top = [...rows]
      .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
      .slice(0, MAX_BARS)
      .reverse();
    return {
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatYuan(v, lang) },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => count(v, lang) } },
      yAxis: { type: 'category', data: top.map((g) => groupName(breakdown, g)), axisLabel: { width: 180, overflow: 'truncate' } },
      series: [{ type: 'bar', name: t('results.change'), data: top.map((g) => g.change) }],
    };
  }, [rows, breakdown, lang]);
  const base = `/api/v1/simulation-runs/${encodeURIComponent(run.id)}`;

  const columns: SimpleColumn<GroupTally>[] = [
    { key: 'name', title: t(`breakdown.${breakdown}`), render: (g) => groupName(breakdown, g) },
    { key: 'enterprises', title: t('results.enterprises'), align: 'end', render: (g) => count(g.enterprises, lang) },
    { key: 'baseline', title: t('results.baseline'), align: 'end', render: (g) => formatYuan(g.baseline, lang) },
    { key: 'reform', title: t('results.reform'), align: 'end', render: (g) => formatYuan(g.reform, lang) },
    { key: 'change', title: t('results.change'), align: 'end', render: (g) => signed(g.change, lang) },
    {
      key: 'beneficiaries',
      title: t('results.beneficiaries'),
      align: 'end',
      render: (g) => `${count(g.beneficiaries_baseline, lang)} → ${count(g.beneficiaries_reform, lang)}`,
    },
    { key: 'gainers', title: t('results.gainers'), align: 'end', render: (g) => count(g.gainers, lang) },
    { key: 'losers', title: t('results.losers'), align: 'end', render: (g) => count(g.losers, lang) },
  ];

  return (
    <div data-testid="what-if-results" data-run-id={run.id}>
      <Panel
        title={t('results.title', { year: run.year })}
        extra={
          <span style={{ display: 'flex', gap: 16 }}>
            <a href={apiUrl(`${base}/xlsx`, { lang })} download data-testid="what-if-xlsx">
              <DownloadOutlined /> {t('results.excel')}
            </a>
            <a href={apiUrl(`${base}/pdf`, { lang })} download data-testid="what-if-pdf">
              <FilePdfOutlined /> {t('results.pdf')}
            </a>
          </span>
        }
      >
        <dl className="xw-what-if-totals">
          <div>
            <dt>{t('results.cost')}</dt>
            <dd data-testid="what-if-cost">{signed(r.totals.change, lang)}</dd>
          </div>
          <div>
            <dt>{t('results.beneficiaries')}</dt>
            <dd data-testid="what-if-beneficiaries">
              {count(r.totals.beneficiaries_baseline, lang)} → {count(r.totals.beneficiaries_reform, lang)}
            </dd>
          </div>
          <div>
            <dt>{t('results.gainers')}</dt>
            <dd data-testid="what-if-gainers">
              {count(r.totals.gainers, lang)} ({signed(r.totals.gain, lang)})
            </dd>
          </div>
          <div>
            <dt>{t('results.losers')}</dt>
            <dd data-testid="what-if-losers">
              {count(r.totals.losers, lang)} ({formatYuan(-r.totals.loss, lang)})
            </dd>
          </div>
          <div>
            <dt>{t('results.totalBaseline')}</dt>
            <dd>{formatYuan(r.totals.baseline, lang)}</dd>
          </div>
          <div>
            <dt>{t('results.totalReform')}</dt>
            <dd>{formatYuan(r.totals.reform, lang)}</dd>
          </div>
          <div>
            <dt>{t('results.enterprises')}</dt>
            <dd data-testid="what-if-enterprises">{count(r.totals.enterprises, lang)}</dd>
          </div>
        </dl>
        {r.incomplete > 0 && (
          <div className="xw-secondary" data-testid="what-if-incomplete">
            <p>{t('results.incomplete', { count: r.incomplete })}</p>
            <ul>
              {r.problems.slice(0, 5).map((p) => (
                <li key={`${p.row}-${p.field}`}>{p.message}</li>
              ))}
            </ul>
          </div>
        )}
      </Panel>
      <Panel
        title={t('results.breakdownTitle')}
        extra={
          <span>
            <label htmlFor="what-if-breakdown">{t('results.breakdownBy')}</label>{' '}
            <Select
              id="what-if-breakdown"
              data-testid="what-if-breakdown"
              style={{ minWidth: 160 }}
              value={breakdown}
              onChange={setBreakdown}
              options={BREAKDOWNS.map((b) => ({ value: b, label: t(`breakdown.${b}`) }))}
            />
          </span>
        }
      >
        <BarEChart
          option={option}
          height={Math.max(160, Math.min(rows.length, MAX_BARS) * 28 + 40)}
          label={t('results.chartLabel', { by: t(`breakdown.${breakdown}`) })}
          testId="what-if-chart"
        />
        <SimpleTable testId="what-if-breakdown-table" columns={columns} rows={rows} rowKey={(g) => g.key} empty={t('results.none')} />
      </Panel>
      <Panel title={t('results.largestTitle', { count: r.largest_changes.length })} testId="what-if-largest">
        {r.largest_changes.length === 0 ? <p>{t('results.none')}</p> : <LargestChanges rows={r.largest_changes} lang={lang} />}
      </Panel>
    </div>
  );
}

/** The largest changes, each with the entitlements that change and their traces on both sides (unfolded on demand). */
function LargestChanges({ rows, lang }: { rows: readonly LargestChange[]; lang: Lang }) {
  const { t, i18n } = useTranslation('whatIf');
  return (
    <ol className="xw-what-if-largest">
      {rows.map((c) => (
        <li key={c.id}>
          <details>
            <summary>
              <strong>{c.id}</strong> · {c.region} ·{' '}
              {i18n.exists(`industry:group.${c.industry_group}`) ? i18n.t(`industry:group.${c.industry_group}`) : c.industry_group} ·{' '}
              {i18n.exists(`common:sizeClass.${c.size_class}`) ? i18n.t(`common:sizeClass.${c.size_class}`) : c.size_class}:{' '}
              {formatYuan(c.baseline, lang)} → {formatYuan(c.reform, lang)} (<strong>{signed(c.change, lang)}</strong>)
            </summary>
            {c.explanations.map((x) => (
              <div key={x.variable}>
                <h3 className="xw-what-if-measure">{x.title ? `${x.title} (${x.measure})` : x.measure}</h3>
                <TracePair baseline={x.baseline} reform={x.reform} lang={lang} />
              </div>
            ))}
            {c.explanations.length === 0 && <p className="xw-secondary">{t('results.noTrace')}</p>}
          </details>
        </li>
      ))}
    </ol>
  );
}
