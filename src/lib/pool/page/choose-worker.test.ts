import { expect, test } from 'vitest';
import { chooseWorker, STALL_MS, type WorkerLoad } from './choose-worker.ts';

const worker = (name: string, batchesInFlight: number, items = batchesInFlight) => ({
  name,
  state: 'ready' as WorkerLoad['state'],
  batchesInFlight,
  inFlight: { length: items },
});

const tiny = { batch: 1, depth: 64 };

test('an idle worker before a busy one; fewer messages in flight break ties', () => {
  const busy = worker('busy', 3);
  const idle = worker('idle', 0);
  expect(
    chooseWorker(
      [
        { worker: busy, elapsed: 0 },
        { worker: idle, elapsed: 0 },
      ],
      tiny,
      0.001,
      false,
    ),
  ).toBe(idle);
  const two = worker('two', 2);
  expect(
    chooseWorker(
      [
        { worker: busy, elapsed: 0 },
        { worker: two, elapsed: 0 },
      ],
      tiny,
      0.001,
      false,
    ),
  ).toBe(two);
});

test('no worker past its depth, none starting, and Transferables only to an idle worker', () => {
  const full = worker('full', 2);
  const starting = { ...worker('starting', 0), state: 'starting' as const };
  expect(chooseWorker([{ worker: full, elapsed: 0 }], { batch: 10, depth: 2 }, 0.1, false)).toBeUndefined();
  expect(chooseWorker([{ worker: starting, elapsed: 0 }], tiny, 0.1, false)).toBeUndefined();
  expect(chooseWorker([{ worker: worker('one', 1), elapsed: 0 }], tiny, 0.001, true)).toBeUndefined();
});

test('a worker stuck on an outlier gets nothing queued behind it', () => {
  const stuck = worker('stuck', 1);
  const working = worker('working', 5);
  const candidates = [
    { worker: stuck, elapsed: 300 },
    { worker: working, elapsed: 0.01 },
  ];
  // Tasks usually take 1 µs: the worker 300 ms into one is stalled; the one with 5 queued is not.
  expect(chooseWorker(candidates, tiny, 0.001, false)).toBe(working);
  expect(chooseWorker([{ worker: stuck, elapsed: STALL_MS + 1 }], tiny, 0.001, false)).toBeUndefined();
  // An item of a task that takes 100 ms is not an outlier at 300 ms... but it is expected to need as long again.
  expect(chooseWorker([{ worker: stuck, elapsed: 300 }], { batch: 1, depth: 2 }, 100, false)).toBe(stuck);
});
