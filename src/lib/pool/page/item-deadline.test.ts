import { expect, test } from 'vitest';
import { deadlineOf, isPastDeadline, watchdogDelay } from './item-deadline.ts';

test('an item is due its own timeout after its own start', () => {
  expect(deadlineOf({ startMs: 1000, timeoutMs: 300 })).toBe(1300);
  expect(isPastDeadline({ startMs: 1000, timeoutMs: 300 }, 1299)).toBe(false);
  expect(isPastDeadline({ startMs: 1000, timeoutMs: 300 }, 1300)).toBe(true);
});

test('no item, no timeout or an unknown start: no deadline, nothing to watch', () => {
  for (const running of [undefined, { startMs: 5, timeoutMs: undefined }, { startMs: NaN, timeoutMs: 10 }]) {
    expect(deadlineOf(running)).toBeUndefined();
    expect(isPastDeadline(running, 1e9)).toBe(false);
    expect(watchdogDelay(running, 0)).toBeUndefined();
  }
});

test('the watchdog waits until the deadline, at least 1 ms', () => {
  expect(watchdogDelay({ startMs: 1000, timeoutMs: 300 }, 1100)).toBe(200);
  expect(watchdogDelay({ startMs: 1000, timeoutMs: 300 }, 5000)).toBe(1);
});
