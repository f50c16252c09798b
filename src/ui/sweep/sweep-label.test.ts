import { expect, test } from 'vitest';
import { distinctLabel } from './sweep-label.ts';

test('a label already on the chart gets the next free number', () => {
  expect(distinctLabel('sum, 8 chunks/worker', [])).toBe('sum, 8 chunks/worker');
  expect(distinctLabel('sum, 8 chunks/worker', ['sum, 8 chunks/worker'])).toBe('sum, 8 chunks/worker (2)');
  expect(
    distinctLabel('sum, 8 chunks/worker', ['sum, 8 chunks/worker', 'sum, 8 chunks/worker (2)', 'x']),
  ).toBe('sum, 8 chunks/worker (3)');
  // A removed sweep's number is used again.
  expect(distinctLabel('a', ['a', 'a (3)'])).toBe('a (2)');
});
