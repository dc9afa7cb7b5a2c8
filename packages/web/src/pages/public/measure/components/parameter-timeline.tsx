import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParameterHistory } from '../../../../api/types.ts';
import { LineEChart } from '../../../../components/line-chart.tsx';
import type { Lang } from '../../../../i18n/languages.ts';
import { chartValue, formatParameterValue } from '../parameter-value.ts';

/** The day after `iso` (an entry's end is its last day in force). */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A parameter's history as a step line over time: each value from the day it starts; a gap where no value
 * is in force. The last open-ended value runs to today.
 */
export function ParameterTimeline({ history, lang }: { history: ParameterHistory; lang: Lang }) {
  const { t } = useTranslation('catalogue');
  const values = history.values ?? [];
  const option = useMemo(() => {
    const today = new Date().toISOString().slice(0, 10);
    // Each value from its first day (labelled) to its last, then a gap where nothing follows at once.
    const points: { value: [string, number | null]; label?: { show: boolean } }[] = [];
    values.forEach((e, k) => {
      const v = chartValue(e.value, history.unit);
      points.push({ value: [e.start, v], label: { show: v !== null } });
      const last = e.end ?? (k === values.length - 1 ? [today, e.start].sort()[1] : null);
      if (last) points.push({ value: [last, v] });
      if (e.end && !values.some((x) => x.start === dayAfter(e.end as string))) points.push({ value: [dayAfter(e.end), null] });
    });
    const format = (v: number) => formatParameterValue(history.unit === '/1' ? v / 100 : v, history.unit, lang, t('noValue'));
    return {
      grid: { left: 16, right: 24, top: 24, bottom: 32, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
      series: [
        {
          type: 'line',
          step: 'end',
          name: history.label ?? history.path,
          data: points,
          connectNulls: false,
          symbolSize: 7,
          label: {
            show: false,
            position: 'top',
            formatter: (p: { value: [string, number | null] }) => (p.value[1] === null ? '' : format(p.value[1])),
          },
          lineStyle: { width: 2 },
          areaStyle: { opacity: 0.08 },
        },
      ],
    };
  }, [values, history.unit, history.label, history.path, lang, t]);
  const label = t('timelineLabel', {
    name: history.label ?? history.path,
    values: values.map((e) => `${e.start}: ${formatParameterValue(e.value, history.unit, lang, t('noValue'))}`).join('; '),
  });
  return <LineEChart option={option} label={label} height={260} testId="parameter-timeline" />;
}
