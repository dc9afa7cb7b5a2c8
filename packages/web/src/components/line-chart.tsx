import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { EChart, echarts } from './echart.tsx';

echarts.use([LineChart, GridComponent]);

export { EChart as LineEChart };
