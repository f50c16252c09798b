// Summaries of a worker-count sweep: speedup and efficiency against 1 worker, spread over repeats, and the
// oversubscription ratio DESIGN section 5 budgets. Pure: no DOM, no timing.
import { median, spread } from './stats.ts';

export interface SpeedupPoint {
  readonly workers: number;
  /** Every repeat, ms. */
  readonly ms: readonly number[];
  readonly medianMs: number;
  /** median at 1 worker / median here. */
  readonly speedup: number;
  /** speedup / workers: 1 is perfect scaling. */
  readonly efficiency: number;
  /** max / min over the repeats. */
  readonly spread: number;
}

/**
 * One point per worker count, in the map's order. The 1-worker median is the baseline; without a 1-worker
 * entry speedup and efficiency are NaN.
 */
export function speedupPoints(msByWorkers: ReadonlyMap<number, readonly number[]>): SpeedupPoint[] {
  const baseline = msByWorkers.get(1);
  const t1 = baseline && baseline.length > 0 ? median(baseline) : Number.NaN;
  return [...msByWorkers.entries()].map(([workers, ms]) => {
    const medianMs = median(ms);
    const speedup = t1 / medianMs;
    return { workers, ms, medianMs, speedup, efficiency: speedup / workers, spread: spread(ms) };
  });
}

/**
 * Worst median(k) / median(cores) over cores < k <= 2 × cores: 1 means running more workers than cores
 * costs nothing. Undefined when the points do not reach past the core count.
 */
export function oversubscribedRatio(points: readonly SpeedupPoint[], cores: number): number | undefined {
  const atCores = points.find((p) => p.workers === cores);
  const above = points.filter((p) => p.workers > cores && p.workers <= 2 * cores);
  if (!atCores || above.length === 0) return undefined;
  return Math.max(...above.map((p) => p.medianMs / atCores.medianMs));
}
