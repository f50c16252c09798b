import { afterEach, expect, test, vi } from 'vitest';
import { createPool, doThreadedWork, WorkerStartError, type Pool } from './index.ts';
import { censusWorkers, collect, eventually, sleep } from '../../test-support/pool-helpers.ts';

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
  vi.unstubAllGlobals();
});

test('a task that calls close(): its item gets WorkerCrashError, the others run on a replacement', async () => {
  const census = censusWorkers();
  pool = createPool({ size: 1 });
  const outcomes = await collect(
    pool.map(
      [0, 1, 2, 3, 4, 5],
      (x: number) => {
        if (x === 2) close();
        return x;
      },
      { batchSize: 6 },
    ),
  );
  expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok', 'error', 'ok', 'ok', 'ok']);
  const crash = outcomes[2]!;
  expect(crash.status === 'error' && crash.error).toMatchObject({
    name: 'WorkerCrashError',
    message: expect.stringContaining('close()') as string,
  });
  expect(crash.workerId).toBe(outcomes[0]!.workerId);
  expect(outcomes[3]!.workerId).not.toBe(crash.workerId);
  expect(census.created).toBe(2);
  expect(census.live).toBe(1);
});

test('an error thrown outside the task call (from a timer) crashes the worker; the item running gets it', async () => {
  pool = createPool({ size: 1 });
  const outcomes = await collect(
    pool.map([0, 1, 2], async (x: number) => {
      if (x === 1) {
        setTimeout(() => {
          throw new Error('thrown from a timer');
        }, 10);
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
      return x;
    }),
  );
  expect(outcomes.map((o) => o.status)).toEqual(['ok', 'error', 'ok']);
  expect(outcomes[1]!.status === 'error' && outcomes[1]!.error).toMatchObject({
    name: 'WorkerCrashError',
    message: expect.stringContaining('thrown from a timer') as string,
  });
});

test('a worker that dies without a word (as out of memory) is noticed through its lock and replaced', async () => {
  const census = censusWorkers();
  pool = createPool({ size: 1 });
  const outcomes = collect(
    pool.map([0, 1, 2], async (x: number) => {
      if (x === 1) await new Promise((resolve) => setTimeout(resolve, 10_000));
      return x;
    }),
  );
  await eventually(() => pool!.trace().length === 1);
  await sleep(100);
  census.killSilently(0);
  const all = await outcomes;
  expect(all.map((o) => o.status)).toEqual(['ok', 'error', 'ok']);
  expect(all[1]!.status === 'error' && all[1]!.error).toMatchObject({
    name: 'WorkerCrashError',
    message: expect.stringContaining('stopped') as string,
  });
  expect(census.created).toBe(2);
  expect(census.live).toBe(1);
});

test('retries: an item whose worker crashed under it runs again on a fresh worker', async () => {
  pool = createPool({ size: 1, retries: 1 });
  // Shared memory survives the crash: the item crashes its worker the first time only.
  const attempts = new Int32Array(new SharedArrayBuffer(4));
  const crashOnce = (x: { i: number; attempts: Int32Array }) => {
    if (x.i === 1 && Atomics.add(x.attempts, 0, 1) === 0) close();
    return x.i;
  };
  const items = [0, 1, 2].map((i) => ({ i, attempts }));
  const outcomes = await collect(pool.map(items, crashOnce));
  expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok', 'ok']);
  expect(Atomics.load(attempts, 0)).toBe(2);
  expect(pool.stats().retried).toBe(1);
  // Without retries the same item fails.
  Atomics.store(attempts, 0, 0);
  const once = await collect(pool.map(items, crashOnce, { retries: 0 }));
  expect(once.map((o) => o.status)).toEqual(['ok', 'error', 'ok']);
});

test('a worker script that fails to start is not respawned in a loop: after 3 failures the run ends saying so', async () => {
  const broken = URL.createObjectURL(
    new Blob(['throw new Error("this worker script is broken")'], { type: 'text/javascript' }),
  );
  const census = censusWorkers(() => broken);
  pool = createPool({ size: 1 });
  const iterate = collect(pool.map([1, 2, 3], (x: number) => x));
  await expect(iterate).rejects.toThrow(WorkerStartError);
  await expect(iterate).rejects.toThrow(/failed to start 3 times in a row/);
  expect(census.created).toBe(3);
  expect(census.live).toBe(0);
  await expect(pool.run((x: number) => x, 1)).rejects.toThrow(WorkerStartError);
  await expect(doThreadedWork([1], (x: number) => x, { numThreads: 2 })).rejects.toThrow(WorkerStartError);
  URL.revokeObjectURL(broken);
});
