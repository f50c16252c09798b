import { expect, test } from 'vitest';
import { busyKind, queueShape, readPoolStats, type StatsReadingInput } from './stats-reading.ts';

const percentiles = (p50: number, p90: number, count = 200) => ({ count, p50, p90, p99: p90, max: p90 });

/** 200 items on 4 workers in 1.25 s, all queued at once: they wait far longer than they run. */
const base: StatsReadingInput = {
  ended: 200,
  errors: 0,
  timeouts: 0,
  cancelled: 0,
  elapsedMs: 1250,
  workers: 4,
  allIo: false,
  timeoutMs: 300,
  utilization: 0.91,
  waitMs: percentiles(600, 1080),
  runMs: percentiles(24, 38),
  gil: undefined,
};

test('busy shares and queue shapes are read in words at their thresholds', () => {
  expect([busyKind(0.8), busyKind(0.79), busyKind(0.5), busyKind(0.49)]).toEqual([
    'busy',
    'partly',
    'partly',
    'idle',
  ]);
  expect(queueShape(50, 24)).toBe('queued');
  expect(queueShape(48, 24)).toBe('both');
  expect(queueShape(11, 24)).toBe('keptUp');
});

test('a clean run: throughput, busy workers, a queue that grows down the list', () => {
  expect(readPoolStats(base, 'en')).toEqual([
    '200 items ended in 1.25 s: 160 items per second on 4 workers, 40.0 per worker.',
    'The workers spent 91% of the time they were up running items: they were kept busy.',
    'A typical item waited 600.0 ms in the queue (90th percentile 1080.0 ms), then ran for 24.0 ms (90th percentile 38.0 ms).',
    'Items spent most of their time queued: the input reaches the pool far faster than 4 workers take it, so the wait grows down the list. More workers shorten it only while there are cores, or I/O waits, to run them.',
    'No item failed or timed out.',
  ]);
});

test('failures, timeouts with the worker time they held, cancels, the GIL and simulated I/O', () => {
  const sentences = readPoolStats(
    {
      ...base,
      errors: 20,
      timeouts: 3,
      cancelled: 2,
      allIo: true,
      utilization: 0.3,
      waitMs: percentiles(2, 3, 150),
      runMs: percentiles(24, 38, 150),
      gil: { turns: 1234, mostHolding: 1 },
    },
    'en',
  );
  expect(sentences).toContain(
    'The workers spent only 30% of the time they were up running items: much of the time they had nothing to run (starting up, waiting for the next items, or being replaced after a timeout).',
  );
  expect(sentences).toContain(
    'For simulated I/O, “running” is mostly waiting: the thread is blocked, not computing, so more workers than cores still finish sooner.',
  );
  expect(sentences).toContain('These percentiles are over the last 150 items.');
  expect(sentences).toContain('Items hardly waited: the workers kept up with the input.');
  expect(sentences).toContain('20 items threw: each ended at once, with its error as its outcome.');
  expect(sentences).toContain(
    '3 items timed out: each held its worker for the whole 300 ms before the pool stopped that worker and started another, 900 ms of worker time in all.',
  );
  expect(sentences).toContain('2 items were cancelled before they ended.');
  expect(sentences.at(-1)).toContain(
    'which was taken 1,234 times in this run, never by two workers at once.',
  );
  const broken = readPoolStats({ ...base, gil: { turns: 9, mostHolding: 2 } }, 'en');
  expect(broken.at(-1)).toContain('at times by 2 workers at once: the lock failed.');
  expect(sentences).not.toContain('No item failed or timed out.');
});

test('in Chinese, with 毫秒 and the same figures', () => {
  const [throughput, busy, queue] = readPoolStats(base, 'zh');
  expect(throughput).toBe(
    '200 个任务在 1.25 秒内结束：4 个 Worker 每秒处理 160 个，平均每个 Worker 每秒 40.0 个。',
  );
  expect(busy).toContain('91%');
  expect(queue).toContain('600.0 毫秒');
  expect(queue).not.toMatch(/\d ms/);
});
