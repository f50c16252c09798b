import { expect, test } from 'vitest';
import { median, min, quantile, spread } from './stats.ts';

test('median of odd and even counts, unsorted input left as it was', () => {
  const values = [5, 1, 3];
  expect(median(values)).toBe(3);
  expect(values).toEqual([5, 1, 3]);
  expect(median([4, 1, 3, 2])).toBe(2.5);
});

test('quantiles interpolate between ranks', () => {
  expect(quantile([0, 10], 0.5)).toBe(5);
  expect(quantile([1, 2, 3, 4, 5], 0.99)).toBeCloseTo(4.96);
  expect(() => quantile([1], 2)).toThrow(RangeError);
});

test('spread is max over min and refuses empty input', () => {
  expect(spread([10, 11.5, 10.2])).toBeCloseTo(1.15);
  expect(() => spread([])).toThrow(RangeError);
  expect(() => median([])).toThrow(RangeError);
});

test('min is the smallest value and refuses empty input', () => {
  expect(min([3, 1.5, 2])).toBe(1.5);
  expect(() => min([])).toThrow(RangeError);
});
