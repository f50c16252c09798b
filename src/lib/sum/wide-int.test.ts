import fc from 'fast-check';
import { expect, test } from 'vitest';
import { readWide, WIDE_LIMBS, writeWide } from './wide-int.ts';

const limbs = () => new BigInt64Array(new SharedArrayBuffer(4 * WIDE_LIMBS * 8));

test('round-trips every signed integer within ±2^127, next to other values', () => {
  const view = limbs();
  fc.assert(
    fc.property(
      fc.bigInt({ min: -(1n << 127n), max: (1n << 127n) - 1n }),
      fc.bigInt(),
      (value, neighbour) => {
        writeWide(view, 0, neighbour % (1n << 100n));
        writeWide(view, 2, value);
        expect(readWide(view, 2)).toBe(value);
      },
    ),
  );
});

test('holds the partial sums that pass 64 bits, and the edges', () => {
  const view = limbs();
  for (const value of [
    0n,
    -1n,
    1n << 64n,
    -(1n << 64n),
    (1n << 106n) + 12345n,
    -(1n << 127n),
    (1n << 127n) - 1n,
  ]) {
    writeWide(view, 4, value);
    expect(readWide(view, 4)).toBe(value);
  }
});

test('refuses values that do not fit', () => {
  expect(() => writeWide(limbs(), 0, 1n << 127n)).toThrow(RangeError);
});
