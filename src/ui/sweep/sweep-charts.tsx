import { useCallback } from 'react';
import type { ChartSize } from '../../charts/chart-style.ts';
import type { ChartText } from '../../charts/speedup-chart.ts';
import type { Sweep } from '../../lib/math/sweep.ts';
import { PlotHost } from '../plot-host.tsx';

/**
 * Draws the speedup or the efficiency chart of `sweeps`, at page size or at `size` (a slide's). The chart
 * module (and Plot) loads with the first chart, not with the lab.
 */
export function drawSweepChart(
  kind: 'speedup' | 'efficiency',
  sweeps: readonly Sweep[],
  cores: number,
  text: ChartText,
  size: ChartSize = {},
): Promise<SVGSVGElement> {
  return import('../../charts/speedup-chart.ts').then((charts) =>
    (kind === 'speedup' ? charts.speedupChart : charts.efficiencyChart)({ sweeps, cores, text, ...size }),
  );
}

export function SweepChart({
  kind,
  sweeps,
  cores,
  text,
  label,
  svgRef,
}: {
  kind: 'speedup' | 'efficiency';
  sweeps: readonly Sweep[];
  cores: number;
  text: ChartText;
  label: string;
  svgRef?: { current: SVGSVGElement | null };
}) {
  const draw = useCallback(() => drawSweepChart(kind, sweeps, cores, text), [kind, sweeps, cores, text]);
  return <PlotHost draw={draw} label={label} {...(svgRef ? { svgRef } : {})} />;
}
