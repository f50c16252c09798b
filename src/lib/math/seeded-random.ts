// A seeded generator, so a seed replays the same sequence: the simulator's random schedules (a seed in a
// URL) and the benchmarks' round orders. Pure.

/** mulberry32: numbers in [0, 1) from a 32-bit seed; small, fast, and good enough for shuffles. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
