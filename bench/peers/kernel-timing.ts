// The bench's side of the kernel-timing worker: starts it (the only place one is created), times one loop
// at a time there, and checks each loop's result before its time is used.
import { wrap } from 'comlink';
import { sumRangeClosedForm } from '../../src/lib/sum/kernels/sum-range.ts';
import type { KernelTimingApi } from './kernel-timing-api.ts';

/** The loops the worker times: the exact kernel and the plain float loop it is held to. */
export type KernelLoop = 'sumRange' | 'floatLoop';

/** The float loop's total passes 2^53 and rounds; it only has to be close, which shows the loop ran. */
const FLOAT_LOOP_TOLERANCE = 1e-6;

export interface KernelTiming {
  /** Untimed: runs both loops in the worker until V8 has optimised them. */
  warmUp(): Promise<void>;
  /**
   * ms of one call of `loop` over [low, high), timed inside the worker around the call alone. Rejects
   * when the loop's result is wrong or the worker failed.
   */
  time(loop: KernelLoop, low: number, high: number): Promise<number>;
  terminate(): void;
}

/** Starts one kernel-timing worker; keep it for a whole run, so its JIT stays warm. */
export function startKernelTiming(): KernelTiming {
  const worker = new Worker(new URL('./kernel-timing.worker.ts', import.meta.url), { type: 'module' });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(`Kernel-timing worker failed: ${event.message || 'its script did not load'}.`));
    });
  });
  failed.catch(() => undefined);
  const remote = wrap<KernelTimingApi>(worker);
  const settle = <T>(call: Promise<T>) => Promise.race([call, failed]);
  return {
    async warmUp() {
      await settle(remote.warmUp());
    },
    async time(loop, low, high) {
      const expected = sumRangeClosedForm(low, high);
      if (loop === 'sumRange') {
        const { ms, total } = await settle(remote.timeSumRange(low, high));
        if (total !== expected) throw new Error(`sumRange gave ${total}, expected ${expected}`);
        return ms;
      }
      const { ms, total } = await settle(remote.timeFloatLoop(low, high));
      const near = Number(expected);
      if (!(Math.abs(total - near) <= FLOAT_LOOP_TOLERANCE * Math.max(1, Math.abs(near)))) {
        throw new Error(`the float loop gave ${total}, expected about ${near}`);
      }
      return ms;
    },
    terminate: () => worker.terminate(),
  };
}
