// The workloads a speedup sweep can measure, each a `MeasureRun` factory. Shared by the speedup lab and
// the bench, so a figure made on the command line measures the same code as the page.
import { createPool, type Pool } from '../../../lib/pool/index.ts';
import { parallelSum } from '../../../lib/sum/parallel-sum.ts';
import type { MeasureRun } from '../../../lib/math/run-sweep.ts';

export const SWEEP_WORKLOADS = ['sum', 'pool-cpu', 'tiny'] as const;
export type SweepWorkload = (typeof SWEEP_WORKLOADS)[number];

export interface WorkloadSettings {
  readonly workload: SweepWorkload;
  /**
   * Problem size. sum: length of the range [0, size); pool-cpu: number of tasks (each counts the
   * primes below 20,000); tiny: number of no-op tasks.
   */
  readonly size: number;
  /** sum: chunks per worker; pools: batch size (0 = 'auto'). */
  readonly grain: number;
  /** sum only: simulated GIL switch interval, ms. */
  readonly gilMs?: number | undefined;
}

/** Upper bound of each pool-cpu task: about 2 ms of work on a laptop core. */
const PRIMES_BELOW = 20_000;

/** Counts primes below n by trial division: CPU-bound, self-contained (shipped to workers by source). */
function countPrimesBelow(n: number): number {
  let count = 0;
  for (let i = 2; i < n; i++) {
    let prime = true;
    for (let d = 2; d * d <= i; d++) {
      if (i % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

function noop(x: number): number {
  return x;
}

async function drain(
  pool: Pool,
  count: number,
  task: (n: number) => number,
  arg: number,
  grain: number,
  signal: AbortSignal,
) {
  const items = {
    *[Symbol.iterator]() {
      for (let i = 0; i < count; i++) yield arg;
    },
  };
  let failed = 0;
  for await (const outcome of pool.map(items, task, { batchSize: grain === 0 ? 'auto' : grain, signal })) {
    if (outcome.status !== 'ok') failed++;
  }
  signal.throwIfAborted();
  if (failed > 0) throw new Error(`${failed} of ${count} tasks did not finish`);
}

async function measurePool(
  settings: WorkloadSettings,
  workers: number,
  signal: AbortSignal,
): Promise<number> {
  const pool = createPool({ size: workers });
  try {
    // Start every worker before the clock starts: the sweep measures the work, not worker start-up.
    await drain(pool, workers * 2, noop, 0, 1, signal);
    const task = settings.workload === 'tiny' ? noop : countPrimesBelow;
    const arg = settings.workload === 'tiny' ? 0 : PRIMES_BELOW;
    const start = performance.now();
    await drain(pool, settings.size, task, arg, settings.grain, signal);
    return performance.now() - start;
  } finally {
    await pool.terminate();
  }
}

export function measureFor(settings: WorkloadSettings): MeasureRun {
  if (settings.workload === 'sum') {
    return async (workers, signal) => {
      const result = await parallelSum(0, settings.size, {
        workers,
        chunksPerWorker: settings.grain,
        transport: 'message',
        ...(settings.gilMs === undefined ? {} : { gil: { switchIntervalMs: settings.gilMs } }),
        signal,
      });
      return result.ms;
    };
  }
  return (workers, signal) => measurePool(settings, workers, signal);
}
