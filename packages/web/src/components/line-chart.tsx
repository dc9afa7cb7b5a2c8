import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { EChart, echarts } from './echart.tsx';

// The legend names each line (the lending monitor's two growth rates); without it registered ECharts draws none.
echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent]);

export { EChart as LineEChart };
