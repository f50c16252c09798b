// The pool's contract (docs/pool.md, "The contract"), one test per way it can be broken: an outcome leaves
// its worker when its item ends; an item runs at most once; a computed result survives an abort; an input
// that throws and workers that cannot start lose no outcome; every timeout is the item's own; a cancelled
// item never starts. Real workers in real Chromium, on a cross-origin isolated page, once with the shared
// status words the pool uses there and once as on a page that is not isolated (reports only).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPool, doThreadedWork, type Outcome, type Pool } from './index.ts';
import { censusWorkers, collect, sleep } from '../../test-support/pool-helpers.ts';

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
  vi.unstubAllGlobals();
});

/**
 * One task for every test here, so the pool's time estimate for it carries from call to call. `count`:
 * adds 1 to runs[slot] (shared memory: every run is seen, on whichever worker); then spins `spinMs` of CPU,
 * or never returns when `hang`. Returns the slot.
 */
interface Job {
  readonly runs: Int32Array;
  readonly slot: number;
  readonly spinMs?: number;
  readonly hang?: boolean;
}
function job(arg: Job): number {
  Atomics.add(arg.runs, arg.slot, 1);
  const end = Date.now() + (arg.spinMs ?? 0);
  while (arg.hang === true || Date.now() < end) {
    // CPU-bound on purpose: only terminating the worker stops it
  }
  return arg.slot;
}

const counters = (n: number) => new Int32Array(new SharedArrayBuffer(4 * n));
const jobs = (runs: Int32Array, specs: readonly Omit<Job, 'runs' | 'slot'>[]): Job[] =>
  specs.map((spec, slot) => ({ runs, slot, ...spec }));

/** Teaches the pool that `job` is tiny, so its batches queue several deep at a worker. */
async function warmUp(p: Pool): Promise<void> {
  const runs = counters(64);
  await collect(
    p.map(
      jobs(
        runs,
        Array.from({ length: 64 }, () => ({})),
      ),
      job,
    ),
  );
}

describe.each([
  ['with shared status', true],
  ['with reports only (not isolated)', false],
])('%s', (_, isolated) => {
  beforeEach(() => {
    // The pool reads crossOriginIsolated when a worker starts; tasks still get shared counters.
    if (!isolated) vi.stubGlobal('crossOriginIsolated', false);
  });

  test('an item that ended is reported at once, not when the next item of its batch ends', async () => {
    pool = createPool({ size: 1 });
    const runs = counters(2);
    const t0 = performance.now();
    const arrivals: number[] = [];
    for await (const o of pool.map(jobs(runs, [{}, { spinMs: 1500 }]), job, {
      ordered: false,
      batchSize: 2,
    })) {
      arrivals[o.index] = performance.now() - t0;
    }
    // Before: item 0 arrived together with item 1, after 1.5 s.
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThan(1000);
  });

  test('an item that finished before a timeout killed its worker ran once and kept its value', async () => {
    pool = createPool({ size: 1 });
    const runs = counters(3);
    const outcomes = await collect(
      pool.map(jobs(runs, [{}, { hang: true }, {}]), job, { batchSize: 3, timeoutMs: 300 }),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'timeout', 'ok']);
    expect(outcomes[0]).toMatchObject({ status: 'ok', value: 0 });
    // Before: item 0 ran twice, re-queued from the killed worker.
    expect([...runs]).toEqual([1, 1, 1]);
  });

  test('items of another call that finished on a worker killed by a cancel ran once and kept their values', async () => {
    pool = createPool({ size: 1, idleTimeoutMs: Infinity });
    await warmUp(pool);
    const runs = counters(3);
    const [b0, b1, hang] = jobs(runs, [{}, {}, { hang: true }]);
    const controller = new AbortController();
    const others = collect(pool.map([b0!, b1!], job, { batchSize: 2 }));
    const hung = pool.run(job, hang!, { signal: controller.signal });
    await sleep(300);
    controller.abort();
    await expect(hung).rejects.toMatchObject({ name: 'AbortError' });
    const outcomes = await others;
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok']);
    expect([...runs]).toEqual([1, 1, 1]);
  });

  test('abort keeps the result of an item that had finished', async () => {
    pool = createPool({ size: 1 });
    const runs = counters(2);
    const controller = new AbortController();
    const all = collect(
      pool.map(jobs(runs, [{}, { spinMs: 5000 }]), job, { batchSize: 2, signal: controller.signal }),
    );
    // Once item 0's outcome has reached the page (a fixed sleep lost the race to a slow worker start).
    await vi.waitFor(() => expect(pool!.stats().completed).toBe(1), { timeout: 10_000, interval: 10 });
    controller.abort();
    const outcomes = await all;
    // Before: item 0 came back cancelled.
    expect(outcomes[0]).toMatchObject({ index: 0, status: 'ok', value: 0 });
    expect(outcomes[1]).toMatchObject({ index: 1, status: 'cancelled' });
  });

  function* yieldsThenThrows(runs: Int32Array, n: number, error: Error): Generator<Job> {
    for (let slot = 0; slot < n; slot++) yield { runs, slot };
    throw error;
  }

  test('an input that throws: map yields every pulled item, then throws the input error', async () => {
    pool = createPool({ size: 2 });
    const runs = counters(10);
    const error = new Error('input broke after 10');
    const seen: Outcome<Job, number>[] = [];
    let thrown: unknown;
    try {
      for await (const o of pool.map(yieldsThenThrows(runs, 10, error), job)) seen.push(o);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBe(error);
    // Before: 0 outcomes.
    expect(seen.map((o) => o.index).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seen.every((o) => o.status === 'ok')).toBe(true);
  });

  test('an input that throws: doThreadedWork rejects with that error, carrying every outcome in order', async () => {
    const runs = counters(10);
    const error = new Error('input broke after 10');
    const rejection = await doThreadedWork(yieldsThenThrows(runs, 10, error), job, { numThreads: 2 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(rejection).toBe(error);
    const outcomes = (rejection as { outcomes?: Outcome<Job, number>[] }).outcomes;
    expect(outcomes?.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(outcomes?.every((o) => o.status === 'ok')).toBe(true);
  });

  test('workers that cannot start: every item gets an outcome naming why, then the start error', async () => {
    censusWorkers(() => new URL('./no-such-worker-script.js', import.meta.url));
    const runs = counters(5);
    const rejection = await doThreadedWork(jobs(runs, [{}, {}, {}, {}, {}]), job, { numThreads: 2 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(rejection).toMatchObject({ name: 'WorkerStartError' });
    const outcomes = (rejection as { outcomes?: Outcome<Job, number>[] }).outcomes;
    expect(outcomes?.map((o) => o.index)).toEqual([0, 1, 2, 3, 4]);
    for (const o of outcomes ?? []) {
      expect(o).toMatchObject({ status: 'error', workerId: null, error: { name: 'WorkerStartError' } });
    }
    expect([...runs]).toEqual([0, 0, 0, 0, 0]);
  });

  test("an item's timeout counts from its own start, whatever timeout the item before it had", async () => {
    pool = createPool({ size: 1, idleTimeoutMs: Infinity });
    const runs = counters(2);
    const [long, hang] = jobs(runs, [{ spinMs: 1000 }, { hang: true }]);
    const t0 = performance.now();
    const first = pool.run(job, long!, { timeoutMs: 10_000 });
    const second = pool.run(job, hang!, { timeoutMs: 300 });
    await expect(first).resolves.toBe(0);
    await expect(second).rejects.toMatchObject({ name: 'TaskTimeoutError' });
    // Before: 10 s (the first item's deadline). Due at about 1.3 s plus the worker's start.
    expect(performance.now() - t0).toBeLessThan(4000);
  });

  test("a cancelled call's items queued at a worker behind another call's item never start", async () => {
    pool = createPool({ size: 1, idleTimeoutMs: Infinity });
    await warmUp(pool);
    const runs = counters(6);
    const [busy, ...queued] = jobs(runs, [{ spinMs: 800 }, {}, {}, {}, {}, {}]);
    const controller = new AbortController();
    const first = pool.run(job, busy!);
    const cancelled = collect(pool.map(queued, job, { batchSize: 5, signal: controller.signal }));
    await sleep(200);
    controller.abort();
    const outcomes = await cancelled;
    await expect(first).resolves.toBe(0);
    await sleep(100);
    expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill('cancelled'));
    // Before: they ran once the first call's item was done.
    expect([...runs]).toEqual([1, 0, 0, 0, 0, 0]);
    expect(outcomes.every((o) => o.workerId === null && o.startMs === undefined)).toBe(true);
  });
});
