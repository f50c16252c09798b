import { expect, test } from 'vitest';
import { ChunkedSlots } from './chunked-slots.ts';

test('values come back by index, set in any order, falsy ones included', () => {
  const slots = new ChunkedSlots<unknown>();
  const indices = [999_999, 0, 4095, 4096, 123_456, 1];
  indices.forEach((i, k) => slots.set(i, k % 2 === 0 ? i : [0, '', null, false][k % 4]));
  indices.forEach((i, k) => expect(slots.get(i)).toBe(k % 2 === 0 ? i : [0, '', null, false][k % 4]));
  expect(slots.get(2)).toBeUndefined();
  expect(slots.get(5_000_000)).toBeUndefined();
});
