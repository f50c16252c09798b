import { expect, test } from 'vitest';
import { ResultsStore } from './results-store.ts';
import { replaySeed } from './seed-replay.ts';

test('the replay drops falsy values and failures, and returns results in the order they finished', () => {
  const store = new ResultsStore(6);
  // Delivered in input order (as an ordered pool does), but items 2 and 5 finished first.
  const ends = [30, 35, 10, 40, 50, 20];
  const done = (index: number, status: 'ok' | 'error' | 'timeout', value?: unknown) =>
    store.record({
      index,
      status,
      workerId: 1,
      startMs: ends[index]! - 5,
      durationMs: 5,
      ...(status === 'ok' ? { value } : { error: 'x' }),
    });
  done(0, 'ok', 'a');
  done(1, 'ok', 0);
  done(2, 'ok', 'c');
  done(3, 'error');
  done(4, 'timeout');
  done(5, 'ok', 'f');
  const replay = replaySeed(store);
  expect(replay).toEqual({
    returned: 3,
    droppedFalsy: 1,
    vanishedErrors: 1,
    hung: 1,
    outOfOrder: 2,
    defaultThreads: 6,
    firstIndices: [2, 5, 0],
  });
  expect(store.counts).toEqual({ pending: 0, ok: 4, error: 1, timeout: 1, cancelled: 0 });
  expect(() => done(2, 'ok', 'again')).toThrow('second outcome');
});
