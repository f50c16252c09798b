import { expect, test } from 'vitest';
// Here rather than in engine/: the replay is checked on a real ResultsStore, which lives in
// src/ui/pool-panels, and an engine never imports src/ui.
import { ResultsStore } from '../../ui/pool-panels/results-store.ts';
import { replaySeed, SeedReplayer } from './engine/seed-replay.ts';

/** Six items delivered in input order (as an ordered pool does), though items 2 and 5 finished first. */
function sixItems() {
  const store = new ResultsStore(6);
  const ends = [30, 35, 10, 40, 50, 20];
  const done = (index: number, status: 'ok' | 'error' | 'timeout', value?: unknown) =>
    store.record({
      index,
      status,
      workerId: 1 + (index % 2),
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
  return { store, done };
}

test('preserve_result_ordering=True: falsy results survive in their tuples; the list is in the order items finished', () => {
  const { store, done } = sixItems();
  expect(replaySeed(store, true)).toEqual({
    preserveOrdering: true,
    returned: 4,
    falsy: 1,
    vanishedErrors: 1,
    hung: 1,
    outOfOrder: 2,
    defaultThreads: 6,
    firstIndices: [2, 5, 0, 1],
  });
  expect(store.counts).toEqual({ pending: 0, ok: 4, error: 1, timeout: 1, cancelled: 0 });
  expect(() => done(2, 'ok', 'again')).toThrow('second outcome');
});

test('preserve_result_ordering=False: "if result:" drops the falsy result; order is not judged', () => {
  const { store } = sixItems();
  expect(replaySeed(store, false)).toMatchObject({
    returned: 3,
    falsy: 1,
    outOfOrder: 0,
    firstIndices: [2, 5, 0],
  });
});

test('followed outcome by outcome, the replay equals the replay of the whole run', () => {
  const { store } = sixItems();
  const replayer = new SeedReplayer(store, true);
  for (let k = 0; k < store.completed; k++) replayer.add(store.completion[k]!);
  expect(replayer.snapshot()).toEqual(replaySeed(store, true));
});
