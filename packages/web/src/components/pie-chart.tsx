import { PieChart } from 'echarts/charts';
import { LabelLayout } from 'echarts/features';
import { EChart, echarts } from './echart.tsx';

// LabelLayout: pie labels that would overlap are hidden rather than drawn over each other.
echarts.use([PieChart, LabelLayout]);

export { EChart as PieEChart };
