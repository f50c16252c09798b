import { expect, test } from 'vitest';
import {
  accessCount,
  counterValue,
  createStampedCounter,
  stampedRead,
  stampedWrite,
} from './stamped-counter.ts';

test('each read and write takes the next ticket; a write replaces the value whatever it was', () => {
  const counter = createStampedCounter();
  expect(stampedRead(counter)).toEqual({ value: 0, ticket: 0 });
  expect(stampedRead(counter)).toEqual({ value: 0, ticket: 1 });
  expect(stampedWrite(counter, 1)).toBe(2);
  expect(stampedWrite(counter, 1)).toBe(3); // a stale write: the same value again, a ticket of its own
  expect(stampedRead(counter)).toEqual({ value: 1, ticket: 4 });
  expect(stampedWrite(counter, 0xffff_ffff)).toBe(5);
  // The value keeps to its 32 bits: the largest one does not spill into the sequence.
  const word = Atomics.load(counter, 0);
  expect(counterValue(word)).toBe(0xffff_ffff);
  expect(accessCount(word)).toBe(6);
  expect(stampedWrite(counter, 7)).toBe(6);
  expect(stampedRead(counter)).toEqual({ value: 7, ticket: 7 });
});
