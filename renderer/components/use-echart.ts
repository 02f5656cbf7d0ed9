import { useEffect, useRef, type RefObject } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

/** Matches theme.css, so a chart's Chinese renders in the same face as the page. */
export const CHART_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

type Init = (box: HTMLElement, theme: null, options: { renderer: 'svg' }) => EChartsType;

/**
 * One echarts chart (SVG) on a box: made once with the screen's own slice of echarts (`init`), resized with its box,
 * shown with `option` whenever that changes, disposed with the screen. `onChart` may attach events once.
 */
export function useEChart(init: Init, option: EChartsCoreOption | null, onChart?: (chart: EChartsType) => void): RefObject<HTMLDivElement | null> {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const ready = useRef(onChart);
  ready.current = onChart;

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const chart = init(box, null, { renderer: 'svg' });
    chartRef.current = chart;
    ready.current?.(chart);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [init]);

  useEffect(() => {
    if (option) chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return boxRef;
}
