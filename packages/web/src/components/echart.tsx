import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { CHART_COLOURS } from './chart-colours.ts';

// The core and the SVG renderer (sharp when printed or saved as PDF). Each chart module registers only
// the chart types it draws, so a page downloads only what it shows.
echarts.use([SVGRenderer]);

export { echarts };
export type EChartOption = echarts.EChartsCoreOption;

export { CHART_COLOURS };

/**
 * An ECharts chart that follows its container's size. `label` names the chart for screen readers (its
 * figures are also written out beside it).
 */
export function EChart({ option, label, height, testId }: { option: EChartOption; label: string; height?: number; testId?: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    const print = () => instance.resize();
    window.addEventListener('beforeprint', print);
    return () => {
      window.removeEventListener('beforeprint', print);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, color: CHART_COLOURS, ...option }, { notMerge: true });
  }, [option]);

  return (
    <div ref={element} className="xw-chart" role="img" aria-label={label} style={height ? { height } : undefined} data-testid={testId} />
  );
}
