import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { EChart, echarts } from './echart.tsx';

echarts.use([BarChart, GridComponent]);

export { EChart as BarEChart };
