// Splitting [low, high) into chunks for workers. Pure and realm-neutral: the page uses it to fill its queue,
// and in shared-memory runs each worker computes the bounds of the chunk index it claimed.

/** A half-open integer range [low, high). */
export interface IntRange {
  readonly low: number;
  readonly high: number;
}

function checkArguments(low: number, high: number, count: number): void {
  if (!Number.isSafeInteger(low)) throw new RangeError(`low must be a safe integer; got ${low}`);
  if (!Number.isSafeInteger(high)) throw new RangeError(`high must be a safe integer; got ${high}`);
  if (low > high) throw new RangeError(`low must not be above high; got low ${low}, high ${high}`);
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(`count must be an integer >= 1; got ${count}`);
  }
}

/**
 * Chunk `index` of `count` over [low, high): the first `length % count` chunks hold one value more than
 * the rest, so sizes differ by at most 1 and the chunks cover the range exactly once, in order.
 * Computed in BigInt because high − low can reach 2^54, past the integers a float holds exactly; every
 * bound lies inside [low, high], so it converts back to a number exactly.
 */
export function chunkAt(low: number, high: number, count: number, index: number): IntRange {
  checkArguments(low, high, count);
  if (!Number.isSafeInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`index must be an integer in [0, ${count}); got ${index}`);
  }
  const length = BigInt(high) - BigInt(low);
  const n = BigInt(count);
  const i = BigInt(index);
  const base = length / n;
  const extra = length % n;
  const start = (bigIndex: bigint) => BigInt(low) + bigIndex * base + (bigIndex < extra ? bigIndex : extra);
  return { low: Number(start(i)), high: Number(start(i + 1n)) };
}

/** All `count` chunks of [low, high), in order; see `chunkAt`. Chunks are empty when count > high − low. */
export function splitRange(low: number, high: number, count: number): IntRange[] {
  checkArguments(low, high, count);
  return Array.from({ length: count }, (_, index) => chunkAt(low, high, count, index));
}
