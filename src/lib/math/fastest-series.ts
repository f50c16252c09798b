// Several series measured over the same worker counts: which one was fastest at each count, and how far
// each point is from it. The summation bench prints it per k; the speedup lab shows it beside each sweep.
// Pure and realm-neutral.

/** What the comparison reads from each point of a series. */
export interface TimedPoint {
  readonly workers: number;
  /** Median wall time at this worker count, ms. */
  readonly medianMs: number;
}

export interface TimedSeries<P extends TimedPoint = TimedPoint> {
  /** Stable key: names the fastest series. */
  readonly id: string;
  readonly points: readonly P[];
}

/** The fastest series at one worker count. */
export interface Fastest {
  readonly id: string;
  readonly medianMs: number;
}

/**
 * The lowest median at each worker count over every series that has a point there (ties: the first
 * series listed). Points with a median that is not a positive number (no repeats yet) are left out.
 */
export function fastestByWorkers(series: readonly TimedSeries[]): Map<number, Fastest> {
  const fastest = new Map<number, Fastest>();
  for (const s of series) {
    for (const p of s.points) {
      if (!(p.medianMs > 0)) continue;
      const best = fastest.get(p.workers);
      if (!best || p.medianMs < best.medianMs) fastest.set(p.workers, { id: s.id, medianMs: p.medianMs });
    }
  }
  return fastest;
}

/**
 * A point's median over the fastest median at its worker count among `series`: 1 for the fastest, 1.07
 * for 7% slower. NaN when no series has a usable point there.
 */
export function ratioToFastest(point: TimedPoint, fastest: ReadonlyMap<number, Fastest>): number {
  const best = fastest.get(point.workers);
  return best && point.medianMs > 0 ? point.medianMs / best.medianMs : Number.NaN;
}
