// The contract between the bench page and the kernel-timing worker: sumRange and the plain float loop,
// each timed inside the worker. Realm-neutral: the page imports only its type.
//
// Why a worker and not the page: sumRange runs in workers in every real run, so that is where its speed
// matters; a dedicated worker runs nothing but these two loops, while the page's thread also serves the
// driver's progress calls, the bench's own bookkeeping and garbage from every other series. Both loops get
// the same JIT treatment here: each is a top-level function with call sites of its own, warmed up the same
// number of times on the same range, and its callers run once per message, a dozen times a run, too rarely
// for V8 to optimise them and inline one loop into its caller but not the other.
import { sumRange } from '../../src/lib/sum/kernels/sum-range.ts';
import { floatLoop } from './float-loop.ts';

/** One timed call: ms measured in the worker around the loop alone, and the loop's result. */
export interface LoopTiming<T> {
  readonly ms: number;
  readonly total: T;
}

/** Values per warm-up call: a few ms, enough for V8 to optimise a loop (as sum-api's ready()). */
const WARM_UP_VALUES = 1 << 22;
/** Warm-up calls of each loop, alternating. */
const WARM_UP_CALLS = 4;

export const kernelTimingApi = {
  /** Untimed: calls both loops WARM_UP_CALLS times, alternating, so both are optimised before any timing. */
  warmUp(): true {
    for (let call = 0; call < WARM_UP_CALLS; call++) {
      sumRange(0, WARM_UP_VALUES);
      floatLoop(0, WARM_UP_VALUES);
    }
    return true;
  },

  /** sumRange(low, high), timed with this worker's performance.now() (ms). */
  timeSumRange(low: number, high: number): LoopTiming<bigint> {
    const start = performance.now();
    const total = sumRange(low, high);
    return { ms: performance.now() - start, total };
  },

  /** floatLoop(low, high), timed the same way. Its total is returned so V8 cannot drop the loop as dead. */
  timeFloatLoop(low: number, high: number): LoopTiming<number> {
    const start = performance.now();
    const total = floatLoop(low, high);
    return { ms: performance.now() - start, total };
  },
};

export type KernelTimingApi = typeof kernelTimingApi;
