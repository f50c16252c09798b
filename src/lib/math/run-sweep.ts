// A speedup sweep: measure a workload at 1..K workers, R repeats each, and summarise every point as it
// finishes. The workload is a function, so the labs and the bench run the same sweep over their own code.
// No React, no DOM.
import type { Sweep, SweepPoint } from './sweep.ts';
import { fitAmdahl } from './amdahl.ts';
import { median } from './stats.ts';

/** Measures one run of the workload on `workers` workers and returns its wall time, ms. */
export type MeasureRun = (workers: number, signal: AbortSignal) => Promise<number>;

export interface SweepOptions {
  readonly id: string;
  readonly label: string;
  /** Worker counts to measure, in order; the first must be 1 (the baseline of every speedup). */
  readonly workerCounts: readonly number[];
  /** Repeats per worker count (>= 1); the median is the point, min and max the bar. */
  readonly repeats: number;
  readonly measure: MeasureRun;
  readonly signal: AbortSignal;
  /**
   * Fit Amdahl's law only to points with at most this many workers (the cores): past the cores, workers
   * share cores and the fit would mistake that for serial work. Default: every point.
   */
  readonly fitMaxWorkers?: number;
  /** An untimed run first, so worker start-up and JIT warm-up do not land in the 1-worker baseline. Default true. */
  readonly warmUp?: boolean;
  /** After each finished point: the sweep so far (points, fit). */
  readonly onPoint?: (sweep: Sweep) => void;
  /** Before each run: what runs now. */
  readonly onProgress?: (workers: number, repeat: number) => void;
}

/** Summarises the repeats at one worker count against the 1-worker median. */
export function summarisePoint(workers: number, ms: readonly number[], baselineMedianMs: number): SweepPoint {
  const medianMs = median(ms);
  const speedup = baselineMedianMs / medianMs;
  return {
    workers,
    ms: [...ms],
    medianMs,
    speedup,
    efficiency: speedup / workers,
    minSpeedup: baselineMedianMs / Math.max(...ms),
    maxSpeedup: baselineMedianMs / Math.min(...ms),
  };
}

/** The sweep so far, with Amdahl's law fitted to the medians of points up to `fitMaxWorkers` workers. */
export function sweepOf(
  id: string,
  label: string,
  points: readonly SweepPoint[],
  fitMaxWorkers = Infinity,
): Sweep {
  const fitted = points.filter((p) => p.workers <= fitMaxWorkers);
  const serialFraction =
    fitted.length >= 2
      ? fitAmdahl(fitted.map((p) => ({ workers: p.workers, ms: p.medianMs }))).serialFraction
      : undefined;
  return { id, label, points, serialFraction };
}

/**
 * Runs the sweep. On abort it rejects with the signal's reason; points finished before that were already
 * reported through `onPoint`, so a cancelled sweep keeps what it measured.
 */
export async function runSweep(options: SweepOptions): Promise<Sweep> {
  const { workerCounts, repeats, measure, signal } = options;
  if (workerCounts[0] !== 1) throw new RangeError('workerCounts: the first count must be 1 (the baseline)');
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError('repeats: must be an integer >= 1');
  signal.throwIfAborted();
  if (options.warmUp ?? true) await measure(1, signal);
  const points: SweepPoint[] = [];
  let baseline = 0;
  for (const workers of workerCounts) {
    const ms: number[] = [];
    for (let repeat = 0; repeat < repeats; repeat++) {
      signal.throwIfAborted();
      options.onProgress?.(workers, repeat);
      ms.push(await measure(workers, signal));
    }
    if (workers === 1) baseline = median(ms);
    points.push(summarisePoint(workers, ms, baseline));
    options.onPoint?.(sweepOf(options.id, options.label, points, options.fitMaxWorkers));
  }
  return sweepOf(options.id, options.label, points, options.fitMaxWorkers);
}
