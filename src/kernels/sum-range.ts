// The loop of the article's SummingThread (`for i in range(low, high): total += i`), exact for any range
// inside ±Number.MAX_SAFE_INTEGER. Pure and realm-neutral: the page, the workers and the tests all run it,
// and it is the single-thread baseline of every speedup figure.

/**
 * Values per block. Inside a block the loop adds offsets `i - blockLow`, each below BLOCK, so the float
 * partial stays below BLOCK² / 2 = 2^39: far under 2^53, where floats stop holding every integer.
 * A block is about a millisecond of work, so the BigInt step after it costs nothing measurable.
 */
const BLOCK = 2 ** 20;

function checkSafeInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be an integer within ±Number.MAX_SAFE_INTEGER; got ${value}`);
  }
}

/**
 * Sum of the integers in [low, high), computed by the loop: every value is visited once.
 *
 * Exact everywhere: the sum passes 2^53 quickly (a float loop over 0..1e9 is already off), so each block
 * adds up its offsets from the block's first value in a float, which stays exact, and the blocks are
 * combined as BigInt: Σ i = count · blockLow + Σ (i − blockLow). The inner loop is as fast as a plain
 * float loop. An empty range (low >= high, as Python's `range`) sums to 0n.
 *
 * @throws RangeError when low or high is not a safe integer.
 */
export function sumRange(low: number, high: number): bigint {
  checkSafeInteger('low', low);
  checkSafeInteger('high', high);
  let total = 0n;
  for (let blockLow = low; blockLow < high; blockLow += BLOCK) {
    const blockHigh = Math.min(blockLow + BLOCK, high);
    let offsets = 0;
    for (let i = blockLow; i < blockHigh; i++) offsets += i - blockLow;
    total += BigInt(blockLow) * BigInt(blockHigh - blockLow) + BigInt(offsets);
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
