import { expect, test } from 'vitest';
import { runSweep, summarisePoint } from './run-sweep.ts';

test('a sweep measures each worker count R times, reports points as they finish, and fits Amdahl', async () => {
  const calls: number[] = [];
  const seen: number[] = [];
  // A workload that follows Amdahl's law with s = 0.2 on up to 2 cores, then stops improving.
  const sweep = await runSweep({
    id: 's',
    label: 'synthetic',
    workerCounts: [1, 2, 3, 4],
    repeats: 3,
    fitMaxWorkers: 2,
    signal: new AbortController().signal,
    measure: (workers) => {
      calls.push(workers);
      return Promise.resolve(1000 * (0.2 + 0.8 / Math.min(workers, 2)));
    },
    onPoint: (partial) => seen.push(partial.points.length),
  });
  expect(calls).toEqual([1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  expect(seen).toEqual([1, 2, 3, 4]);
  expect(sweep.points.map((p) => +p.speedup.toFixed(3))).toEqual([1, 1.667, 1.667, 1.667]);
  expect(sweep.serialFraction).toBeCloseTo(0.2, 6);
});

test('cancel rejects and the points reported before it stay reported', async () => {
  const controller = new AbortController();
  const seen: number[] = [];
  const run = runSweep({
    id: 's',
    label: 'x',
    workerCounts: [1, 2, 3],
    repeats: 1,
    warmUp: false,
    signal: controller.signal,
    measure: () => Promise.resolve(10),
    onPoint: (partial) => {
      seen.push(partial.points.length);
      if (partial.points.length === 2) controller.abort();
    },
  });
  await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  expect(seen).toEqual([1, 2]);
});

test('a point carries the median, the spread as min and max speedup, and efficiency', () => {
  const point = summarisePoint(2, [60, 50, 40], 100);
  expect(point).toMatchObject({ workers: 2, medianMs: 50, speedup: 2, efficiency: 1 });
  expect(point.minSpeedup).toBeCloseTo(100 / 60);
  expect(point.maxSpeedup).toBeCloseTo(2.5);
});
