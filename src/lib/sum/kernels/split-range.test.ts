import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { chunkAt, splitRange } from './split-range.ts';

const MAX = Number.MAX_SAFE_INTEGER;
const bounds = fc
  .tuple(fc.integer({ min: -MAX, max: MAX }), fc.integer({ min: -MAX, max: MAX }))
  .map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const)));
/** Short ranges too, so counts above the length (empty chunks) come up often. */
const shortBounds = fc
  .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 50 }))
  .map(([low, length]) => [low, low + length] as const);

describe('splitRange', () => {
  test('covers [low, high) exactly once, in order, with sizes differing by at most 1', () => {
    fc.assert(
      fc.property(fc.oneof(bounds, shortBounds), fc.integer({ min: 1, max: 100 }), ([low, high], count) => {
        const chunks = splitRange(low, high, count);
        expect(chunks).toHaveLength(count);
        expect(chunks[0]?.low).toBe(low);
        expect(chunks.at(-1)?.high).toBe(high);
        const sizes: bigint[] = [];
        chunks.forEach((chunk, i) => {
          expect(chunk.low).toBeLessThanOrEqual(chunk.high);
          if (i > 0) expect(chunk.low).toBe(chunks[i - 1]?.high);
          sizes.push(BigInt(chunk.high) - BigInt(chunk.low));
        });
        const total = sizes.reduce((a, b) => a + b, 0n);
        expect(total).toBe(BigInt(high) - BigInt(low));
        const min = sizes.reduce((a, b) => (b < a ? b : a));
        const max = sizes.reduce((a, b) => (b > a ? b : a));
        expect(max - min <= 1n).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('splits the article’s range in two as the article does', () => {
    expect(splitRange(0, 1_000_000, 2)).toEqual([
      { low: 0, high: 500_000 },
      { low: 500_000, high: 1_000_000 },
    ]);
  });

  test('gives the larger chunks first and empty chunks when there are more chunks than values', () => {
    expect(splitRange(0, 7, 3)).toEqual([
      { low: 0, high: 3 },
      { low: 3, high: 5 },
      { low: 5, high: 7 },
    ]);
    expect(splitRange(4, 6, 4)).toEqual([
      { low: 4, high: 5 },
      { low: 5, high: 6 },
      { low: 6, high: 6 },
      { low: 6, high: 6 },
    ]);
  });

  test('splits the whole safe range exactly, although its length is not a safe integer', () => {
    const chunks = splitRange(-MAX, MAX, 3);
    expect(chunks.map((c) => BigInt(c.high) - BigInt(c.low))).toEqual([
      6004799503160661n,
      6004799503160661n,
      6004799503160660n,
    ]);
  });

  test('chunkAt agrees with splitRange', () => {
    fc.assert(
      fc.property(bounds, fc.integer({ min: 1, max: 100 }), fc.nat(), ([low, high], count, seed) => {
        const index = seed % count;
        expect(chunkAt(low, high, count, index)).toEqual(splitRange(low, high, count)[index]);
      }),
    );
  });

  test('rejects bad arguments, naming them', () => {
    expect(() => splitRange(0, 10, 0)).toThrow(/count must be an integer >= 1/);
    expect(() => splitRange(5, 1, 2)).toThrow(/low must not be above high/);
    expect(() => splitRange(0.5, 1, 2)).toThrow(/low must be a safe integer/);
    expect(() => chunkAt(0, 10, 2, 2)).toThrow(/index must be an integer in \[0, 2\)/);
  });
});
