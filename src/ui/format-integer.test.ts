import { expect, test } from 'vitest';
import { formatInteger } from './format-integer.ts';

test('digits are grouped by threes, as en-US and zh-CN write them', () => {
  for (const n of [0, 7, 999, 1000, 12_345, 100_000, 1_000_000, 2_220_000, -4321, 9_007_199_254_740_991]) {
    expect(formatInteger(n)).toBe(n.toLocaleString('en-US'));
    expect(formatInteger(n)).toBe(n.toLocaleString('zh-CN'));
  }
});

test('fractions are rounded; what is not a number stays as it reads', () => {
  expect(formatInteger(1234.5)).toBe('1,235');
  expect(formatInteger(Number.NaN)).toBe('NaN');
  expect(formatInteger(Infinity)).toBe('Infinity');
});
