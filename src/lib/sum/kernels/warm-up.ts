// The untimed warm-up every summation worker runs before its first timed chunk, the bench's comparator
// workers included, so all of them start timing with the same compiled loop. Pure and realm-neutral.
import { sumRange } from './sum-range.ts';

/**
 * Where the warm-up ranges start: one of each kind of value a run passes to sumRange. V8 compiles the loop
 * for the kinds of number it has seen: a worker warmed on small values only (below 2^30, V8's small-integer
 * range) throws its optimised loop away when its values pass 2^30, and runs the next chunks in slower tiers
 * while it recompiles. Measured on a 2e9-value sum in 64 chunks (Chromium 156, V8 tracing): the chunk that
 * crosses 2^30 and the next one took 2-3x a chunk's time, and chunks after a deopt 1.2-1.5x; one long call
 * pays that once, a queue of chunks once per worker and per kind of value. Seeing every kind first, the loop
 * is compiled once for all of them.
 */
const WARM_UP_STARTS = [
  0, // small integers
  2 ** 30 - 2 ** 15, // crossing into heap numbers inside one block
  2 ** 31 + 7, // past int32
  -(2 ** 31), // negative
  2 ** 40, // past 2^33: the offsets loop of sumRange
  -(2 ** 40),
] as const;
/** Values per warm-up range: a little more than a block of sumRange, so each range also ends a block short. */
const WARM_UP_LENGTH = 2 ** 17 + 4_321;
/** Passes over the ranges: enough calls for V8 to optimise sumRange as a whole, not only its loop. */
const WARM_UP_PASSES = 6;

/** The ranges warmUpSumRange sums, in order. */
export const WARM_UP_RANGES: readonly { readonly low: number; readonly high: number }[] = Array.from(
  { length: WARM_UP_PASSES },
  () => WARM_UP_STARTS.map((low) => ({ low, high: low + WARM_UP_LENGTH })),
).flat();

/** Values the warm-up sums in all (about 4.7 million: a few ms). */
export const WARM_UP_VALUES = WARM_UP_RANGES.length * WARM_UP_LENGTH;

/** Sums every warm-up range with sumRange; returns the total so the work cannot be dropped as dead. */
export function warmUpSumRange(): bigint {
  let total = 0n;
  for (const { low, high } of WARM_UP_RANGES) total += sumRange(low, high);
  return total;
}
