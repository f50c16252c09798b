// Amdahl's law fitted to measured times: which serial fraction s explains T(k) = T1 · (s + (1 − s) / k)?
// Pure: no DOM, no timing.

export interface TimedPoint {
  /** Workers (processors), >= 1. */
  readonly workers: number;
  /** Wall time at that worker count, ms (any unit works, as long as every point uses it). */
  readonly ms: number;
}

export interface AmdahlFit {
  /** s in [0, 1]: 0 is perfectly parallel, 1 fully serial. */
  readonly serialFraction: number;
  /** T1: the mean time of the 1-worker points, the fit's anchor. */
  readonly t1Ms: number;
  /** Root mean square of measured minus fitted times, in the points' unit. */
  readonly rmsResidualMs: number;
}

/** Fitted time at `workers` for serial fraction `s` and 1-worker time `t1`. */
export function amdahlTime(t1: number, s: number, workers: number): number {
  return t1 * (s + (1 - s) / workers);
}

/**
 * Least-squares serial fraction over all points (repeats welcome: several points per worker count).
 * T1 is the mean of the 1-worker points; the model is then linear in s,
 * T(k) − T1/k = s · T1 (1 − 1/k), so s has a closed form, clamped to [0, 1].
 * Amdahl's law knows nothing of core counts: pass only points with workers <= cores to fit the serial
 * part, or all of them to see oversubscription pull s up.
 *
 * @throws RangeError without a 1-worker point, without a point above 1 worker, or on a bad point.
 */
export function fitAmdahl(points: readonly TimedPoint[]): AmdahlFit {
  for (const p of points) {
    if (!(Number.isInteger(p.workers) && p.workers >= 1) || !(Number.isFinite(p.ms) && p.ms >= 0)) {
      throw new RangeError(`fitAmdahl: each point needs an integer workers >= 1 and a finite ms >= 0`);
    }
  }
  const ones = points.filter((p) => p.workers === 1);
  const many = points.filter((p) => p.workers > 1);
  if (ones.length === 0) throw new RangeError('fitAmdahl: needs at least one point with workers = 1');
  if (many.length === 0) throw new RangeError('fitAmdahl: needs at least one point with workers > 1');
  const t1 = ones.reduce((sum, p) => sum + p.ms, 0) / ones.length;
  let numerator = 0;
  let denominator = 0;
  for (const p of many) {
    const a = t1 * (1 - 1 / p.workers);
    numerator += a * (p.ms - t1 / p.workers);
    denominator += a * a;
  }
  const s = denominator === 0 ? 0 : Math.min(1, Math.max(0, numerator / denominator));
  const squares = points.reduce((sum, p) => sum + (p.ms - amdahlTime(t1, s, p.workers)) ** 2, 0);
  return { serialFraction: s, t1Ms: t1, rmsResidualMs: Math.sqrt(squares / points.length) };
}
