// The roll-up as a bar chart per sub-region. ECharts is imported part by part (bar chart, grid, tooltip,
// legend, canvas) and only in this chunk, which the dashboard loads lazily: a director's phone never
// downloads it.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { SummaryRow } from './worklist';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export default function SummaryChart({ rows }: { rows: SummaryRow[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 60 },
      xAxis: {
        type: 'category',
        data: rows.map((r) => r.regionName ?? r.regionCode),
        axisLabel: { rotate: rows.length > 8 ? 40 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: '走访逾期',
          type: 'bar',
          data: rows.map((r) => r.overdueVisits),
          itemStyle: { color: '#cf1322' },
        },
        {
          name: '联系逾期',
          type: 'bar',
          data: rows.map((r) => r.overdueContacts),
          itemStyle: { color: '#fa8c16' },
        },
        {
          name: '7日内到期',
          type: 'bar',
          data: rows.map((r) => r.dueWithin7Days),
          itemStyle: { color: '#1677ff' },
        },
        {
          name: '从未走访',
          type: 'bar',
          data: rows.map((r) => r.neverVisited),
          itemStyle: { color: '#8c8c8c' },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows]);
  return (
    <div ref={element} style={{ height: 320, width: '100%' }} role="img" aria-label="各辖区走访联系情况图" />
  );
}
