/** The colours of chart parts, in order (Ant Design's data-visualisation palette), for ECharts and the plain SVG ring alike. */
export const CHART_COLOURS = ['#1677ff', '#52c41a', '#faad14', '#13c2c2', '#722ed1', '#eb2f96', '#fa541c', '#2f54eb', '#a0d911', '#8c8c8c'];
