import { useCallback } from 'react';
import type { ChartText } from '../../charts/speedup-chart.ts';
import type { Sweep } from '../../lib/math/sweep.ts';
import { PlotHost } from '../plot-host.tsx';

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
  // The chart module (and Plot) loads with the first chart, not with the lab.
  const draw = useCallback(
    () =>
      import('../../charts/speedup-chart.ts').then((charts) =>
        (kind === 'speedup' ? charts.speedupChart : charts.efficiencyChart)({ sweeps, cores, text }),
      ),
    [kind, sweeps, cores, text],
  );
  return <PlotHost draw={draw} label={label} {...(svgRef ? { svgRef } : {})} />;
}
