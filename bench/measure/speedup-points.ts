// Summaries of a worker-count sweep: speedup and efficiency against 1 worker, spread over repeats, and the
// oversubscription ratio docs/budgets.md sets a budget for. Pure: no DOM, no timing.
import { median, min, spread } from '../../src/lib/math/stats.ts';

export interface SpeedupPoint {
  readonly workers: number;
  /** Every repeat, ms. */
  readonly ms: readonly number[];
  readonly medianMs: number;
  /** Fastest repeat, ms: the one least disturbed by other load on the machine. */
  readonly minMs: number;
  /** median at 1 worker / median here. */
  readonly speedup: number;
  /** speedup / workers: 1 is perfect scaling. */
  readonly efficiency: number;
  /** min at 1 worker / min here: the speedup the machine allows when nothing else gets in the way. */
  readonly speedupFromMin: number;
  /** speedupFromMin / workers. */
  readonly efficiencyFromMin: number;
  /** max / min over the repeats. */
  readonly spread: number;
}

/** Which figure of a point's repeats a ratio is taken from. */
export type PointStatistic = 'medianMs' | 'minMs';

/**
 * One point per worker count, in the map's order. The 1-worker median (minimum) is the baseline of
 * `speedup` (`speedupFromMin`); without a 1-worker entry those are NaN.
 */
export function speedupPoints(msByWorkers: ReadonlyMap<number, readonly number[]>): SpeedupPoint[] {
  const baseline = msByWorkers.get(1);
  const hasBaseline = baseline !== undefined && baseline.length > 0;
  const t1 = hasBaseline ? median(baseline) : Number.NaN;
  const t1Min = hasBaseline ? min(baseline) : Number.NaN;
  return [...msByWorkers.entries()].map(([workers, ms]) => {
    const medianMs = median(ms);
    const minMs = min(ms);
    const speedup = t1 / medianMs;
    const speedupFromMin = t1Min / minMs;
    return {
      workers,
      ms,
      medianMs,
      minMs,
      speedup,
      efficiency: speedup / workers,
      speedupFromMin,
      efficiencyFromMin: speedupFromMin / workers,
      spread: spread(ms),
    };
  });
}

/**
 * Worst T(k) / T(cores) over cores < k <= 2 × cores, T being each point's median (default) or minimum:
 * 1 means running more workers than cores costs nothing. Undefined when the points do not reach past the
 * core count.
 */
export function oversubscribedRatio(
  points: readonly SpeedupPoint[],
  cores: number,
  statistic: PointStatistic = 'medianMs',
): number | undefined {
  const atCores = points.find((p) => p.workers === cores);
  const above = points.filter((p) => p.workers > cores && p.workers <= 2 * cores);
  if (!atCores || above.length === 0) return undefined;
  return Math.max(...above.map((p) => p[statistic] / atCores[statistic]));
}
