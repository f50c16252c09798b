// The pool's public API on real workers: workers, events, stats and trace, the closure check. One file for these themes because they share
// one pool fixture and its clean-up.
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  createPool,
  doThreadedWork,
  PoolTerminatedError,
  traceToCsv,
  type Pool,
  type PoolEvent,
} from './index.ts';
import { censusWorkers, collect, eventually } from '../../test-support/pool-helpers.ts';

type TaskEvent = Extract<PoolEvent, { index: number }>;
type WorkerEvent = Extract<PoolEvent, { type: 'worker-start' | 'worker-exit' }>;

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
  vi.unstubAllGlobals();
});

describe('workers', () => {
  test('start only when work arrives, at most `size`, and terminate() leaves none', async () => {
    const census = censusWorkers();
    pool = createPool({ size: 3 });
    const outcomes = pool.map([1, 2], (x: number) => x);
    expect(census.created).toBe(0);
    await collect(outcomes);
    // Two items never need three workers.
    expect(census.created).toBeLessThanOrEqual(2);
    await collect(
      pool.map(
        Array.from({ length: 5000 }, (_, i) => i),
        (x: number) => x,
      ),
    );
    expect(census.created).toBeLessThanOrEqual(3);
    await pool.terminate();
    expect(census.live).toBe(0);
    expect(() => pool!.map([1], (x: number) => x)).toThrow(PoolTerminatedError);
  });

  test('default size: the core count, capped at 16, at least 1; doThreadedWork never starts one per item', async () => {
    const census = censusWorkers();
    const expected = Math.min(16, Math.max(1, navigator.hardwareConcurrency));
    expect(createPool().size).toBe(expected);
    const items = Array.from({ length: 64 }, (_, i) => i);
    const slow = async (x: number) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return x;
    };
    const outcomes = await doThreadedWork(items, slow);
    expect(outcomes).toHaveLength(64);
    expect(census.created).toBeLessThanOrEqual(expected);
    expect(census.live).toBe(0);
  });

  test('an idle worker is terminated after idleTimeoutMs and a new one starts with the next work', async () => {
    const census = censusWorkers();
    const events: PoolEvent[] = [];
    pool = createPool({ size: 1, idleTimeoutMs: 150, onEvent: (e) => events.push(e) });
    expect(await pool.run((x: number) => x, 1)).toBe(1);
    expect(await eventually(() => census.live === 0, 3000)).toBe(true);
    expect(events.filter((e) => e.type === 'worker-exit')).toMatchObject([{ workerId: 1, reason: 'idle' }]);
    expect(await pool.run((x: number) => x, 2)).toBe(2);
    expect(census.created).toBe(2);
  });
});

describe('events', () => {
  test('console output of a task arrives as log events tagged with the worker that ran it', async () => {
    const events: PoolEvent[] = [];
    pool = createPool({ size: 2, onEvent: (e) => events.push(e) });
    const outcomes = await collect(
      pool.map(
        [0, 1, 2, 3],
        (x: number) => {
          console.log('item %d of %s', x, 'four', { x });
          if (x === 3) console.warn('careful');
          if (x === 2) console.error(new RangeError('shown, not thrown'));
          console.info('done', x);
          return x;
        },
        { batchSize: 1 },
      ),
    );
    const logs = events.filter((e) => e.type === 'log');
    for (const outcome of outcomes) {
      const line = logs.find((e) => e.message === `item ${outcome.index} of four {"x":${outcome.index}}`);
      expect(line).toMatchObject({ level: 'log', workerId: outcome.workerId });
    }
    expect(logs.find((e) => e.level === 'warn')).toMatchObject({
      message: 'careful',
      workerId: outcomes[3]!.workerId,
    });
    expect(logs.find((e) => e.level === 'error')).toMatchObject({ message: 'RangeError: shown, not thrown' });
    expect(logs.filter((e) => e.level === 'info')).toHaveLength(4);
  });

  test('task-start and task-end per item, worker-start and worker-exit, timestamps in order', async () => {
    const events: PoolEvent[] = [];
    pool = createPool({ size: 2, onEvent: (e) => events.push(e) });
    const t0 = performance.now();
    const outcomes = await collect(
      pool.map(
        Array.from({ length: 100 }, (_, i) => i),
        (x: number) => x,
      ),
    );
    await pool.terminate();
    const starts = events.filter((e): e is TaskEvent => e.type === 'task-start');
    const ends = events.filter((e): e is TaskEvent => e.type === 'task-end');
    expect(starts.map((e) => e.index).sort((a, b) => a - b)).toEqual(outcomes.map((o) => o.index));
    expect(ends).toHaveLength(100);
    for (const outcome of outcomes) {
      const start = starts.find((e) => e.index === outcome.index)!;
      const end = ends.find((e) => e.index === outcome.index)!;
      expect(start).toMatchObject({ workerId: outcome.workerId, t: outcome.startMs });
      expect(end).toMatchObject({ workerId: outcome.workerId, t: outcome.endMs, status: 'ok' });
      expect(start.t).toBeGreaterThan(t0);
      expect(end.t).toBeGreaterThanOrEqual(start.t);
      expect(end.t).toBeLessThanOrEqual(performance.now());
    }
    // Every worker that ran an item started (worker-start: it was ready); at most the pool's size did,
    // since both may start while the first one ready takes all 100 tiny items in one batch. Every worker
    // exits once, those that started included; one terminated while still starting exits without a start.
    const startedIds = events.filter((e) => e.type === 'worker-start').map((e) => e.workerId);
    expect(new Set(startedIds).size).toBe(startedIds.length);
    expect(startedIds.length).toBeLessThanOrEqual(2);
    for (const id of new Set(outcomes.map((o) => o.workerId))) expect(startedIds).toContain(id);
    const exits = events.filter((e): e is WorkerEvent => e.type === 'worker-exit');
    const exitIds = exits.map((e) => e.workerId);
    expect(new Set(exitIds).size).toBe(exitIds.length);
    expect(exitIds.length).toBeLessThanOrEqual(2);
    for (const id of startedIds) expect(exitIds).toContain(id);
    expect(exits.every((e) => e.reason === 'terminated')).toBe(true);
  });

  test('a long item’s task-start arrives while it runs, not only when it ends', async () => {
    const events: PoolEvent[] = [];
    pool = createPool({ size: 1, onEvent: (e) => events.push(e) });
    // Item 1 starts right after item 0 in the same batch, with no report in between, and blocks its worker.
    const done = collect(
      pool.map(
        [0, 1],
        (x: number) => {
          const end = Date.now() + (x === 1 ? 1500 : 0);
          while (Date.now() < end) {
            // busy
          }
          return x;
        },
        { batchSize: 2 },
      ),
    );
    expect(await eventually(() => events.some((e) => e.type === 'task-start' && e.index === 1), 1200)).toBe(
      true,
    );
    expect(events.some((e) => e.type === 'task-end' && e.index === 1)).toBe(false);
    await done;
    expect(events.filter((e) => e.type === 'task-start')).toHaveLength(2);
  });
});

describe('stats and trace', () => {
  test('counts, percentiles and utilization', async () => {
    pool = createPool({ size: 1 });
    await collect(
      pool.map(
        [1, 2, 3, 4],
        (x: number) => {
          if (x === 2) throw new Error('no');
          if (x === 4)
            for (;;) {
              // hangs
            }
          const end = Date.now() + 20;
          while (Date.now() < end) {
            // works 20 ms
          }
          return x;
        },
        { timeoutMs: 300, batchSize: 1 },
      ),
    );
    const stats = pool.stats();
    expect(stats).toMatchObject({
      size: 1,
      completed: 2,
      failed: 1,
      timedOut: 1,
      cancelled: 0,
      queued: 0,
      running: 0,
    });
    expect(stats.runMs.count).toBe(4);
    expect(stats.runMs.max).toBeGreaterThanOrEqual(299);
    // Run times about [0, 20, 20, 300] ms: the median is a 20 ms item's.
    expect(stats.runMs.p50).toBeGreaterThanOrEqual(19);
    expect(stats.runMs.p50).toBeLessThan(150);
    expect(stats.waitMs.count).toBe(4);
    // One worker, busy from its first item to its last but for the messages between them: utilization is
    // near 1 (time before the worker was ready does not count).
    expect(stats.utilization).toBeGreaterThan(0.5);
    expect(stats.utilization).toBeLessThanOrEqual(1);
  });

  test('the trace has queued ≤ dispatched ≤ started ≤ finished for every item, and exports as CSV', async () => {
    pool = createPool({ size: 2, traceCapacity: 50 });
    await collect(
      pool.map(
        Array.from({ length: 80 }, (_, i) => i),
        (x: number) => x,
      ),
    );
    const trace = pool.trace();
    expect(trace).toHaveLength(50);
    for (const t of trace) {
      expect(t.status).toBe('ok');
      expect(t.workerId).not.toBeNull();
      expect(t.dispatchedMs!).toBeGreaterThanOrEqual(t.queuedMs);
      expect(t.startedMs!).toBeGreaterThanOrEqual(t.dispatchedMs! - 1);
      expect(t.finishedMs).toBeGreaterThanOrEqual(t.startedMs!);
    }
    const csv = traceToCsv(trace).trim().split('\n');
    expect(csv[0]).toBe('call,index,workerId,status,queuedMs,dispatchedMs,startedMs,finishedMs');
    expect(csv).toHaveLength(51);
  });
});

test("batchSize 'auto' sends tiny items in large batches and slow ones one per message", async () => {
  pool = createPool({ size: 1, traceCapacity: 20_000 });
  /** The most items sent at one moment (one message, or the few queued together). */
  const largestSend = (n: number) => {
    const counts = new Map<number | null, number>();
    for (const t of pool!.trace().slice(-n))
      counts.set(t.dispatchedMs, (counts.get(t.dispatchedMs) ?? 0) + 1);
    return Math.max(...counts.values());
  };
  await collect(
    pool.map(
      Array.from({ length: 10_000 }, (_, i) => i),
      (x: number) => x,
    ),
  );
  expect(largestSend(10_000)).toBeGreaterThan(500);
  await collect(
    pool.map(
      Array.from({ length: 10 }, (_, i) => i),
      (x: number) => {
        const end = Date.now() + 6;
        while (Date.now() < end) {
          // 6 ms of work
        }
        return x;
      },
    ),
  );
  // One item per message, at most two messages queued at the worker.
  expect(largestSend(10)).toBeLessThanOrEqual(2);
});

describe('closure check', () => {
  test('a task reading an outer variable throws a TypeError naming it, before any worker starts', () => {
    const census = censusWorkers();
    pool = createPool({ size: 1 });
    const factor = 3;
    expect(() => pool!.map([1], (x: number) => x * factor)).toThrow(
      'task reads outer variable(s) factor; task functions must be self-contained: pass data through the argument',
    );
    expect(() => pool!.run((x: number) => x * factor, 1)).toThrow(TypeError);
    expect(() => doThreadedWork([1], (x: number) => x * factor)).toThrow(
      /workFunc reads outer variable\(s\) factor/,
    );
    expect(census.created).toBe(0);
  });

  test('a ReferenceError at run time is reported the same way', async () => {
    pool = createPool({ size: 1 });
    // The check sees only `eval`, a worker global; the text it evaluates reads a name a worker has not.
    const [outcome] = await collect(pool.map([1], () => eval('HTMLElement.name') as string));
    expect(outcome).toMatchObject({
      status: 'error',
      error: {
        name: 'ReferenceError',
        message: expect.stringMatching(
          /^task reads outer variable\(s\) HTMLElement; task functions must be self-contained/,
        ) as string,
      },
    });
  });
});
