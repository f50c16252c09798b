import { afterEach, expect, test, vi } from 'vitest';
import { createPool, doThreadedWork, type Pool } from './index.ts';
import { censusWorkers } from '../../test-support/pool-helpers.ts';

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
  vi.unstubAllGlobals();
});

const task = (x: number) => x;

test.each([
  [{ size: 0 }, RangeError, /^size: expected an integer from 1 to 256, got 0$/],
  [{ size: 2.5 }, RangeError, /^size:/],
  [{ taskTimeoutMs: -5 }, RangeError, /^taskTimeoutMs: .*got -5$/],
  [{ taskTimeoutMs: Number.NaN }, RangeError, /^taskTimeoutMs:/],
  [{ onEvent: 'log' }, TypeError, /^onEvent: expected a function, got "log"$/],
  [{ retries: -1 }, RangeError, /^retries:/],
  [{ maxQueue: 1.5 }, RangeError, /^maxQueue:/],
  [{ idleTimeoutMs: 0 }, RangeError, /^idleTimeoutMs:/],
  [{ timeout: 5 }, TypeError, /^timeout: not an option of createPool/],
])('createPool(%o) throws a %o naming the option', (options, type, message) => {
  expect(() => createPool(options as never)).toThrow(type);
  expect(() => createPool(options as never)).toThrow(message);
});

test('bad map, run and doThreadedWork options and arguments throw before any worker starts', () => {
  const census = censusWorkers();
  pool = createPool({ size: 1 });
  const p = pool;
  expect(() => p.map([1], task, { batchSize: 0 })).toThrow(
    new RangeError('batchSize: expected an integer from 1 to 100000, got 0'),
  );
  expect(() => p.map([1], task, { batchSize: 'big' as never })).toThrow(TypeError);
  expect(() => p.map([1], task, { maxInFlight: 0 })).toThrow(/^maxInFlight:/);
  expect(() => p.map([1], task, { timeoutMs: -1 })).toThrow(/^timeoutMs:/);
  expect(() => p.map([1], task, { signal: {} as AbortSignal })).toThrow(/^signal: expected an AbortSignal/);
  expect(() => p.map([1], task, { ordered: 'yes' as never })).toThrow(/^ordered:/);
  expect(() => p.map(5 as never, task)).toThrow(
    new TypeError('items: expected an iterable or async iterable, got 5'),
  );
  expect(() => p.map([1], 'x => x' as never)).toThrow(new TypeError('task: expected a function, got string'));
  expect(() => p.run(task, 1, { transfer: 'buffer' as never })).toThrow(/^transfer:/);
  expect(() => p.run(task, 1, { timeoutMs: 0 })).toThrow(/^timeoutMs:/);
  expect(() => doThreadedWork([1], task, { numThreads: 0 })).toThrow(
    /^numThreads: expected an integer from 1/,
  );
  expect(() => doThreadedWork([1], task, { perTaskTimeoutMs: -1 })).toThrow(/^perTaskTimeoutMs:/);
  expect(() => doThreadedWork([1], task, { preserveResultOrdering: 1 as never })).toThrow(
    /^preserveResultOrdering:/,
  );
  expect(() => doThreadedWork(null as never, task)).toThrow(/^workItems:/);
  expect(() => doThreadedWork([1], null as never)).toThrow(/^workFunc: expected a function/);
  expect(census.created).toBe(0);
});
