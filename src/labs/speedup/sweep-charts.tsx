import { useCallback } from 'react';
import { efficiencyChart, speedupChart, type ChartText } from '../../charts/speedup-chart.ts';
import type { Sweep } from '../../lib/math/sweep.ts';
import { PlotHost } from '../../ui/plot-host.tsx';

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
  const draw = useCallback(
    () => (kind === 'speedup' ? speedupChart : efficiencyChart)({ sweeps, cores, text }),
    [kind, sweeps, cores, text],
  );
  return <PlotHost draw={draw} label={label} {...(svgRef ? { svgRef } : {})} />;
}
