import { afterEach, expect, test, vi } from 'vitest';
import { sumRange } from '../../src/lib/sum/kernels/sum-range.ts';
import { floatLoop } from './float-loop.ts';
import { startKernelTiming, type KernelTiming } from './kernel-timing.ts';

let timing: KernelTiming | undefined;

afterEach(() => {
  timing?.terminate();
  timing = undefined;
  vi.unstubAllGlobals();
});

test('the float loop is the plain sum, exact while it stays below 2^53', () => {
  expect(floatLoop(-3, 5)).toBe(-3 - 2 - 1 + 0 + 1 + 2 + 3 + 4);
  expect(floatLoop(5, 5)).toBe(0);
  expect(BigInt(floatLoop(0, 1_000_000))).toBe(sumRange(0, 1_000_000));
});

test('the kernel-timing worker warms up, then times each loop, past 2^53 too', async () => {
  timing = startKernelTiming();
  await timing.warmUp();
  for (const loop of ['sumRange', 'floatLoop'] as const) {
    expect(await timing.time(loop, -7, 3_000_001)).toBeGreaterThanOrEqual(0);
    // Values near 2^50: the float loop's total rounds there, and is still accepted as close.
    expect(await timing.time(loop, 2 ** 50, 2 ** 50 + 100_000)).toBeGreaterThanOrEqual(0);
  }
});

test('a worker that fails to load rejects the call instead of hanging', async () => {
  class BrokenWorker extends Worker {
    constructor(_url: string | URL, options?: WorkerOptions) {
      super(new URL('./no-such-kernel-timing.worker.js', import.meta.url), options);
    }
  }
  vi.stubGlobal('Worker', BrokenWorker);
  timing = startKernelTiming();
  await expect(timing.warmUp()).rejects.toThrow(/Kernel-timing worker failed/);
});
