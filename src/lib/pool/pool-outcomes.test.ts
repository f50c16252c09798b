// The pool's public API on real workers: one outcome per item, timeouts, run, and a page without shared memory. One file for these themes because they share
// one pool fixture and its clean-up.
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  createPool,
  doThreadedWork,
  PoolQueueFullError,
  TaskTimeoutError,
  WorkerCrashError,
  type Outcome,
  type Pool,
} from './index.ts';
import { collect, eventually } from '../../test-support/pool-helpers.ts';

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
  vi.unstubAllGlobals();
});

/** Items 0..299: every 10th from 3 throws, every 50th from 7 hangs, every 10th returns 0, the rest i. */
function mixedTask(i: number): number {
  if (i % 50 === 7) {
    const end = Date.now() + 5000;
    while (Date.now() < end) {
      // hung: only the timeout stops it
    }
  }
  if (i % 10 === 3) throw new RangeError(`item ${i} is out of range`);
  return i % 10 === 0 ? 0 : i;
}

function expectedStatus(i: number): Outcome<number, number>['status'] {
  if (i % 50 === 7) return 'timeout';
  if (i % 10 === 3) return 'error';
  return 'ok';
}

describe('every item gets exactly one outcome', () => {
  test('300 items that return, return 0, throw or hang past a 300 ms timeout: 300 outcomes, in order', async () => {
    const items = Array.from({ length: 300 }, (_, i) => i);
    const outcomes = await doThreadedWork(items, mixedTask, { numThreads: 2, perTaskTimeoutMs: 300 });
    expect(outcomes.map((o) => o.index)).toEqual(items);
    expect(outcomes.map((o) => o.status)).toEqual(items.map(expectedStatus));
    for (const o of outcomes) {
      expect(o.item).toBe(o.index);
      if (o.status === 'ok') expect(o.value).toBe(o.index % 10 === 0 ? 0 : o.index);
      if (o.status === 'error') {
        expect(o.error).toMatchObject({ name: 'RangeError', message: `item ${o.index} is out of range` });
        expect(o.error.stack).toContain('RangeError');
      }
      if (o.status === 'timeout') {
        expect(o.endMs! - o.startMs!).toBeGreaterThanOrEqual(299);
        expect(o.workerId).not.toBeNull();
      }
    }
    // Zeros are values: the seed's `if result:` would have dropped 30 of them.
    expect(outcomes.filter((o) => o.status === 'ok' && o.value === 0)).toHaveLength(30);
  });

  test('falsy values are values: 0, "", false, null, undefined, NaN, []', async () => {
    pool = createPool({ size: 1 });
    const values = [0, '', false, null, undefined, Number.NaN, []];
    const outcomes = await collect(pool.map(values, (v: unknown) => v));
    expect(outcomes).toHaveLength(values.length);
    expect(outcomes.map((o) => (o.status === 'ok' ? o.value : 'missing'))).toEqual(values);
  });

  test('completion order when ordered is false; input order by default', async () => {
    let started = 0;
    pool = createPool({
      size: 2,
      onEvent: (e) => {
        if (e.type === 'worker-start') started++;
      },
    });
    // One long item and one short one, on two ready workers, with `wait` not yet measured: each worker
    // gets one item, so the short one ends first. (With more short items, the first one's report measures
    // `wait` as tiny, and the pool may queue a later one behind the long item: it then ends after it.)
    const delays = [300, 0];
    const wait = (ms: number) => new Promise((resolve) => setTimeout(() => resolve(ms), ms));
    // Both workers ready first: a worker still starting after 300 ms (a loaded machine) would leave the
    // short item to the long one's worker, after it. Warmed with another task, so `wait` stays unmeasured.
    await collect(pool.map([0, 0], (x: number) => x, { batchSize: 1 }));
    expect(await eventually(() => started === 2)).toBe(true);
    const unordered = await collect(pool.map(delays, wait, { ordered: false, batchSize: 1 }));
    expect(unordered.map((o) => o.index)).toEqual([1, 0]);
    const ordered = await collect(pool.map(delays, wait, { batchSize: 1 }));
    expect(ordered.map((o) => o.index)).toEqual([0, 1]);
  });

  test('async tasks and rejected promises', async () => {
    pool = createPool({ size: 2 });
    const outcomes = await collect(
      pool.map([1, 2, 3], async (x: number) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (x === 2) throw new TypeError('two');
        return x * 10;
      }),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'error', 'ok']);
    expect(outcomes[1]).toMatchObject({ status: 'error', error: { name: 'TypeError', message: 'two' } });
    expect(outcomes[2]).toMatchObject({ value: 30 });
  });

  test('a non-Error throw and a result that cannot be cloned are errors of their item only', async () => {
    pool = createPool({ size: 1 });
    const outcomes = await collect(
      pool.map([0, 1, 2], (x: number) => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- what the pool does with it is the point
        if (x === 0) throw 'plain string';
        if (x === 1) return () => x;
        return x;
      }),
    );
    expect(outcomes[0]).toMatchObject({
      status: 'error',
      error: { message: expect.stringContaining('plain string') as string },
    });
    expect(outcomes[1]).toMatchObject({ status: 'error', error: { name: 'DataCloneError' } });
    expect(outcomes[2]).toMatchObject({ status: 'ok', value: 2 });
  });

  test('an item that cannot be sent gets an error; its neighbours run', async () => {
    pool = createPool({ size: 1 });
    const items: unknown[] = [1, () => 2, 3];
    const outcomes = await collect(pool.map(items, (x: unknown) => typeof x, { batchSize: 3 }));
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'error', 'ok']);
    expect(outcomes[1]).toMatchObject({ workerId: null, error: { name: 'DataCloneError' } });
  });
});

describe('timeouts', () => {
  test('count from the moment a worker begins the item: not while queued, not while earlier batch items run', async () => {
    pool = createPool({ size: 1 });
    const busy = (ms: number) => {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        // CPU-bound on purpose
      }
      return ms;
    };
    // Three 250 ms items in one batch, then three queued one by one: the last of each starts ~500 ms after
    // its call began, past the 600 ms timeout if the clock ran from dispatch or while queued.
    const batched = await collect(pool.map([250, 250, 250], busy, { batchSize: 3, timeoutMs: 600 }));
    expect(batched.map((o) => o.status)).toEqual(['ok', 'ok', 'ok']);
    expect(batched[2]!.endMs! - batched[0]!.startMs!).toBeGreaterThan(600);
    const queued = await collect(pool.map([250, 250, 250], busy, { batchSize: 1, timeoutMs: 600 }));
    expect(queued.map((o) => o.status)).toEqual(['ok', 'ok', 'ok']);
    expect(queued[2]!.endMs! - queued[0]!.startMs!).toBeGreaterThan(600);
  });

  test('a timed-out worker is replaced and its batch-mates still run', async () => {
    const events: string[] = [];
    pool = createPool({
      size: 1,
      taskTimeoutMs: 300,
      onEvent: (e) => e.type === 'worker-exit' && events.push(e.reason ?? ''),
    });
    const outcomes = await collect(
      pool.map(
        [0, 1, 2, 3],
        (x: number) => {
          if (x === 1)
            for (;;) {
              // hangs for ever
            }
          return x;
        },
        { batchSize: 4 },
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'timeout', 'ok', 'ok']);
    expect(outcomes[2]!.workerId).not.toBe(outcomes[1]!.workerId);
    expect(events).toEqual([expect.stringContaining('timeout') as string]);
  });

  test('run rejects with TaskTimeoutError', async () => {
    pool = createPool({ size: 1 });
    await expect(pool.run(() => new Promise(() => {}), 0, { timeoutMs: 200 })).rejects.toThrow(
      TaskTimeoutError,
    );
    expect(await pool.run((x: number) => x + 1, 1)).toBe(2);
  });
});

describe('run', () => {
  test('resolves with the value, rejects with the task’s own error name and message', async () => {
    pool = createPool({ size: 1 });
    expect(await pool.run((s: string) => s.toUpperCase(), 'abc')).toBe('ABC');
    const failure = pool.run(() => {
      throw new SyntaxError('bad input');
    }, null);
    await expect(failure).rejects.toMatchObject({ name: 'SyntaxError', message: 'bad input' });
  });

  test('transfers instead of copying: the sender’s buffer is detached', async () => {
    pool = createPool({ size: 1 });
    const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
    const sum = pool.run((b: ArrayBuffer) => new Uint8Array(b).reduce((a, x) => a + x, 0), buffer, {
      transfer: [buffer],
    });
    // Moved as run returns, before any worker is free: the caller cannot change what the task will read.
    expect(buffer.byteLength).toBe(0);
    expect(await sum).toBe(10);
    // Without transfer the buffer is cloned and stays usable.
    const kept = new Uint8Array([5]).buffer;
    expect(await pool.run((b: ArrayBuffer) => b.byteLength, kept)).toBe(1);
    expect(kept.byteLength).toBe(1);
  });

  test('maxQueue bounds the runs waiting for a worker, with an error that names it', async () => {
    pool = createPool({ size: 1, maxQueue: 2 });
    const first = pool.run((x: number) => x, 1);
    const second = pool.run((x: number) => x, 2);
    const third = pool.run((x: number) => x, 3);
    await expect(third).rejects.toThrow(PoolQueueFullError);
    await expect(third).rejects.toThrow(/maxQueue/);
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(await pool.run((x: number) => x, 4)).toBe(4);
  });

  test('a crash rejects with WorkerCrashError', async () => {
    pool = createPool({ size: 1 });
    await expect(
      pool.run(() => {
        close();
      }, 0),
    ).rejects.toThrow(WorkerCrashError);
  });
});

test('items finishing inside a batch are reported as they finish, not when the batch ends', async () => {
  pool = createPool({ size: 1 });
  const received: number[] = [];
  let lastEnd = 0;
  for await (const outcome of pool.map(
    [0, 1, 2, 3],
    (x: number) => {
      const end = Date.now() + 150;
      while (Date.now() < end) {
        // busy
      }
      return x;
    },
    { batchSize: 4 },
  )) {
    received.push(performance.now());
    lastEnd = outcome.endMs!;
  }
  // The first outcome reached the page well before the batch's last item finished.
  expect(received[0]!).toBeLessThan(lastEnd - 200);
});

describe('on a page that is not cross-origin isolated (no shared memory)', () => {
  test('timeouts still count from the item’s start, and a crash still hits the running item', async () => {
    vi.stubGlobal('crossOriginIsolated', false);
    pool = createPool({ size: 1 });
    const busy = (ms: number) => {
      if (ms < 0)
        for (;;) {
          // hangs
        }
      if (ms === 0) close();
      const end = Date.now() + ms;
      while (Date.now() < end) {
        // busy
      }
      return ms;
    };
    // The hang starts 1 ms after the report of the item before it: only a report at its start tells the page.
    const items = [250, 250, 250, 1, -1, 5, 0, 5];
    const outcomes = await collect(pool.map(items, busy, { batchSize: items.length, timeoutMs: 600 }));
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'timeout', 'ok', 'error', 'ok']);
    expect(outcomes[6]!.status === 'error' && outcomes[6]!.error.name).toBe('WorkerCrashError');
  });
});
