import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetAsideStatus } from '../../../api/set-aside-types.ts';
import { CHART_COLOURS, EChart, echarts } from '../../../components/echart.tsx';
import { percentNumber, percentOf } from './share-format.ts';

echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent]);

/**
 * Each unit's reserved shares as bars against the lines of 财库〔2011〕181号: 30% of the budget for SMEs
 * and 18% for small and micro enterprises. The figures are in the table beside it, exactly.
 */
export function SetAsideChart({ units }: { units: readonly SetAsideStatus[] }) {
  const { t } = useTranslation('procurement');
  const shown = useMemo(() => units.filter((u) => u.state !== 'no_budget_recorded' && u.state !== 'not_computable'), [units]);
  const option = useMemo(
    () => ({
      color: [CHART_COLOURS[0], CHART_COLOURS[1]],
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(2)}%` },
      grid: { left: 8, right: 48, top: 48, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: shown.map((u) => u.name), axisLabel: { width: 180, overflow: 'truncate' } },
      series: [
        {
          name: t('setAside.chart.sme'),
          type: 'bar',
          data: shown.map((u) => percentNumber(u.shares.sme_reserved)),
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#cf1322', type: 'dashed' },
            label: { formatter: '30%', position: 'start' },
            data: [{ xAxis: 30 }],
          },
        },
        {
          name: t('setAside.chart.smallMicro'),
          type: 'bar',
          data: shown.map((u) => percentNumber(u.shares.small_micro_reserved)),
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#d46b08', type: 'dashed' },
            label: { formatter: '18%', position: 'start' },
            data: [{ xAxis: 18 }],
          },
        },
      ],
    }),
    [shown, t],
  );
  const label = `${t('setAside.chart.title')}: ${shown
    .map((u) => `${u.name} ${percentOf(u.shares.sme_reserved)} / ${percentOf(u.shares.small_micro_reserved)}`)
    .join(', ')}`;
  return <EChart option={option} label={label} height={Math.max(200, shown.length * 48 + 60)} testId="set-aside-chart" />;
}
