// Small statistics for measurements: medians, quantiles, minima, spread. Pure: no DOM, no timing.

/** Median of a non-empty list; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median: values must not be empty');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Quantile q in [0, 1] by linear interpolation between closest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError('quantile: values must not be empty');
  if (!(q >= 0 && q <= 1)) throw new RangeError('quantile: q must be in [0, 1]');
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Smallest value of a non-empty list: the repeat least disturbed by anything else running. */
export function min(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('min: values must not be empty');
  return Math.min(...values);
}

/** max / min: 1 means every repeat took the same time. */
export function spread(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('spread: values must not be empty');
  return Math.max(...values) / Math.min(...values);
}
