// Round numbers for axes: the 1, 2, 5 × 10^k sequence that tick steps and axis ends are taken from.
// Pure and realm-neutral.

/**
 * The smallest of 1, 2, 5 × 10^k (k any integer) at or above `value`, for `value` > 0: 0.3 → 0.5, 5 → 5,
 * 6 → 10, 1,001 → 2,000.
 */
export function niceCeil(value: number): number {
  if (!(value > 0 && Number.isFinite(value))) {
    throw new RangeError(`value must be a finite number > 0; got ${value}`);
  }
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5].map((f) => f * power).find((step) => step >= value) ?? power * 10;
}
