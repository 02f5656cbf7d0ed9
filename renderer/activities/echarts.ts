import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/** Only what the live results need: the NPS distribution's bars and the rating poll's radar. */
use([BarChart, RadarChart, GridComponent, LegendComponent, RadarComponent, SVGRenderer]);

export { init };
