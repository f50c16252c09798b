import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sumRange, sumRangeClosedForm } from './sum-range.ts';

const MAX = Number.MAX_SAFE_INTEGER;

/** A range of up to `maxLength` values placed anywhere inside ±MAX_SAFE_INTEGER. */
const anyRange = (maxLength: number) =>
  fc
    .tuple(fc.integer({ min: -MAX, max: MAX }), fc.integer({ min: 0, max: maxLength }))
    .map(([start, length]) => {
      const low = Math.min(start, MAX - length);
      return [low, low + length] as const;
    });

describe('sumRange', () => {
  test('sums the article’s range', () => {
    expect(sumRange(0, 1_000_000)).toBe(499_999_500_000n);
  });

  test('stays exact near 2^53, where a float loop is already wrong', () => {
    const low = 2 ** 53 - 10 ** 6;
    const high = 2 ** 53 - 1;
    const expected = sumRangeClosedForm(low, high);
    expect(sumRange(low, high)).toBe(expected);
    let float = 0;
    for (let i = low; i < high; i++) float += i;
    expect(BigInt(float)).not.toBe(expected);
  });

  test('reaches both ends of the safe range', () => {
    expect(sumRange(MAX - 3, MAX)).toBe(3n * BigInt(MAX) - 6n);
    expect(sumRange(-MAX, -MAX + 3)).toBe(-3n * BigInt(MAX) + 3n);
    expect(sumRange(-MAX, -MAX + 2_500_000)).toBe(sumRangeClosedForm(-MAX, -MAX + 2_500_000));
  });

  test('handles negatives and ranges across zero', () => {
    expect(sumRange(-10, 0)).toBe(-55n);
    expect(sumRange(-10, 11)).toBe(0n);
    expect(sumRange(-10, 12)).toBe(11n);
    expect(sumRange(-3_000_000, 1_000_000)).toBe(sumRangeClosedForm(-3_000_000, 1_000_000));
  });

  test('an empty or backwards range sums to 0n, as Python’s range', () => {
    expect(sumRange(0, 0)).toBe(0n);
    expect(sumRange(7, 7)).toBe(0n);
    expect(sumRange(5, 1)).toBe(0n);
    expect(sumRangeClosedForm(5, 1)).toBe(0n);
  });

  test('crosses block boundaries without losing or repeating a value', () => {
    const block = 2 ** 20;
    for (const [low, high] of [
      [0, block],
      [0, block + 1],
      [block - 1, 2 * block + 1],
      [-block - 1, block + 1],
    ] as const) {
      expect(sumRange(low, high)).toBe(sumRangeClosedForm(low, high));
    }
  });

  test('stays exact where blocks switch from the direct loop to offsets, about 2^33 in magnitude', () => {
    const block = 2 ** 20;
    // Whole blocks on both sides of the switch, where a direct block sum comes closest to 2^53.
    for (const centre of [2 ** 33, -(2 ** 33), 2 ** 33 + 12_345, 2 ** 53 / block]) {
      const low = centre - 2 * block - 7;
      const high = centre + 2 * block + 3;
      expect(sumRange(low, high)).toBe(sumRangeClosedForm(low, high));
    }
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 34), max: 2 ** 34 }),
        fc.integer({ min: 0, max: 3 * block }),
        (low, length) => sumRange(low, low + length) === sumRangeClosedForm(low, low + length),
      ),
      { numRuns: 25 },
    );
  });

  test('equals the closed form on random ranges anywhere in the safe range', () => {
    fc.assert(
      fc.property(anyRange(50_000), ([low, high]) => sumRange(low, high) === sumRangeClosedForm(low, high)),
      { numRuns: 300 },
    );
  });

  test('rejects values outside the safe integers, naming the argument', () => {
    expect(() => sumRange(0.5, 3)).toThrow(/low must be an integer/);
    expect(() => sumRange(0, MAX + 1)).toThrow(/high must be an integer/);
    expect(() => sumRange(Number.NaN, 3)).toThrow(RangeError);
    expect(() => sumRangeClosedForm(0, Infinity)).toThrow(RangeError);
  });
});

describe('sumRangeClosedForm', () => {
  test('matches n(n − 1) / 2 for ranges from 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX }), (n) => {
        const big = BigInt(n);
        return sumRangeClosedForm(0, n) === (big * (big - 1n)) / 2n;
      }),
    );
  });
});
