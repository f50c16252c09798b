import fc from 'fast-check';
import { expect, test } from 'vitest';
import { niceCeil } from './nice-number.ts';

test('niceCeil gives the next of 1, 2, 5 × 10^k at or above the value', () => {
  expect([0.3, 1, 1.5, 5, 6, 100, 101, 1001, 0.001].map(niceCeil)).toEqual([
    0.5, 1, 2, 5, 10, 100, 200, 2000, 0.001,
  ]);
  expect(() => niceCeil(0)).toThrow(RangeError);
  expect(() => niceCeil(Number.NaN)).toThrow(RangeError);
});

test('niceCeil is at least the value and less than 2.5 times it', () => {
  fc.assert(
    fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (value) => {
      const nice = niceCeil(value);
      return nice >= value && nice < 2.5 * value * (1 + 1e-12);
    }),
  );
});
