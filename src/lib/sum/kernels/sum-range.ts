// The loop of the article's SummingThread (`for i in range(low, high): total += i`), exact for any range
// inside ±Number.MAX_SAFE_INTEGER. Pure and realm-neutral: the page, the workers and the tests all run it,
// and it is the single-thread baseline of every speedup figure.

/**
 * Values per block: about a millisecond of work, so the BigInt step after each block costs nothing
 * measurable.
 */
const BLOCK = 2 ** 20;

/**
 * A float holds every integer up to 2^53: a running sum whose every partial stays below that in magnitude
 * is exact.
 */
const EXACT_FLOAT_LIMIT = 2 ** 53;

function checkSafeInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be an integer within ±Number.MAX_SAFE_INTEGER; got ${value}`);
  }
}

/**
 * Sum of the integers in [low, high), computed by the loop: every value is visited once.
 *
 * Exact everywhere: the sum passes 2^53 quickly (a float loop over 0..1e9 is already off), so the range is
 * summed in blocks whose float partials stay exact, and the blocks are combined as BigInt.
 * - Values below 2^33 in magnitude (every range a lab runs): a block of 2^20 of them sums below 2^53, so its
 *   loop is the plain float loop itself, `direct += i`, and runs as fast.
 * - Larger values: the block adds its offsets from its first value instead, each below 2^20, so the partial
 *   stays below 2^39: Σ i = count · blockLow + Σ (i − blockLow). One subtraction more per value.
 *
 * An empty range (low >= high, as Python's `range`) sums to 0n.
 *
 * @throws RangeError when low or high is not a safe integer.
 */
export function sumRange(low: number, high: number): bigint {
  checkSafeInteger('low', low);
  checkSafeInteger('high', high);
  let total = 0n;
  for (let blockLow = low; blockLow < high; blockLow += BLOCK) {
    const blockHigh = Math.min(blockLow + BLOCK, high);
    const count = blockHigh - blockLow;
    // Every partial of a direct sum is at most count · (largest magnitude in the block).
    if (count * Math.max(Math.abs(blockLow), Math.abs(blockHigh)) < EXACT_FLOAT_LIMIT) {
      let direct = 0;
      for (let i = blockLow; i < blockHigh; i++) direct += i;
      total += BigInt(direct);
    } else {
      let offsets = 0;
      for (let i = blockLow; i < blockHigh; i++) offsets += i - blockLow;
      total += BigInt(blockLow) * BigInt(count) + BigInt(offsets);
    }
  }
  return total;
}

/**
 * The same sum by formula, n · (low + high − 1) / 2 with n = high − low, in BigInt. Only for checking
 * `sumRange` (the lab shows both); the workers never use it.
 */
export function sumRangeClosedForm(low: number, high: number): bigint {
  checkSafeInteger('low', low);
  checkSafeInteger('high', high);
  if (low >= high) return 0n;
  const lo = BigInt(low);
  const hi = BigInt(high);
  return ((hi - lo) * (lo + hi - 1n)) / 2n;
}
