// The speedup chart of a worker-count bench result, as a standalone SVG file: the same chart module the
// speedup lab draws with, so a figure made on the command line matches the page.
import { standaloneSvg } from '../../src/charts/chart-export.ts';
import { speedupChart } from '../../src/charts/speedup-chart.ts';
import type { Sweep } from '../../src/lib/math/sweep.ts';
import { summarisePoint, sweepOf } from '../../src/lib/math/run-sweep.ts';
import type { BenchResult } from './bench-types.ts';

interface WorkerPoint {
  readonly workers: number;
  readonly ms: readonly number[];
}

function isWorkerPoint(
  point: Readonly<Record<string, unknown>>,
): point is Readonly<Record<string, unknown>> & WorkerPoint {
  return (
    typeof point['workers'] === 'number' &&
    Array.isArray(point['ms']) &&
    point['ms'].every((v) => typeof v === 'number')
  );
}

/** A sweep from envelope points (`workers`, `ms`), with speedups against its own 1-worker median. */
export function sweepFromPoints(
  id: string,
  label: string,
  points: readonly Readonly<Record<string, unknown>>[],
  cores: number,
): Sweep | undefined {
  const usable = points.filter(isWorkerPoint).sort((a, b) => a.workers - b.workers);
  const one = usable.find((p) => p.workers === 1);
  if (!one) return undefined;
  const baseline = summarisePoint(1, one.ms, 1).medianMs;
  return sweepOf(
    id,
    label,
    usable.map((p) => summarisePoint(p.workers, p.ms, baseline)),
    cores,
  );
}

/** The SVG for `--svg`, or an error naming why there is none (a workload whose axis is not workers). */
export function resultSvg(result: BenchResult): string {
  const cores = result.env.hardwareConcurrency;
  const sweeps = [
    sweepFromPoints('main', result.workload.name, result.points, cores),
    ...Object.entries(result.peers ?? {}).map(([name, peer]) =>
      sweepFromPoints(name, name, peer.points, cores),
    ),
  ].filter((s): s is Sweep => s !== undefined);
  if (sweeps.length === 0) {
    throw new RangeError(`--svg: workload "${result.workload.name}" has no worker-count points to chart`);
  }
  const svg = speedupChart({
    sweeps,
    cores,
    text: {
      workersAxis: 'workers →',
      speedupAxis: '↑ speedup (× one worker)',
      efficiencyAxis: '↑ efficiency',
      ideal: 'ideal: k×',
      cores: (n) => `${n} cores`,
      amdahl: (s) => `serial ${(s * 100).toFixed(1)}%`,
    },
  });
  return standaloneSvg(svg, '#1b1a18', '#ffffff');
}
