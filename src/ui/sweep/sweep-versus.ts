// Each sweep against the fastest sweep of the same work at every worker count: a sweep's own speedup is
// measured against its own 1-worker point, which hides a slow start; this is measured against the best
// time any sweep on the page reached. Pure.
import { fastestByWorkers, ratioToFastest, type Fastest } from '../../lib/math/fastest-series.ts';
import type { Sweep } from '../../lib/math/sweep.ts';

/** The sweeps a sweep is compared with (the same problem, itself included), fastest per worker count. */
export interface Versus {
  readonly fastest: ReadonlyMap<number, Fastest>;
  /** Label of each compared sweep, by id. */
  readonly labels: ReadonlyMap<string, string>;
}

/** Undefined unless at least one other sweep measured the same problem. */
export function versusFor(sweep: Sweep, sweeps: readonly Sweep[]): Versus | undefined {
  if (sweep.problem === undefined) return undefined;
  const same = sweeps.filter((s) => s.problem === sweep.problem);
  if (same.length < 2) return undefined;
  return { fastest: fastestByWorkers(same), labels: new Map(same.map((s) => [s.id, s.label])) };
}

/** How one sweep fared: at how many worker counts it was the fastest, and its worst ratio and where. */
export interface VersusSummary {
  readonly counts: number;
  readonly fastestAt: number;
  /** Largest median / fastest median, and the worker count of that point. */
  readonly worstRatio: number;
  readonly worstWorkers: number;
}

export function summariseVersus(sweep: Sweep, versus: Versus): VersusSummary | undefined {
  let fastestAt = 0;
  let worstRatio = 1;
  let worstWorkers = 0;
  let counts = 0;
  for (const p of sweep.points) {
    const ratio = ratioToFastest(p, versus.fastest);
    if (Number.isNaN(ratio)) continue;
    counts++;
    if (versus.fastest.get(p.workers)?.id === sweep.id) fastestAt++;
    if (ratio > worstRatio) {
      worstRatio = ratio;
      worstWorkers = p.workers;
    }
  }
  return counts === 0 ? undefined : { counts, fastestAt, worstRatio, worstWorkers };
}
