import { expect, test } from 'vitest';
import { addRun, HISTORY_LENGTH, oneWorkerBaseline } from './sum-history.ts';
import type { SumOutcome, SumRequest } from './sum-run-types.ts';

const request = (over: Partial<SumRequest>): SumRequest => ({
  low: 0,
  high: 1000,
  workers: 1,
  chunksPerWorker: 1,
  transport: 'message',
  gilMs: undefined,
  where: 'workers',
  ...over,
});
const outcome = (over: Partial<SumRequest>, ms: number): SumOutcome => ({
  request: request(over),
  total: 499500n,
  ms,
  chunks: [],
  handoffs: undefined,
});

test('runs are numbered in order and only the newest HISTORY_LENGTH stay', () => {
  let history = addRun([], outcome({}, 10));
  for (let i = 0; i < HISTORY_LENGTH + 2; i++) history = addRun(history, outcome({ workers: 2 }, 5));
  expect(history).toHaveLength(HISTORY_LENGTH);
  // HISTORY_LENGTH + 3 runs in all: the newest HISTORY_LENGTH of them, numbered from 4.
  expect(history.map((run) => run.id)).toEqual(Array.from({ length: HISTORY_LENGTH }, (_, i) => i + 4));
});

test('the baseline is the newest earlier 1-worker run of the same range without the GIL', () => {
  let history = addRun([], outcome({}, 100)); // 1
  history = addRun(history, outcome({ high: 2000 }, 200)); // 2: another range
  history = addRun(history, outcome({ gilMs: 5 }, 130)); // 3: with the GIL
  history = addRun(history, outcome({ transport: 'shared' }, 90)); // 4: 1 worker, shared: a baseline too
  history = addRun(history, outcome({ workers: 2 }, 50)); // 5
  history = addRun(history, outcome({}, 95)); // 6: a newer baseline, after run 5
  const byId = (id: number) => history.find((run) => run.id === id)!;
  expect(oneWorkerBaseline(history, byId(5))?.id).toBe(4);
  expect(oneWorkerBaseline(history, byId(6))?.id).toBe(6);
  expect(oneWorkerBaseline(history, byId(3))?.id).toBe(1);
  expect(oneWorkerBaseline(history, byId(2))?.id).toBe(2);
  const gilTwo = addRun(history, outcome({ workers: 2, gilMs: 5 }, 190)).at(-1)!;
  expect(oneWorkerBaseline([...history, gilTwo], gilTwo)?.id).toBe(6);
});

test('a run on the main thread, or one with no 1-worker run of its range, has no baseline', () => {
  const history = addRun(
    addRun([], outcome({ where: 'main' }, 100)),
    outcome({ workers: 2, high: 5000 }, 40),
  );
  expect(oneWorkerBaseline(history, history[0]!)).toBeUndefined();
  expect(oneWorkerBaseline(history, history[1]!)).toBeUndefined();
});
