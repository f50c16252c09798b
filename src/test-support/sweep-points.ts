// Sweeps for tests of what the speedup lab reads from them: points built from a speedup, as a sweep would
// measure them with one repeat (1 worker at 100 ms).
import type { Sweep, SweepPoint } from '../lib/math/sweep.ts';

export function sweepPoint(workers: number, speedup: number): SweepPoint {
  return {
    workers,
    ms: [100 / speedup],
    medianMs: 100 / speedup,
    speedup,
    efficiency: speedup / workers,
    minSpeedup: speedup,
    maxSpeedup: speedup,
  };
}

/** A sweep of 1, 2, … workers with these speedups, and its fitted serial fraction if given. */
export function sweepOf(speedups: readonly number[], serialFraction?: number): Sweep {
  return {
    id: 's',
    label: 'sum',
    points: speedups.map((s, i) => sweepPoint(i + 1, s)),
    serialFraction,
  };
}
