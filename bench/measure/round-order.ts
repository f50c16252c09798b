// The order of an interleaved benchmark: every round measures each item once, in an order shuffled with a
// seed of its own, so slow drifts of the machine's load (another job starting, the CPU warming up) fall on
// every item alike instead of on whichever item happened to run during the drift. Pure: no DOM, no timing.
import { seededRandom } from '../../src/lib/math/seeded-random.ts';

/** A new array with `items` in an order fixed by `seed` (Fisher-Yates); `items` is left as it was. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * The seed of round `round` (from 0) of a run seeded with `seed`: consecutive seeds give unrelated
 * orders, since the generator scrambles its seed. Negative rounds are the untimed warm-up rounds.
 */
export function roundSeed(seed: number, round: number): number {
  return (seed + round) >>> 0;
}

/** `rounds` orders of `items`: round r is `seededShuffle(items, roundSeed(seed, r + first))`. */
export function roundOrders<T>(items: readonly T[], rounds: number, seed: number, first = 0): T[][] {
  if (!(Number.isInteger(rounds) && rounds >= 0)) {
    throw new RangeError(`roundOrders: rounds must be an integer >= 0; got ${rounds}`);
  }
  return Array.from({ length: rounds }, (_, r) => seededShuffle(items, roundSeed(seed, r + first)));
}
