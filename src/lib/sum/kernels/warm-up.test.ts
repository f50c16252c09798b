import { expect, test } from 'vitest';
import { sumRangeClosedForm } from './sum-range.ts';
import { WARM_UP_RANGES, WARM_UP_VALUES, warmUpSumRange } from './warm-up.ts';

test('the warm-up sums every range it lists, exactly', () => {
  const expected = WARM_UP_RANGES.reduce((sum, r) => sum + sumRangeClosedForm(r.low, r.high), 0n);
  expect(warmUpSumRange()).toBe(expected);
  expect(WARM_UP_VALUES).toBe(WARM_UP_RANGES.reduce((n, r) => n + r.high - r.low, 0));
});

test('the warm-up visits small integers, values past 2^30 and 2^31, negatives and the offsets path', () => {
  const lows = WARM_UP_RANGES.map((r) => r.low);
  const highs = WARM_UP_RANGES.map((r) => r.high);
  expect(lows.some((low, i) => low < 2 ** 30 && highs[i]! > 2 ** 30)).toBe(true);
  expect(lows.some((low) => low > 2 ** 31)).toBe(true);
  expect(lows.some((low) => low < 0)).toBe(true);
  expect(lows.some((low) => Math.abs(low) > 2 ** 33)).toBe(true);
  expect(lows.some((low) => low >= 0 && low < 2 ** 20)).toBe(true);
});
