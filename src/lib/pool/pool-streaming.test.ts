import { afterEach, expect, test, vi } from 'vitest';
import { createPool, type Pool } from './index.ts';
import { censusWorkers, collect } from '../../test-support/pool-helpers.ts';

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
  vi.unstubAllGlobals();
});

test('a 1,000,000-item stream never has more than maxInFlight items pulled but unfinished', async () => {
  pool = createPool({ size: 2 });
  const total = 1_000_000;
  const maxInFlight = 5000;
  let pulled = 0;
  let finished = 0;
  let peak = 0;
  function* items() {
    for (let i = 0; i < total; i++) {
      pulled++;
      peak = Math.max(peak, pulled - finished);
      yield i;
    }
  }
  let sum = 0;
  let nextIndex = 0;
  for await (const outcome of pool.map(items(), (x: number) => x & 1, { maxInFlight })) {
    finished++;
    if (outcome.index !== nextIndex++ || outcome.status !== 'ok')
      throw new Error(`unexpected ${JSON.stringify(outcome)}`);
    sum += outcome.value;
  }
  expect(finished).toBe(total);
  expect(sum).toBe(total / 2);
  expect(peak).toBeLessThanOrEqual(maxInFlight);
  // Batching did its job: far fewer batches than items (the trace keeps the last 10,000 items).
  const trace = pool.trace();
  expect(new Set(trace.map((t) => t.dispatchedMs)).size).toBeLessThan(trace.length / 20);
}, 60_000);

test('the default bound is 10,000 items in flight', async () => {
  pool = createPool({ size: 2 });
  let pulled = 0;
  let finished = 0;
  let peak = 0;
  function* items() {
    for (let i = 0; i < 60_000; i++) {
      pulled++;
      peak = Math.max(peak, pulled - finished);
      yield i;
    }
  }
  for await (const _ of pool.map(items(), (x: number) => x)) finished++;
  expect(finished).toBe(60_000);
  expect(peak).toBeLessThanOrEqual(10_000);
  expect(peak).toBeGreaterThan(1000);
});

test('async iterables are pulled lazily, one at a time, and nothing starts before iteration', async () => {
  const census = censusWorkers();
  pool = createPool({ size: 2 });
  let pulled = 0;
  async function* items() {
    for (let i = 0; i < 200; i++) {
      pulled++;
      if (i % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      yield i;
    }
  }
  const outcomes = pool.map(items(), (x: number) => x * 2, { maxInFlight: 16 });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(pulled).toBe(0);
  expect(census.created).toBe(0);
  const all = await collect(outcomes);
  expect(all.map((o) => (o.status === 'ok' ? o.value : -1))).toEqual(
    Array.from({ length: 200 }, (_, i) => i * 2),
  );
});

test('an input that throws ends the map with its error after cancelling what it had pulled', async () => {
  pool = createPool({ size: 1 });
  function* items() {
    yield 1;
    yield 2;
    throw new Error('the source broke');
  }
  await expect(collect(pool.map(items(), (x: number) => x))).rejects.toThrow('the source broke');
});
