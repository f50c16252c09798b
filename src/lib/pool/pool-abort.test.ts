import { afterEach, expect, test, vi } from 'vitest';
import { createPool, doThreadedWork, type Pool, type PoolEvent } from './index.ts';
import { censusWorkers, collect, eventually, sleep } from '../../test-support/pool-helpers.ts';

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
  vi.unstubAllGlobals();
});

/** Busy for `ms`: a worker running it can only be stopped by terminating it. */
function spin(ms: number): number {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // CPU-bound on purpose
  }
  return ms;
}

test('abort during doThreadedWork: it resolves promptly with every item accounted for and no live worker', async () => {
  const census = censusWorkers();
  const controller = new AbortController();
  const items = Array.from({ length: 20 }, () => 10_000);
  let started = 0;
  const onEvent = (e: PoolEvent) => {
    if (e.type === 'task-start') started++;
  };
  const done = doThreadedWork(items, spin, { numThreads: 2, signal: controller.signal, onEvent });
  // Abort once both workers hold an item, however long they took to start (a fixed sleep lost that race on
  // a loaded machine: the workers were created but no item had reached them yet).
  expect(await eventually(() => started === 2)).toBe(true);
  const abortedAt = performance.now();
  controller.abort();
  const outcomes = await done;
  // Generous against a loaded machine; the tasks themselves would run for 10 s each.
  expect(performance.now() - abortedAt).toBeLessThan(1000);
  expect(outcomes.map((o) => o.index)).toEqual(items.map((_, i) => i));
  expect(outcomes.every((o) => o.status === 'cancelled')).toBe(true);
  // The two running items ran on a worker; the queued ones never reached one.
  expect(outcomes.filter((o) => o.workerId !== null)).toHaveLength(2);
  expect(census.live).toBe(0);
});

test('abort of map: items already pulled are cancelled, the iterable is not pulled further, map ends normally', async () => {
  pool = createPool({ size: 1 });
  const controller = new AbortController();
  let pulled = 0;
  let closed = false;
  function* source() {
    try {
      for (let i = 0; ; i++) {
        pulled++;
        yield i;
      }
    } finally {
      closed = true;
    }
  }
  const seen: string[] = [];
  const wait50 = (x: number) => {
    const end = Date.now() + (x === 0 ? 0 : 50);
    while (Date.now() < end) {
      // busy
    }
    return x;
  };
  for await (const outcome of pool.map(source(), wait50, {
    signal: controller.signal,
    maxInFlight: 8,
    batchSize: 1,
  })) {
    seen.push(outcome.status);
    if (seen.length === 2) controller.abort();
  }
  const pulledAtAbort = pulled;
  await sleep(100);
  expect(pulled).toBe(pulledAtAbort);
  expect(pulled).toBeLessThanOrEqual(2 + 8);
  expect(closed).toBe(true);
  expect(seen.length).toBe(pulled);
  expect(seen.slice(2).every((s) => s === 'cancelled')).toBe(true);
});

test('abort of map over an array: every element gets an outcome, in order', async () => {
  pool = createPool({ size: 1 });
  const controller = new AbortController();
  const items = Array.from({ length: 50_000 }, (_, i) => i);
  const outcomes = [];
  const slowAfterTen = (x: number) => {
    const end = Date.now() + (x < 10 ? 0 : 20);
    while (Date.now() < end) {
      // busy
    }
    return x;
  };
  for await (const outcome of pool.map(items, slowAfterTen, {
    signal: controller.signal,
    maxInFlight: 100,
  })) {
    outcomes.push(outcome);
    if (outcomes.length === 10) controller.abort();
  }
  expect(outcomes).toHaveLength(items.length);
  expect(outcomes.map((o) => o.index)).toEqual(items);
  // Items that finished before the abort keep their value; all the others are cancelled.
  const after = outcomes.slice(10).map((o) => o.status);
  expect(after.every((s) => s === 'cancelled' || s === 'ok')).toBe(true);
  expect(after.filter((s) => s === 'cancelled').length).toBeGreaterThan(items.length - 110);
});

test('abort of map over an array: elements never pulled come after pulled items whose reports were still on their way', async () => {
  pool = createPool({ size: 1 });
  /** Tiny, but item 5 holds its worker for 150 ms. */
  const stallAtFive = (x: number) => {
    const end = Date.now() + (x === 5 ? 150 : 0);
    while (Date.now() < end) {
      // busy
    }
    return x;
  };
  // Learn that the task is tiny, so the next call's items share reports (at most 4 ms apart).
  await collect(pool.map([0, 1, 2], stallAtFive));
  const controller = new AbortController();
  const items = Array.from({ length: 2000 }, (_, i) => i);
  const outcomes = [];
  // Items 0-4 end at once, then item 5 holds the worker for 150 ms with their report unsent; the abort
  // comes while it runs, and the report of 0-4 arrives when it ends (well within the 250 ms a stopping
  // worker is given for reports on their way), after the elements from 8 on were cancelled unpulled.
  setTimeout(() => controller.abort(), 40);
  for await (const outcome of pool.map(items, stallAtFive, {
    signal: controller.signal,
    maxInFlight: 8,
  })) {
    outcomes.push(outcome);
  }
  expect(outcomes.map((o) => o.index)).toEqual(items);
  expect(outcomes.slice(0, 5).map((o) => o.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  expect(outcomes.slice(8).every((o) => o.status === 'cancelled')).toBe(true);
});

test('an already-aborted signal: an array gets all cancelled, run rejects with AbortError, no worker starts', async () => {
  const census = censusWorkers();
  pool = createPool({ size: 2 });
  const signal = AbortSignal.abort();
  const outcomes = await collect(pool.map([1, 2, 3], (x: number) => x, { signal }));
  expect(outcomes.map((o) => o.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  await expect(pool.run((x: number) => x, 1, { signal })).rejects.toMatchObject({ name: 'AbortError' });
  expect(census.created).toBe(0);
});

test('run rejects with a DOMException named AbortError and its worker is stopped', async () => {
  const census = censusWorkers();
  pool = createPool({ size: 1 });
  const controller = new AbortController();
  const running = pool.run(spin, 10_000, { signal: controller.signal });
  await eventually(() => pool!.stats().running === 1 && census.created === 1);
  await sleep(100);
  controller.abort();
  const error: unknown = await running.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DOMException);
  expect((error as DOMException).name).toBe('AbortError');
  expect(census.live).toBe(0);
  // The pool goes on with a fresh worker.
  expect(await pool.run((x: number) => x * 2, 4)).toBe(8);
  expect(census.created).toBe(2);
});

test('on a shared pool, abort stops only the workers running that call’s items', async () => {
  const census = censusWorkers();
  const exits: number[] = [];
  pool = createPool({ size: 2, onEvent: (e) => e.type === 'worker-exit' && exits.push(e.workerId) });
  const controller = new AbortController();
  const doomed = collect(pool.map([10_000], spin, { signal: controller.signal }));
  const survivor = collect(pool.map([1200], spin));
  await eventually(() => pool!.stats().running === 2);
  await sleep(200);
  controller.abort();
  const [cancelled] = await doomed;
  expect(cancelled!.status).toBe('cancelled');
  expect(census.live).toBe(1);
  const [finished] = await survivor;
  expect(finished).toMatchObject({ status: 'ok', value: 1200 });
  expect(exits).toEqual([cancelled!.workerId]);
  expect(finished!.workerId).not.toBe(cancelled!.workerId);
});

test('a consumer that breaks early cancels the rest and closes the input', async () => {
  pool = createPool({ size: 1 });
  let closed = false;
  function* source() {
    try {
      for (let i = 0; i < 1000; i++) yield i;
    } finally {
      closed = true;
    }
  }
  let seen = 0;
  for await (const outcome of pool.map(source(), (x: number) => x)) {
    expect(outcome.status).toBe('ok');
    if (++seen === 3) break;
  }
  expect(closed).toBe(true);
  await eventually(() => pool!.stats().running === 0 && pool!.stats().queued === 0);
  expect(pool.stats().queued).toBe(0);
});
