import { expect, test } from 'vitest';
import { PACKED_MIN, packNumbers, packNumbersOf } from './packed-numbers.ts';

test('a long enough list of numbers becomes a Float64Array with the same numbers, -0 and NaN included', () => {
  const values = [-0, NaN, 1.5, -(2 ** 60), Infinity, 0, 7, 2 ** 53 + 2];
  const packed = packNumbers(values);
  expect(packed).toBeInstanceOf(Float64Array);
  expect([...packed].every((v, i) => Object.is(v, values[i]))).toBe(true);
});

test('short lists, and lists with anything but numbers, stay as they are', () => {
  const short = Array.from({ length: PACKED_MIN - 1 }, (_, i) => i);
  expect(packNumbers(short)).toBe(short);
  const mixed: unknown[] = [1, 2, 3, 4, 5, 6, 7, '8'];
  expect(packNumbers(mixed)).toBe(mixed);
  const withUndefined: unknown[] = [1, 2, 3, 4, 5, 6, 7, undefined];
  expect(packNumbers(withUndefined)).toBe(withUndefined);
});

test('packNumbersOf packs what it picks by the same rule, and otherwise gives the picked values as a list', () => {
  const items = [-0, NaN, 1.5, 2, 3, 4, 5, 2 ** 53 + 2].map((arg) => ({ arg }));
  const packed = packNumbersOf(items, (item) => item.arg);
  expect(packed).toBeInstanceOf(Float64Array);
  expect([...packed].every((v, i) => Object.is(v, items[i]!.arg))).toBe(true);
  const mixed = [1, 2, 3, 4, 5, 6, 7, '8'].map((arg) => ({ arg }));
  expect(packNumbersOf(mixed, (item) => item.arg)).toEqual([1, 2, 3, 4, 5, 6, 7, '8']);
  const short = [1, 2].map((arg) => ({ arg }));
  expect(packNumbersOf(short, (item) => item.arg)).toEqual([1, 2]);
});
