// prepareWorker: run once in each worker before it takes an item, outside every item's time and timeout,
// in a replacement worker too; a worker whose preparation throws failed to start.
import { afterEach, expect, test } from 'vitest';
import { createPool, taskFromSource, WorkerStartError, type Pool } from './index.ts';
import { censusWorkers, collect } from '../../test-support/pool-helpers.ts';

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
});

/** Runs in each worker as it starts: takes 300 ms (an interpreter loading, say), then marks the worker. */
const SLOW_PREPARE = taskFromSource<void, void>(
  '() => new Promise((resolve) => setTimeout(() => { self.__prepared = (self.__prepared ?? 0) + 1; resolve(); }, 300))',
);

/** Runs in a worker: how many times this worker was prepared (undefined: never). */
function preparedCount(): unknown {
  return (self as { __prepared?: number }).__prepared;
}

test('every worker is prepared once before its first item, and the preparation is in no item’s timeout', async () => {
  pool = createPool({ size: 2, prepareWorker: SLOW_PREPARE, taskTimeoutMs: 150 });
  const outcomes = await collect(pool.map([1, 2, 3, 4, 5, 6], preparedCount, { batchSize: 1 }));
  // A 150 ms timeout, a 300 ms preparation: no item timed out, and each saw its worker prepared once.
  expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  expect(outcomes.map((o) => (o.status === 'ok' ? o.value : undefined))).toEqual([1, 1, 1, 1, 1, 1]);
});

test('a worker that replaces one stopped by a timeout is prepared before it takes the next item', async () => {
  pool = createPool({ size: 1, prepareWorker: SLOW_PREPARE });
  const hangOnTwo = (x: number) => {
    while (x === 2) {
      // Hangs until its timeout stops the worker.
    }
    return (self as { __prepared?: number }).__prepared ?? 0;
  };
  const outcomes = await collect(pool.map([1, 2, 3, 4], hangOnTwo, { batchSize: 1, timeoutMs: 200 }));
  expect(outcomes.map((o) => o.status)).toEqual(['ok', 'timeout', 'ok', 'ok']);
  // Items 3 and 4 ran in the replacement, prepared once (its preparation did not use up their 200 ms).
  expect(outcomes.map((o) => o.workerId)).toEqual([1, 1, 2, 2]);
  expect(outcomes.filter((o) => o.status === 'ok').map((o) => (o.status === 'ok' ? o.value : 0))).toEqual([
    1, 1, 1,
  ]);
});

test('a preparation that throws is a failed start: after 3 in a row the call fails, naming the error', async () => {
  const census = censusWorkers();
  pool = createPool({
    size: 1,
    prepareWorker: taskFromSource<void, void>('async () => { throw new RangeError("no interpreter here"); }'),
  });
  const iterate = collect(pool.map([1, 2], (x: number) => x));
  await expect(iterate).rejects.toThrow(WorkerStartError);
  await expect(iterate).rejects.toThrow(/prepareWorker threw RangeError: no interpreter here/);
  expect(census.created).toBe(3);
});

test('prepareWorker is checked as a task is: a non-function or a closure over the page is refused up front', () => {
  expect(() => createPool({ prepareWorker: 5 as unknown as () => void })).toThrow(
    /prepareWorker: expected a function, got number/,
  );
  const outer = 3;
  expect(() => createPool({ prepareWorker: () => outer })).toThrow(/prepareWorker/);
});
