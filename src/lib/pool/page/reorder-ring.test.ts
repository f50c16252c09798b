import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ReorderRing } from './reorder-ring.ts';

/** Feeds indexes 0..n-1 in `order` as ordered output does; returns the indexes in the order delivered. */
function deliver(order: readonly number[]): number[] {
  const ring = new ReorderRing<number>();
  const out: number[] = [];
  for (const index of order) {
    if (index !== ring.next) {
      ring.hold(index, index);
      continue;
    }
    out.push(index);
    for (let v = ring.advance(); v !== undefined; v = ring.advance()) out.push(v);
  }
  return out;
}

test('delivers every index once, in order, whatever order they arrive in (the ring grows as needed)', () => {
  fc.assert(
    fc.property(
      fc
        .integer({ min: 1, max: 300 })
        .chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n })),
      (order) => {
        expect(deliver(order)).toEqual([...order].sort((a, b) => a - b));
      },
    ),
  );
});

test('holds far-ahead indexes, across wrap-arounds of its capacity', () => {
  const n = 5_000;
  // Reversed blocks of 100: each block waits for its first index, which comes last.
  const order = Array.from({ length: n }, (_, i) => Math.floor(i / 100) * 100 + 99 - (i % 100));
  expect(deliver(order)).toEqual([...Array(n).keys()]);
  expect(deliver([...Array(n).keys()].reverse())).toEqual([...Array(n).keys()]);
});

test('refuses to hold the index expected next, or one already delivered', () => {
  const ring = new ReorderRing<string>();
  expect(() => ring.hold(0, 'a')).toThrow(RangeError);
  ring.hold(2, 'c');
  expect(ring.advance()).toBeUndefined();
  expect(ring.next).toBe(1);
  expect(() => ring.hold(1, 'b')).toThrow(RangeError);
  expect(ring.advance()).toBe('c');
});
