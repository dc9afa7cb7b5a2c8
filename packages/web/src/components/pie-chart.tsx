import { PieChart } from 'echarts/charts';
import { EChart, echarts } from './echart.tsx';

echarts.use([PieChart]);

export { EChart as PieEChart };
